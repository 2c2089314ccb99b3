package org.partnercoach.partners;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("/partner log and show: touchpoint days in the member's time zone, on PostgreSQL")
class TouchpointDaysOnPostgresTest extends TouchpointDaysTest {
}
