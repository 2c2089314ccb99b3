package org.partnercoach.coaching;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Walks in DMs, on PostgreSQL")
class DmWalkOnPostgresTest extends DmWalkTest {
}
