package org.partnercoach.digest;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The weekly nudge digest, on PostgreSQL")
class WeeklyDigestOnPostgresTest extends WeeklyDigestTest {
}
