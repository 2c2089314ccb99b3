-- A member's open walks in every server (owned by coaching/): a line typed in a DM that finds no walk open in the
-- server the member's DMs go with looks for one elsewhere, to say why it was not kept. The index on walks leads by
-- server. Re-runnable from any point.
CREATE INDEX IF NOT EXISTS walks_by_user_status ON walks (user_id, status);
