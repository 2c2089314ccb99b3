-- Deleting a partner (owned by partners/) takes its rows in these tables with it by ON DELETE CASCADE, and the
-- database finds them by the partner alone ("WHERE partner_id = ?"). Their indexes lead with the server, which H2 does
-- not need (it keeps an index of its own for each foreign key) but PostgreSQL does: there each delete read every row
-- of these tables, or every page of the touchpoints' index, in every server (PartnerDeletePlansPostgresTest). The
-- contacts, the waits for an introduction and the name suffixes already had an index leading with the partner.
-- Each index costs a little on every row written: a touchpoint, written with every contact, keeps one more.
-- Re-runnable from any point.
CREATE INDEX IF NOT EXISTS partner_touchpoints_by_partner_alone ON partner_touchpoints (partner_id);
CREATE INDEX IF NOT EXISTS partner_stage_changes_by_partner_alone ON partner_stage_changes (partner_id);
CREATE INDEX IF NOT EXISTS partner_intros_by_partner_alone ON partner_intros (partner_id);
CREATE INDEX IF NOT EXISTS partner_owners_by_partner_alone ON partner_owners (partner_id);
CREATE INDEX IF NOT EXISTS partner_former_names_by_partner_alone ON partner_former_names (partner_id);
