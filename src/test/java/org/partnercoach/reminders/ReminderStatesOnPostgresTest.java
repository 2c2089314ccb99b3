package org.partnercoach.reminders;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Reminder states, on PostgreSQL")
class ReminderStatesOnPostgresTest extends ReminderStatesTest {
}
