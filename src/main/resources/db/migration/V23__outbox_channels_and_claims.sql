-- The outbox (scheduled_sends) grows two columns. Re-runnable from any point.
-- channel_id: a channel or thread to post in (a digest's coordinators' channel, a group session's thread) instead
-- of reaching the recipient as the server asks; 0 for none.
ALTER TABLE scheduled_sends ADD COLUMN IF NOT EXISTS channel_id BIGINT NOT NULL DEFAULT 0;
-- claimed_by: the bot process that claimed the row, so that it takes its own claims back at once on restart.
ALTER TABLE scheduled_sends ADD COLUMN IF NOT EXISTS claimed_by VARCHAR(64);
