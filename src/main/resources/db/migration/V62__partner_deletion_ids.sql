-- The id a partner deleted for good had (owned by partners/): a button, menu or check-in made before the delete
-- carries only that id, and with it the member is told which partner went, when and by whom, rather than a bare
-- "not found". Null for the deletions of earlier versions, which kept no id. Re-runnable from any point.
ALTER TABLE partner_deletions ADD COLUMN IF NOT EXISTS partner_id BIGINT;
CREATE INDEX IF NOT EXISTS partner_deletions_by_partner ON partner_deletions (guild_id, partner_id);
