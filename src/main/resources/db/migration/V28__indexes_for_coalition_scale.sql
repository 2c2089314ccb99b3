-- Indexes for a coalition at scale (thousands of partners, a million scheduled sends). Re-runnable from any point.

-- A member's walk about one partner, and a partner's walks (the coaching follow-ups look up by subject).
CREATE INDEX IF NOT EXISTS walks_by_subject ON walks (guild_id, curriculum, subject_id);
-- The outbox's claim takes lapsed claims by their claim time (pending rows use scheduled_sends_due).
CREATE INDEX IF NOT EXISTS scheduled_sends_claimed ON scheduled_sends (status, claimed_at);
-- /partner list filtered by sector, or by stage with the newest activity first.
CREATE INDEX IF NOT EXISTS partners_by_sector ON partners (guild_id, sector);
CREATE INDEX IF NOT EXISTS partners_by_stage ON partners (guild_id, stage, activity_at);
-- A server's touchpoints of one week (the coordinators' weekly digest reads them by time).
CREATE INDEX IF NOT EXISTS partner_touchpoints_by_time ON partner_touchpoints (guild_id, happened_at);
