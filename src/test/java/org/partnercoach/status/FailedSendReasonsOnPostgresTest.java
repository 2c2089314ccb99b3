package org.partnercoach.status;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Failed messages: why, and what to do, for each kind of trouble, on PostgreSQL")
class FailedSendReasonsOnPostgresTest extends FailedSendReasonsTest {
}
