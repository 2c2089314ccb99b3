package org.partnercoach.storage;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Times stored in a machine's zone by a release before V73 are converted to UTC once, all or none, on "
        + "PostgreSQL")
class UtcTimesOnPostgresTest extends UtcTimesTest {
}
