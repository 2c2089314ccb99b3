package org.partnercoach.coaching;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("A yes or a no right after \"Did you mean `skip`?\", on PostgreSQL")
class DmDidYouMeanOnPostgresTest extends DmDidYouMeanTest {
}
