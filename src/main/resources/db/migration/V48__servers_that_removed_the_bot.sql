-- The servers that removed the bot (owned by storage/, beside member_home): their data stays, for a bot added back,
-- but the DMs of members whose home server one of them is no longer carry on its work. A row goes when the bot is
-- added back. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS servers_without_bot (
    guild_id BIGINT PRIMARY KEY
);
