package org.partnercoach;

import org.junit.jupiter.api.DisplayName;
import org.partnercoach.support.OnPostgres;

@OnPostgres
@DisplayName("The first poll's rehearsal, while the bot connects, on PostgreSQL")
class FirstPollRehearsalOnPostgresTest extends FirstPollRehearsalTest {
}
