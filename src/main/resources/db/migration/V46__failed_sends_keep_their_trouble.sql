-- What kind of trouble a send met (owned by outbox/): the constant of chat.SendTrouble, from which /coach status and
-- the digest take what to do about it; NULL for none. Sends that failed before this version keep NULL, except those
-- whose reason the bot wrote in its own words, which name their kind. Re-runnable from any point.
ALTER TABLE scheduled_sends ADD COLUMN IF NOT EXISTS trouble VARCHAR(30);
UPDATE scheduled_sends SET trouble = CASE
        WHEN last_error LIKE '%was deleted, or the bot can''t see it%' THEN 'CHANNEL_GONE'
        WHEN last_error LIKE '%is a category or a forum%' THEN 'NOT_FOR_POSTS'
        WHEN last_error LIKE 'the bot lacks %' THEN 'MISSING_PERMISSIONS'
        WHEN last_error LIKE 'their DMs are closed and the server has no reminder channel%' THEN 'DMS_CLOSED'
        WHEN last_error LIKE 'the server has no reminder channel%' THEN 'NO_REMINDER_CHANNEL'
    END
 WHERE status = 'FAILED' AND trouble IS NULL AND last_error IS NOT NULL;
