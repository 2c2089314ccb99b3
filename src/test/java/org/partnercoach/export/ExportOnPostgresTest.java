package org.partnercoach.export;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Exports for coordinators, on PostgreSQL")
class ExportOnPostgresTest extends ExportTest {
}
