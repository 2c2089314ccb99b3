-- "I'll introduce you" pressed while its partner had moved on (owned by partners/): the helper was told no
-- introduction is needed for now, so the answer promises nothing once the partner is restored (AGREED_MOVED_ON, which
-- /partner intro asks afresh). Until V71 it was kept as an agreement, so after a restore the member who asked was told
-- to wait for an introduction the helper did not mean to make. Such answers already kept are found here from the
-- partner's stage changes: answered after a move to moved-on with no restore between. Re-runnable from any point: it
-- touches only rows still kept as agreements, to the same value.
UPDATE partner_intros SET status = 'AGREED_MOVED_ON'
    WHERE status = 'WILL_INTRODUCE' AND answered_at IS NOT NULL AND EXISTS (SELECT 1 FROM partner_stage_changes a
        WHERE a.guild_id = partner_intros.guild_id AND a.partner_id = partner_intros.partner_id
            AND a.to_stage = 'MOVED_ON' AND a.changed_at <= partner_intros.answered_at
            AND NOT EXISTS (SELECT 1 FROM partner_stage_changes r
                WHERE r.guild_id = a.guild_id AND r.partner_id = a.partner_id AND r.from_stage = 'MOVED_ON'
                    AND r.changed_at > a.changed_at AND r.changed_at <= partner_intros.answered_at));
