package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("How many partners each sector has in each stage, on PostgreSQL")
class StageCountsOnPostgresTest extends StageCountsTest {
}
