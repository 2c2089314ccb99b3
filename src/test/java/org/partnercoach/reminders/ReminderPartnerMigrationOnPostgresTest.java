package org.partnercoach.reminders;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Reminders set before V75 are linked to the partner still called as they name it, on PostgreSQL")
class ReminderPartnerMigrationOnPostgresTest extends ReminderPartnerMigrationTest {
}
