package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Introductions: tip 2, a mutual contact, on PostgreSQL")
class IntroFlowOnPostgresTest extends IntroFlowTest {
}
