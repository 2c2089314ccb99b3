package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("/partner: the coalition's outreach list, on PostgreSQL")
class PartnerFeatureOnPostgresTest extends PartnerFeatureTest {
}
