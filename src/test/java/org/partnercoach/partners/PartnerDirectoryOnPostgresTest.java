package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("PartnerDirectory: what other features (reminders, the digest) read and write, on PostgreSQL")
class PartnerDirectoryOnPostgresTest extends PartnerDirectoryTest {
}
