package org.partnercoach.sessions;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Group sessions kept by the version before V47 go on working after the upgrade, on PostgreSQL")
class SessionUpgradeOnPostgresTest extends SessionUpgradeTest {
}
