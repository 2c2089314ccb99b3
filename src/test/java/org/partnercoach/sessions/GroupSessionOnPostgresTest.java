package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Guided group reflection sessions in threads, on PostgreSQL")
class GroupSessionOnPostgresTest extends GroupSessionTest {
}
