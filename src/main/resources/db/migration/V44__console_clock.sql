-- The local console's clock (owned by console/): where the last :advance left it, so that a later run goes on from
-- there instead of going back to real time with the coalition's data already in the future. Re-runnable from any
-- point.
CREATE TABLE IF NOT EXISTS console_clock (
    guild_id BIGINT    NOT NULL PRIMARY KEY,
    clock_at TIMESTAMP NOT NULL
);
