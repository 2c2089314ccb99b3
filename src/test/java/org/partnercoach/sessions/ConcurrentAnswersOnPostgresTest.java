package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Twenty members answering in the same second, on PostgreSQL")
class ConcurrentAnswersOnPostgresTest extends ConcurrentAnswersTest {
}
