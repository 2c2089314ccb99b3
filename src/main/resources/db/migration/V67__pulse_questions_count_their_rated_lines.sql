-- The partnership pulse's questions (owned by network/) keep how many of their lines have a rating: whether one was
-- answered on every line (the hourly value planning, a rating typed in a DM) was a count of its ratings per question,
-- a read of the ratings for each of the quarter's questions (10,000 a run at 10,000 partners). A rating changed later
-- is the same line and counts once; a member's ratings are forgotten with her questions.
-- Re-runnable from any point: the count is set from the ratings each time.
ALTER TABLE partnership_asks ADD COLUMN IF NOT EXISTS lines_rated INT DEFAULT 0 NOT NULL;
UPDATE partnership_asks a SET lines_rated = (SELECT COUNT(*) FROM partnership_ratings r WHERE r.ask_id = a.id)
    WHERE lines_rated <> (SELECT COUNT(*) FROM partnership_ratings r WHERE r.ask_id = a.id);
