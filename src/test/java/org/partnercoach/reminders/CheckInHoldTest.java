package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.StoredSend;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

/**
 * The wait between one owner's check-ins that a snooze's reply and a reply typed under a check-in go by
 * ({@link CultivateStatus#hold}): from that owner's own check-ins in that server, and nobody else's.
 */
@DisplayName("The wait before an owner's next check-in")
class CheckInHoldTest {

    private static final long GUILD = TestBot.GUILD;
    private static final long OTHER_SERVER = GUILD + 1;
    private static final long ANA = 501;
    private static final long BEA = 502;
    private static final long CAI = 503;
    private static final Instant NOW = TestBot.START.plus(Duration.ofDays(10));

    private final Database db = TestBot.freshDatabase();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CultivateStatus status = new CultivateStatus(db, new CultivateStore(), new Outbox(db, "main"),
            new ServerSettings(db, clock), clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a day after the last check-in that reached her; longer after one that could not be delivered; "
            + "nothing for one whose last came long ago, or only in another server or of another kind")
    void holdsFromTheOwnersOwnCheckIns() {
        // GIVEN ana got a check-in 3 hours ago, and one a day earlier
        send(GUILD, CultivateReminders.KIND, ANA, "SENT", NOW.minus(Duration.ofHours(3)), null);
        send(GUILD, CultivateReminders.KIND, ANA, "SENT", NOW.minus(Duration.ofHours(27)), null);
        // AND bea's last could not be delivered 2 hours ago (her DMs are closed)
        send(GUILD, CultivateReminders.KIND, BEA, "FAILED", NOW.minus(Duration.ofHours(2)), "DMS_CLOSED");
        // AND cai got one two weeks ago here, and one an hour ago in another server, and a reminder of her own
        send(GUILD, CultivateReminders.KIND, CAI, "SENT", NOW.minus(Duration.ofDays(14)), null);
        send(OTHER_SERVER, CultivateReminders.KIND, CAI, "SENT", NOW.minus(Duration.ofHours(1)), null);
        send(GUILD, PersonalReminders.KIND, CAI, "SENT", NOW.minus(Duration.ofHours(1)), null);

        // THEN ana's next waits a day after her last, bea's the wait after a failure, cai's nothing
        assertThat(status.hold(GUILD, ANA)).isEqualTo(new CultivatePlanner.Hold(
                NOW.minus(Duration.ofHours(3)).plus(CultivatePlanner.AT_MOST_EVERY), false));
        assertThat(status.hold(GUILD, BEA)).isEqualTo(new CultivatePlanner.Hold(
                NOW.minus(Duration.ofHours(2)).plus(CultivatePlanner.AFTER_FAILURE), true));
        assertThat(status.hold(GUILD, CAI).holds(NOW)).isFalse();
        // AND in the other server, cai's check-in of an hour ago holds hers there
        assertThat(status.hold(OTHER_SERVER, CAI).holds(NOW.plus(Duration.ofHours(22)))).isTrue();
    }

    private void send(long guildId, String kind, long to, String state, Instant at, String trouble) {
        StoredSend.tried(guildId, kind, to, ScheduledSend.Status.valueOf(state), at).withTrouble(trouble).insert(db);
    }
}
