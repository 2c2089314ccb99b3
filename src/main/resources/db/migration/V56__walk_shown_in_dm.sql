-- Which walk a member's DM last showed (owned by coaching/): a back, skip or done typed in the DM is about that walk,
-- so one finished or paused in the server since moves nothing, whatever walk was touched last. At most one of a
-- member's walks in a server has it: WALK (its question, its pause or its end was shown), OPENING (it opened in the
-- DM without its first step's guidance, which comes with the next question), or END_SAID (a thanks or an ok after its
-- end was answered with the whole end once; the next gets a short reply). Empty on every other walk.
-- Re-runnable from any point.
ALTER TABLE walks ADD COLUMN IF NOT EXISTS dm_shown VARCHAR(12);
