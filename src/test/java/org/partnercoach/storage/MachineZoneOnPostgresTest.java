package org.partnercoach.storage;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The machine's time zone moves no stored time, on PostgreSQL")
class MachineZoneOnPostgresTest extends MachineZoneTest {
}
