package org.partnercoach.network;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The partnership pulse, on PostgreSQL")
class PulseOnPostgresTest extends PulseTest {
}
