package org.partnercoach.network;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The quarterly report, on PostgreSQL")
class QuarterReportOnPostgresTest extends QuarterReportTest {
}
