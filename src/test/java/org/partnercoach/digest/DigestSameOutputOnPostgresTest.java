package org.partnercoach.digest;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The digest reads the same as before on a busy server, on PostgreSQL")
class DigestSameOutputOnPostgresTest extends DigestSameOutputTest {
}
