package org.partnercoach.outbox;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The outbox job: quiet hours, retries, restarts, on PostgreSQL")
class OutboxJobOnPostgresTest extends OutboxJobTest {
}
