package org.partnercoach.outbox;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The outbox table: claims across processes, and pruning, on PostgreSQL")
class OutboxOnPostgresTest extends OutboxTest {
}
