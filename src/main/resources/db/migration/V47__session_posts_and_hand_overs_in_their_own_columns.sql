-- Two things a group session keeps (owned by sessions/) get columns of their own. V46's code kept them in columns
-- named for something else: the summaries posted in the session's thread (so that they can be edited when an answer
-- in them changes or goes: "<kind>:<message id>" entries, separated by spaces) in "summary", and the time of the
-- last hand-over to a new facilitator (activity for the idle close) in "opening_at". The values move across; then
-- "summary" is empty again, and "opening_at" holds only the claim on opening the thread. A hand-over is told from
-- that claim by its time: a claim comes before the thread opens and its first question is asked, a hand-over after.
-- The old columns stay (a migration only adds): processes of the previous version may run during a rolling update.
-- Re-runnable from any point.
ALTER TABLE group_sessions ADD COLUMN IF NOT EXISTS summary_message_ids ${text};
ALTER TABLE group_sessions ADD COLUMN IF NOT EXISTS handed_over_at TIMESTAMP;
UPDATE group_sessions SET summary_message_ids = summary
 WHERE summary IS NOT NULL AND summary_message_ids IS NULL;
UPDATE group_sessions SET summary = NULL
 WHERE summary IS NOT NULL AND summary_message_ids IS NOT NULL;
UPDATE group_sessions SET handed_over_at = opening_at
 WHERE handed_over_at IS NULL AND opening_at IS NOT NULL AND status <> 'OPENING'
   AND opening_at > COALESCE((SELECT q.asked_at FROM group_session_questions q
                               WHERE q.session_id = group_sessions.id AND q.guild_id = group_sessions.guild_id
                                 AND q.idx = 0), group_sessions.created_at);
UPDATE group_sessions SET opening_at = NULL
 WHERE status <> 'OPENING' AND opening_at IS NOT NULL AND opening_at = handed_over_at;
