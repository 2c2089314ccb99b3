-- A member's walk of a curriculum about one subject (owned by coaching/) is found by all four of its keys in one index.
-- With the member last, the same index still serves the walks of a subject (a partner's page).
-- Before, the member was checked row by row after the subject: a plan PostgreSQL kept for the statement read every
-- member's general walk (15,400 rows in the benchmark) to find one. Re-runnable from any point.
CREATE INDEX IF NOT EXISTS walks_by_subject_member ON walks (guild_id, curriculum, subject_id, user_id);
DROP INDEX IF EXISTS walks_by_subject;
