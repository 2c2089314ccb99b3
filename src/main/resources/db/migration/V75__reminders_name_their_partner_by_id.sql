-- The partner a send is about, by id (owned by outbox/; 0 for none): a personal reminder kept its partner only as the
-- name it had when the reminder was set (about), so after a rename /reminders list and the DM showed a name the
-- outreach list no longer has, and a partner moved on or deleted since went unmentioned. With the id, the reminder
-- reads the partner as it is now (through partners/); about keeps the name as it was set, for a partner deleted since.
ALTER TABLE scheduled_sends ADD COLUMN IF NOT EXISTS partner_id BIGINT DEFAULT 0 NOT NULL;
-- Reminders set before this version: /remind kept the partner's name exactly as the list spelled it, so one whose
-- partner still has that name in its server is linked to it. One renamed or deleted since keeps its name as text.
-- Re-runnable from any point: only rows not linked yet are touched.
UPDATE scheduled_sends SET partner_id = (SELECT MIN(p.id) FROM partners p
        WHERE p.guild_id = scheduled_sends.guild_id AND p.name = scheduled_sends.about)
    WHERE kind = 'personal' AND partner_id = 0 AND about <> ''
      AND EXISTS (SELECT 1 FROM partners p WHERE p.guild_id = scheduled_sends.guild_id AND p.name = scheduled_sends.about);
