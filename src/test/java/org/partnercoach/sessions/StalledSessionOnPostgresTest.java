package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A session whose facilitator is gone does not stall for good, on PostgreSQL")
class StalledSessionOnPostgresTest extends StalledSessionTest {
}
