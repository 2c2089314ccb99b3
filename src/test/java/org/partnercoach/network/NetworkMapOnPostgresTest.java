package org.partnercoach.network;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The network map, on PostgreSQL")
class NetworkMapOnPostgresTest extends NetworkMapTest {
}
