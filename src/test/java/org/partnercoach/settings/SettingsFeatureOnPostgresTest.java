package org.partnercoach.settings;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Server settings and each member's time zone, on PostgreSQL")
class SettingsFeatureOnPostgresTest extends SettingsFeatureTest {
}
