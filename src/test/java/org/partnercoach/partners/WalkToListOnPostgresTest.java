package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("From a walk to the list, on PostgreSQL")
class WalkToListOnPostgresTest extends WalkToListTest {
}
