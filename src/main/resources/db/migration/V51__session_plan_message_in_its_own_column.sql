-- The message of a group session's plan, at the top of its thread (owned by sessions/), so that the plan can be edited
-- to name who leads the session after a hand-over or a forget. 0 until the plan's post went out, and for sessions
-- whose plan went out before it was kept. Re-runnable from any point.
ALTER TABLE group_sessions ADD COLUMN IF NOT EXISTS plan_message_id BIGINT DEFAULT 0 NOT NULL;
