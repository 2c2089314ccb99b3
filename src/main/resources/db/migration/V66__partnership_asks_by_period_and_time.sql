-- The partnership pulse's questions (owned by network/), read by what they are about rather than by partner: the
-- quarter's value questions the hourly planning reads (RatingStore.askedIn, openAsks), a member's open question when
-- they type a rating in a DM (openAskOf: the same index, one member's range of it), and when the server's first
-- question was put (the quarter's report). The table had indexes leading with the partner only, so each read went
-- through every question the server was ever asked: one trust question per partner touched every few days, for good.
-- Re-runnable from any point.
CREATE INDEX IF NOT EXISTS partnership_asks_by_period ON partnership_asks (guild_id, kind, period_key, rater_id);
CREATE INDEX IF NOT EXISTS partnership_asks_by_time ON partnership_asks (guild_id, asked_at);
