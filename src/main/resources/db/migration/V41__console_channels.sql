-- The local console's channels by name (owned by console/): those named in a command option (a digest's
-- coordinators' channel) and the threads the bot opened, so that a later run shows them by name and :in #Reflection
-- still enters a group session's thread. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS console_channels (
    guild_id   BIGINT       NOT NULL,
    channel_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    thread     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (guild_id, channel_id)
);
