package org.partnercoach.coaching;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Members of two servers never see each other's answers, on PostgreSQL")
class ServerIsolationOnPostgresTest extends ServerIsolationTest {
}
