-- When a partner last came back from moved-on (owned by partners/): its check-in clock counts from then when that is
-- later than its last contact. Until V58 it was read from the partner's stage changes on every read of a partner (a
-- subquery per row, on every handler's, the planner's and the digest's path); now /partner restore writes it. Filled
-- here from the stage changes for partners restored before. Re-runnable from any point: the column is added once, and
-- the fill only touches rows still without it, to the same value.
ALTER TABLE partners ADD COLUMN IF NOT EXISTS restored_at TIMESTAMP;
UPDATE partners SET restored_at = (SELECT MAX(r.changed_at) FROM partner_stage_changes r
        WHERE r.guild_id = partners.guild_id AND r.partner_id = partners.id AND r.from_stage = 'MOVED_ON')
    WHERE restored_at IS NULL AND EXISTS (SELECT 1 FROM partner_stage_changes r
        WHERE r.guild_id = partners.guild_id AND r.partner_id = partners.id AND r.from_stage = 'MOVED_ON');
