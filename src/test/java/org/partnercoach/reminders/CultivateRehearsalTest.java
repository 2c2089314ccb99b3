package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Departures;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

@DisplayName("Check-ins' planner: the rehearsal of its run, in parts")
class CultivateRehearsalTest {

    private static final String QUEUED = "SELECT COUNT(*) FROM scheduled_sends WHERE kind = 'cultivate'"
            + " AND status = 'PENDING'";

    @Test
    @DisplayName("the owners due are queued 25 to a part, each part on its own, as the run queues them")
    void ownersQueuedInParts() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN 60 owners with a partner each, all of them due
            for (int i = 0; i < 60; i++) {
                bot.member("owner" + i).runs("partner add", "name", "Partner " + i, "sector", "food");
            }
            bot.clock().advance(Duration.ofDays(15));
            Database db = bot.app().database();
            CultivatePlanner planner = new CultivatePlanner(db, new PartnerCycles(db, new CultivateStore(),
                    bot.app().partners(), bot.app().settings(), bot.clock()), bot.app().outbox(), bot.app().partners(),
                    bot.app().settings(), new Departures(bot.messenger()));
            Instant now = bot.clock().instant();
            List<Long> queuedInPart = new ArrayList<>();

            // WHEN its run is rehearsed, each part in a transaction rolled back
            planner.rehearseQueuing(now, part -> db.rehearseWrites(() -> {
                part.run();
                queuedInPart.add(db.read(c -> Database.one(c, QUEUED, rs -> rs.getLong(1))).orElseThrow());
            }));

            // THEN three parts queued 25, 25 and 10 check-ins, and none is left
            assertThat(queuedInPart).containsExactly(25L, 25L, 10L);
            assertThat(db.read(c -> Database.one(c, QUEUED, rs -> rs.getLong(1))).orElseThrow()).isZero();
            // AND the run queues all 60 at once
            planner.plan(now);
            assertThat(db.read(c -> Database.one(c, QUEUED, rs -> rs.getLong(1))).orElseThrow()).isEqualTo(60L);
        }
    }
}
