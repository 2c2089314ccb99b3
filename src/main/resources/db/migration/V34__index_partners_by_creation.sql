-- The weekly digest's partners added in a week, and its chart's partners by stage at the end of the week, read
-- from an index on when partners were added (both scanned every partner of the server). Re-runnable.
CREATE INDEX IF NOT EXISTS partners_by_creation ON partners (guild_id, created_at, stage);
