package org.partnercoach.coaching;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The end of a walk and /coach answers: every question, answered or skipped, with a way back, on PostgreSQL")
class WalkEndAndAnswersOnPostgresTest extends WalkEndAndAnswersTest {
}
