-- Who took part in a week besides their moves (owned by partners/; PartnerHistory.knewOrIntroduced, read by the
-- weekly digest's Active members and the quarter's report): who said they know someone at a partner, who asked for an
-- introduction, who agreed to make one, each within the week. The tables had indexes by partner only, so each read
-- went through every row the server ever stored (15,000 contacts and 5,000 introductions in the benchmark) to keep
-- a week's. Re-runnable from any point.
CREATE INDEX IF NOT EXISTS partner_contacts_by_time ON partner_contacts (guild_id, created_at);
CREATE INDEX IF NOT EXISTS partner_intros_by_asked ON partner_intros (guild_id, asked_at);
CREATE INDEX IF NOT EXISTS partner_intros_by_answer ON partner_intros (guild_id, status, answered_at);
