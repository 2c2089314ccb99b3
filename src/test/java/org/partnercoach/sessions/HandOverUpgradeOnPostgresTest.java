package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Hand-over announcements kept among the summaries' messages by the build before V52 are found after the "
        + "upgrade, on PostgreSQL")
class HandOverUpgradeOnPostgresTest extends HandOverUpgradeTest {
}
