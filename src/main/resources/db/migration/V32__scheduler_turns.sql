-- Several bot processes on one database (PostgreSQL): the planners (cultivate reminders, digests, session timers,
-- pulse asks) look for what fell due and queue it in the outbox; one process at a time does that, under a turn
-- that lapses like an outbox claim, so two processes never queue the same reminder twice.
-- guild_id 0: the whole bot, not one server. The row is made here, so taking a turn is one UPDATE.
CREATE TABLE IF NOT EXISTS scheduler_turns (
    guild_id   BIGINT      NOT NULL DEFAULT 0,
    name       VARCHAR(40) NOT NULL,
    held_by    VARCHAR(64) NOT NULL DEFAULT '',
    held_until TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, name)
);
INSERT INTO scheduler_turns (guild_id, name, held_until)
    SELECT 0, 'planning', TIMESTAMP '2000-01-01 00:00:00'
    WHERE NOT EXISTS (SELECT 1 FROM scheduler_turns WHERE guild_id = 0 AND name = 'planning');
