package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A long walk of the clock (the console's :advance 12d) brings the check-ins that the real bot's polls would")
class CheckInsAcrossALongWalkTest {

    /** The DMs ana gets over 12 days of a partner on a 2-day cadence, the clock walked in {@code steps}. */
    private static List<String> checkInsOver12Days(List<Duration> steps) {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
            ana.runs("partner cadence", "partner", "Lincoln High School", "days", "2");
            steps.forEach(bot::advance);
            return bot.messenger().directTo(ana.id()).stream().map(dm -> dm.reply().plainText())
                    .filter(text -> text.contains("Lincoln High School")).toList();
        }
    }

    @Test
    @DisplayName("GIVEN a partner on a 2-day cadence WHEN the clock jumps 12 days at once THEN its owner gets as many "
            + "check-ins as when it moves 2 days at a time, the question whether to pause them among them")
    void oneJumpAsManyAsSteps() {
        List<String> stepped = checkInsOver12Days(java.util.Collections.nCopies(6, Duration.ofDays(2)));
        List<String> jumped = checkInsOver12Days(List.of(Duration.ofDays(12)));

        assertThat(stepped).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jumped).hasSameSizeAs(stepped);
        assertThat(String.join("\n", jumped)).contains("pause");
    }
}
