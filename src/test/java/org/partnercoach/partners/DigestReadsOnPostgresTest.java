package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("What the weekly digest reads of the list, on PostgreSQL")
class DigestReadsOnPostgresTest extends DigestReadsTest {
}
