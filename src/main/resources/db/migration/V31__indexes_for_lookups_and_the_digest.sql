-- Indexes for name lookups, the gaps report and the weekly digest at coalition scale. Re-runnable from any point.

-- A typed or picked partner name is looked up by its exact spelling first (/partner show, /partner log).
CREATE INDEX IF NOT EXISTS partners_by_name ON partners (guild_id, name);
-- /coalition gaps counts the active partners per sector and stage from the index alone.
CREATE INDEX IF NOT EXISTS partners_by_sector_stage ON partners (guild_id, sector, stage);
-- The digest counts a week's touchpoints and who logged them from the index alone; it replaces the index on
-- (guild_id, happened_at), whose every use this one serves.
CREATE INDEX IF NOT EXISTS partner_touchpoints_by_time_user ON partner_touchpoints (guild_id, happened_at, user_id);
DROP INDEX IF EXISTS partner_touchpoints_by_time;
-- The digest's week of walks: started, finished, answered, and the answers shared in it.
CREATE INDEX IF NOT EXISTS walks_by_start ON walks (guild_id, started_at);
CREATE INDEX IF NOT EXISTS walks_by_finish ON walks (guild_id, finished_at);
CREATE INDEX IF NOT EXISTS walk_answers_by_time ON walk_answers (guild_id, created_at);
CREATE INDEX IF NOT EXISTS walk_answers_shared ON walk_answers (guild_id, shared, updated_at);
