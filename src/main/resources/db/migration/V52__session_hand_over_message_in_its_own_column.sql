-- The message of a group session's latest hand-over announcement, in its thread (owned by sessions/), so that it can
-- be edited to name no one after the next hand-over or a forget. 0 until one went out, and for hand-overs announced
-- before it was kept (then the reply to /session facilitator, which the bot cannot edit). Re-runnable from any point.
ALTER TABLE group_sessions ADD COLUMN IF NOT EXISTS handover_message_id BIGINT DEFAULT 0 NOT NULL;
