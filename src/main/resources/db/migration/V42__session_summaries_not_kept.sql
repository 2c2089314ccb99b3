-- Group sessions kept a copy of their summary (every answer, with its author's name) and the facilitator's display
-- name when they ended. Neither was ever read: the summary is made from the answers whenever it is shown. But a
-- member who deleted an answer or asked to be forgotten stayed in those copies. The code no longer writes them;
-- this clears what earlier versions wrote. Re-runnable from any point.
UPDATE group_sessions SET summary = NULL WHERE summary IS NOT NULL;
UPDATE group_sessions SET facilitator_name = '' WHERE facilitator_name <> '';
