package org.partnercoach.storage;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Times are stored and read back as the same instant, on PostgreSQL")
class StoredTimesOnPostgresTest extends StoredTimesTest {
}
