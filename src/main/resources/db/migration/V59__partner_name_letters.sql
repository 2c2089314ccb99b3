-- A partner's name with only its letters and digits (owned by partners/): "St Marys Clinic" and "St. Mary's Clinic"
-- are both "stmarysclinic", so adding or renaming a partner spelled like one already on the list is told, from one
-- lookup of this index rather than a read of every name of the server. Written with the name key; filled for the
-- partners of earlier versions at the next start (key rule 5, PartnerStore#rekey), since what counts as a letter is
-- Java's. Re-runnable from any point.
ALTER TABLE partners ADD COLUMN IF NOT EXISTS name_letters VARCHAR(100);
CREATE INDEX IF NOT EXISTS partners_by_name_letters ON partners (guild_id, name_letters);
