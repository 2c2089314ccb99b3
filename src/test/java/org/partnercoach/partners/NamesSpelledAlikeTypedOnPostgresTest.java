package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Names typed but for accents, case or spaces, and names spelled alike, on PostgreSQL")
class NamesSpelledAlikeTypedOnPostgresTest extends NamesSpelledAlikeTypedTest {
}
