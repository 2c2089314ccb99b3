package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A button or menu about a partner deleted for good names the partner, on PostgreSQL")
class DeletedPartnerPressedOnPostgresTest extends DeletedPartnerPressedTest {
}
