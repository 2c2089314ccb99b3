-- Reminder states move to a table of their own without the foreign key to partners: every state written took a row
-- lock on its partner (on PostgreSQL a write to the partner's page and a WAL record), most of a 500-reminder run,
-- and it was the only key from one feature's table to another's. Deleting a partner now deletes its state through
-- the reminders package, in the same transaction (ReminderStatus.partnerDeleted).
-- Re-runnable from any point: the old table is recreated empty if an earlier run already dropped it, so the copy
-- finds nothing and the drop removes it again.
CREATE TABLE IF NOT EXISTS cultivate_partners (
    guild_id      BIGINT      NOT NULL,
    partner_id    BIGINT      NOT NULL,
    touch_marker  TIMESTAMP,
    reminders     INT         NOT NULL DEFAULT 0,
    reminded_at   TIMESTAMP,
    snoozed_until TIMESTAMP,
    asked_at      TIMESTAMP,
    decision      VARCHAR(10),
    decided_at    TIMESTAMP,
    updated_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, partner_id)
);
-- Where each partner stands in its reminder cycle (one row per partner once reminded); the columns as in V22.
CREATE TABLE IF NOT EXISTS cultivate_states (
    guild_id      BIGINT      NOT NULL,
    partner_id    BIGINT      NOT NULL,
    touch_marker  TIMESTAMP,
    reminders     INT         NOT NULL DEFAULT 0,
    reminded_at   TIMESTAMP,
    snoozed_until TIMESTAMP,
    asked_at      TIMESTAMP,
    decision      VARCHAR(10),
    decided_at    TIMESTAMP,
    updated_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, partner_id)
);
INSERT INTO cultivate_states (guild_id, partner_id, touch_marker, reminders, reminded_at, snoozed_until, asked_at,
                              decision, decided_at, updated_at)
SELECT c.guild_id, c.partner_id, c.touch_marker, c.reminders, c.reminded_at, c.snoozed_until, c.asked_at, c.decision,
       c.decided_at, c.updated_at
FROM cultivate_partners c
WHERE NOT EXISTS (SELECT 1 FROM cultivate_states s WHERE s.guild_id = c.guild_id AND s.partner_id = c.partner_id);
DROP TABLE IF EXISTS cultivate_partners;
