-- The weekly digest counts a week's touchpoints by when they were logged (whatever day they are dated), so that one
-- logged late for an earlier day counts in the digest of the week it was logged in, and each counts in exactly one
-- week. It counts them and who logged them from this index alone, as V31's index on the day they happened serves the
-- quarterly report. Re-runnable from any point.
CREATE INDEX IF NOT EXISTS partner_touchpoints_by_logged_user ON partner_touchpoints (guild_id, created_at, user_id);
