package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A partner deleted for good is named as deleted, on PostgreSQL")
class DeletedPartnerNamedOnPostgresTest extends DeletedPartnerNamedTest {
}
