-- The threads the bot opened in the local console (owned by console/), by name, so that a later run shows a group
-- session's thread by its name and :in #Reflection still enters it. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS console_threads (
    guild_id  BIGINT       NOT NULL,
    thread_id BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    PRIMARY KEY (guild_id, thread_id)
);
