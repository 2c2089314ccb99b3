-- A member's scheduled sends by (server, kind, member) and then due time. A full claim takes the rest due for its
-- members (one message per member per run): with the due time in this index, that reads only each member's rows due
-- by now, not every row they have waiting (a member may have hundreds pending for later, and a claim looks up 200
-- members at a time). The status stays out of it, as V33 says: a claim and its outcome move no entry of this index.
-- Everything that read the old index by its first three columns reads this one the same way. Re-runnable from any
-- point: the new index is made before the old one is dropped.
CREATE INDEX IF NOT EXISTS scheduled_sends_of_recipient_due ON scheduled_sends (guild_id, kind, recipient_id, due_at);
DROP INDEX IF EXISTS scheduled_sends_of_recipient;
