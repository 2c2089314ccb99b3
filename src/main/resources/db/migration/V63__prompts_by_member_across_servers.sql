-- A member's one-time questions in every server (owned by settings/): a member with no walk who writes to the bot is
-- asked whether they ever began one, in any server (Prompts.askedInAnyServer). The table's key leads by server, so
-- the read went through every member's rows (12,000 for 2,000 members in two servers). Re-runnable from any point.
CREATE INDEX IF NOT EXISTS settings_prompts_by_member ON settings_prompts (user_id, prompt);
