-- /partner list filtered by sector and stage reads its page in order from this index and stops after it (it read and
-- sorted every partner of that sector and stage for the 10 it shows); the list's count and /coalition gaps are
-- counted from it alone. It replaces the indexes on (guild_id, sector, stage) and (guild_id, sector), whose every use
-- it serves (with the narrower one still there, H2 chose it for the list and sorted every match again).
-- Re-runnable from any point.
CREATE INDEX IF NOT EXISTS partners_by_sector_stage_activity
    ON partners (guild_id, sector, stage, activity_at DESC, id DESC);
DROP INDEX IF EXISTS partners_by_sector_stage;
DROP INDEX IF EXISTS partners_by_sector;
