-- Partner autocomplete also offers names that merely contain what was typed ("bank" finds "Eastside Food Bank").
-- Without help that meant reading every name key of the server at each keystroke (10,000 at coalition scale). Each
-- row is one place a name's key could be matched from: the key from that character on, clipped to 32 characters,
-- so "names containing x" is one range of this table's key. Kept by partners.NameSuffixes whenever a key is written;
-- rows of existing partners are made by the first start after this migration (the name key rule was raised for it).
-- Re-runnable from any point.
CREATE TABLE IF NOT EXISTS partner_name_suffixes (
    guild_id   BIGINT      NOT NULL,
    suffix     VARCHAR(64) NOT NULL,
    partner_id BIGINT      NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (guild_id, suffix, partner_id)
);
CREATE INDEX IF NOT EXISTS partner_name_suffixes_by_partner ON partner_name_suffixes (partner_id);
