package org.partnercoach.coaching;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The five tips walk, on PostgreSQL")
class FiveTipsWalkOnPostgresTest extends FiveTipsWalkTest {
}
