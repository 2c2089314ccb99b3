package org.partnercoach.reminders;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("Cultivate reminders, on PostgreSQL")
class CultivateRemindersOnPostgresTest extends CultivateRemindersTest {
}
