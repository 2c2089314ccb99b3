package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Finding the partner meant, on PostgreSQL")
class PartnerLookupOnPostgresTest extends PartnerLookupTest {
}
