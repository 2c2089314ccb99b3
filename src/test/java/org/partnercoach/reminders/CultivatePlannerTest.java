package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Departures;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

@DisplayName("Check-ins' planner: when it says its next work falls due")
class CultivatePlannerTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** A planner of its own on the bot's database, whose runs the test makes (the bot's runs only when it walks). */
    private CultivatePlanner planner() {
        Database db = bot.app().database();
        return new CultivatePlanner(db, new PartnerCycles(db, new CultivateStore(), bot.app().partners(),
                bot.app().settings(), bot.clock()), bot.app().outbox(), bot.app().partners(), bot.app().settings(),
                new Departures(bot.messenger()));
    }

    /** ana adds Eastside Food Bank, bea adds Lincoln High School a second later; returns when ana's falls due. */
    private Instant twoOwnersASecondApart() {
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.clock().advance(Duration.ofSeconds(1));
        bot.member("bea").runs("partner add", "name", "Lincoln High School", "sector", "education");
        return TestBot.START.plus(Duration.ofDays(14));
    }

    @Test
    @DisplayName("GIVEN ana's partner falls due in 3 hours and bea's a second after, WHEN a run then names a look at "
            + "bea's a second on and is asked 2 seconds after it ran (the console's clock runs on while a run works) "
            + "THEN that look is due now, where it said nothing was due until the run after the check-ins")
    void aLookNamedByTheLastRunStaysDueOnceItsTimeHasCome() {
        Instant anas = twoOwnersASecondApart();
        CultivatePlanner planner = planner();
        Instant ran = anas.minus(CultivateState.MAX_ZONE_SHIFT);

        planner.plan(ran);

        // bea's zone is not read yet: her partner's clock is counted in 24-hour periods, so the run looks again then
        Instant look = anas.plusSeconds(1).minus(CultivateState.MAX_ZONE_SHIFT);
        assertThat(planner.nextDue(ran)).contains(look);
        Instant asked = ran.plusSeconds(2);
        assertThat(planner.nextDue(asked)).hasValueSatisfying(at -> assertThat(at).isEqualTo(look)
                .isBeforeOrEqualTo(asked));
        // AND a run then reads both zones and names ana's partner's own time
        planner.plan(asked);
        assertThat(planner.nextDue(asked)).contains(anas);
    }

    @Test
    @DisplayName("GIVEN a run found nothing due within the day WHEN the planner is asked 13 days 23 hours later, no "
            + "run since THEN the partners whose clocks ran out meanwhile are due now (counted from that run), where "
            + "it looked only past the hours to come")
    void clocksRunOutSinceTheLastRunAreDueNow() {
        Instant anas = twoOwnersASecondApart();
        CultivatePlanner planner = planner();
        Instant ran = TestBot.START.plus(Duration.ofMinutes(1));
        planner.plan(ran);

        Instant asked = anas.minus(Duration.ofHours(1));

        assertThat(planner.nextDue(asked)).hasValueSatisfying(at -> assertThat(at).isBeforeOrEqualTo(asked));
    }
}
