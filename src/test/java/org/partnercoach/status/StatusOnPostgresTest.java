package org.partnercoach.status;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("/coach status for coordinators, on PostgreSQL")
class StatusOnPostgresTest extends StatusTest {
}
