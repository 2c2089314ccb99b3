-- The rule the partners' name keys were last brought up to (partners.PartnerInput.KEY_RULE), one row: start-up
-- re-keys every stored name only when the rule has changed since, instead of reading every partner's name at each
-- start. Empty until the first start after this migration, which re-keys once. Re-runnable.
CREATE TABLE IF NOT EXISTS partner_key_rule (rule INT NOT NULL);
