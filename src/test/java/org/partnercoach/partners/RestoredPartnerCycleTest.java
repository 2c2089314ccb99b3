package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A partner brought back from moved-on is picked up from its restore: its check-in cycle counts from then, "
        + "and its last contact stays the real one")
class RestoredPartnerCycleTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    private void days(int n) {
        bot.advance(Duration.ofDays(n));
    }

    private int dmsToAna() {
        return bot.messenger().directTo(ana.id()).size();
    }

    @Test
    @DisplayName("archived for 10 weeks and restored: no reminder, no 'due now' and no 'going cold' until a cadence "
            + "after the restore, then one reminder naming the real last contact")
    void cycleCountsFromTheRestore() {
        // GIVEN ana adds a partner (the server's cadence: 14 days), logs a contact, and archives it
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with Maria");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Their funding paused");

        // WHEN 10 weeks pass and she restores it
        days(70);
        assertThat(dmsToAna()).isZero();
        ana.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofMinutes(1));

        // THEN no reminder comes at once, and its page counts the next check-in from the restore
        assertThat(dmsToAna()).isZero();
        String page = ana.runs("partner show", "partner", "Eastside Food Bank").plainText();
        assertThat(page).contains("Coffee with Maria", "70 days ago")
                .contains("the next check-in is due").doesNotContain("a check-in is due now");
        // AND the coordinators' digest does not list it as going cold
        assertThat(cora.runs("digest preview").plainText()).doesNotContain("Eastside Food Bank");

        // WHEN 13 days pass, still nothing
        days(13);
        assertThat(dmsToAna()).isZero();

        // WHEN the 14th day after the restore comes, one reminder, with the real last contact
        days(1);
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Time to check in with Eastside Food Bank",
                "last contact 84 days ago", "Coffee with Maria"));
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Coffee with Maria", "84 days ago");
    }

    @Test
    @DisplayName("a clock walked past a restored partner's check-in in one step (the console's :advance) stops at it: "
            + "the reminder comes when due, not at the end of the walk")
    void walkedClockStopsAtTheRestoredCheckIn() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with Maria");
        ana.runs("partner archive", "partner", "Eastside Food Bank");
        days(70);
        ana.runs("partner restore", "partner", "Eastside Food Bank");

        // WHEN 3 days pass, then 17 in one step: the check-in falls due on the 14th day after the restore
        days(3);
        days(17);

        // THEN it came on the 14th day after the restore, 84 days after the last contact
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("last contact 84 days ago"));
    }

    @Test
    @DisplayName("a partner never contacted, restored: counted from the restore, the reminder still says when it was added")
    void neverContactedCountsFromTheRestore() {
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner archive", "partner", "Lincoln High");
        days(30);
        ana.runs("partner restore", "partner", "Lincoln High");

        days(13);
        assertThat(dmsToAna()).isZero();
        days(1);
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("added 44 days ago, no contact logged yet"));
    }

    @Test
    @DisplayName("a contact logged after the restore counts from that contact, as always")
    void contactAfterRestoreCountsFromTheContact() {
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Grace Church");
        days(30);
        ana.runs("partner restore", "partner", "Grace Church");
        days(5);
        ana.runs("partner log", "partner", "Grace Church", "what", "Met the pastor");

        days(13);
        assertThat(dmsToAna()).isZero();
        days(1);
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("last contact 14 days ago", "Met the pastor"));
    }
}
