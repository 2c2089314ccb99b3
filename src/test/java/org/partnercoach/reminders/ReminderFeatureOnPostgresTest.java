package org.partnercoach.reminders;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Personal reminders: /remind, /reminders list, /reminders cancel, on PostgreSQL")
class ReminderFeatureOnPostgresTest extends ReminderFeatureTest {
}
