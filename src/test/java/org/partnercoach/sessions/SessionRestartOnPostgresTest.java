package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A group session survives a restart of the whole bot, on PostgreSQL")
class SessionRestartOnPostgresTest extends SessionRestartTest {
}
