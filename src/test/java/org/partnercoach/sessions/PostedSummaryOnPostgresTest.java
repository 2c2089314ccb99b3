package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A summary already posted in a session's thread follows the answers stored after it, on PostgreSQL")
class PostedSummaryOnPostgresTest extends PostedSummaryTest {
}
