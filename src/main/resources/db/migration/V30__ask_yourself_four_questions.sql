-- Ask Yourself now asks its four questions as four: the second and the fourth no longer come in two parts
-- (existing.history joins existing.draw, missing.who joins missing.experts). What a member wrote for an old
-- second part is added to the answer of its question, so nothing is lost. Every step can run again: the text is
-- appended only when it is not there yet, and rows move or go only once their words are safe.

-- 1. Both parts answered: add the second part's words to the first (once).
UPDATE walk_answers AS d SET answer = LEFT(d.answer || CHR(10) || CHR(10) || (SELECT h.answer FROM walk_answers h
        WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id AND h.question_key = 'existing.history'), 4000)
    WHERE d.question_key = 'existing.draw' AND d.skipped = FALSE AND EXISTS (SELECT 1 FROM walk_answers h
        WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id AND h.question_key = 'existing.history'
        AND h.skipped = FALSE AND POSITION(LEFT(h.answer, 200) IN d.answer) = 0);
UPDATE walk_answers AS d SET answer = LEFT(d.answer || CHR(10) || CHR(10) || (SELECT h.answer FROM walk_answers h
        WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id AND h.question_key = 'missing.who'), 4000)
    WHERE d.question_key = 'missing.experts' AND d.skipped = FALSE AND EXISTS (SELECT 1 FROM walk_answers h
        WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id AND h.question_key = 'missing.who'
        AND h.skipped = FALSE AND POSITION(LEFT(h.answer, 200) IN d.answer) = 0);

-- 2. Only the second part answered: a skip of the first part gives way, and the answer moves under the question.
DELETE FROM walk_answers AS d WHERE d.question_key = 'existing.draw' AND d.skipped = TRUE AND EXISTS (
    SELECT 1 FROM walk_answers h WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id
    AND h.question_key = 'existing.history' AND h.skipped = FALSE);
DELETE FROM walk_answers AS d WHERE d.question_key = 'missing.experts' AND d.skipped = TRUE AND EXISTS (
    SELECT 1 FROM walk_answers h WHERE h.guild_id = d.guild_id AND h.walk_id = d.walk_id
    AND h.question_key = 'missing.who' AND h.skipped = FALSE);
UPDATE walk_answers AS h SET question_key = 'existing.draw' WHERE h.question_key = 'existing.history'
    AND NOT EXISTS (SELECT 1 FROM walk_answers d WHERE d.guild_id = h.guild_id AND d.walk_id = h.walk_id
    AND d.question_key = 'existing.draw');
UPDATE walk_answers AS h SET question_key = 'missing.experts' WHERE h.question_key = 'missing.who'
    AND NOT EXISTS (SELECT 1 FROM walk_answers d WHERE d.guild_id = h.guild_id AND d.walk_id = h.walk_id
    AND d.question_key = 'missing.experts');

-- 3. What is left of the second parts is already in the first: drop it, and move walks that stood on them.
DELETE FROM walk_answers WHERE question_key IN ('existing.history', 'missing.who');
UPDATE walks SET question_key = 'existing.draw' WHERE curriculum = 'ask-yourself'
    AND question_key = 'existing.history';
UPDATE walks SET question_key = 'missing.experts' WHERE curriculum = 'ask-yourself'
    AND question_key = 'missing.who';
