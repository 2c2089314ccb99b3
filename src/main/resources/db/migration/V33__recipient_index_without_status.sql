-- A member's scheduled sends are found by (server, kind, member) alone. With the status in this index too, every
-- claim and every outcome moved each row's entry in it, and since members are spread over the whole index, a claim
-- of a batch rewrote one page of it per row. A member's rows of one kind are few (at most 100 open personal
-- reminders, one open message of the other kinds, closed rows pruned after 30 days), so their status is checked
-- on the rows themselves. Re-runnable from any point: the new index is made before the old one is dropped.
CREATE INDEX IF NOT EXISTS scheduled_sends_of_recipient ON scheduled_sends (guild_id, kind, recipient_id);
DROP INDEX IF EXISTS scheduled_sends_by_recipient;
