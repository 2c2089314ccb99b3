-- The message of a group session's latest hand-over announcement, in its thread (owned by sessions/), so that it can
-- be edited to name no one after the next hand-over or a forget. 0 until one went out. Re-runnable from any point.
ALTER TABLE group_sessions ADD COLUMN IF NOT EXISTS handover_message_id BIGINT DEFAULT 0 NOT NULL;
-- A build before this one kept it among the summaries' messages, as a "hand-over:<message id>" entry (one at most, a
-- token between spaces): it moves here, and out of that list, in one statement (a row moved has no entry left).
UPDATE group_sessions
SET handover_message_id = CAST(CASE
        WHEN POSITION(' ' IN SUBSTRING(summary_message_ids FROM POSITION('hand-over:' IN summary_message_ids) + 10)) = 0
        THEN SUBSTRING(summary_message_ids FROM POSITION('hand-over:' IN summary_message_ids) + 10)
        ELSE SUBSTRING(summary_message_ids FROM POSITION('hand-over:' IN summary_message_ids) + 10
                       FOR POSITION(' ' IN SUBSTRING(summary_message_ids
                                                      FROM POSITION('hand-over:' IN summary_message_ids) + 10)) - 1)
    END AS BIGINT),
    summary_message_ids = NULLIF(TRIM(REPLACE(REGEXP_REPLACE(summary_message_ids, 'hand-over:[0-9]+', ''), '  ', ' ')),
                                 '')
WHERE summary_message_ids LIKE '%hand-over:%';
