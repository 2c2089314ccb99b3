package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("A partner brought back with /partner restore: the reply says whose plans wait, and each other member "
        + "whose plan waits is told once by DM")
class PlansBackWithTheirPartnerTest {

    private static final String COACH = "`/partner coach partner:\"Lincoln High School\"`";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member dan = bot.member("dan");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a coordinator with no plan of her own restores it: the reply names bea, whose plan waits, without "
            + "a command that would start a plan of the coordinator's own; bea gets one DM saying it is back and how "
            + "her plan opens, the coordinator none")
    void coordinatorWithoutAPlan() {
        // GIVEN cora added the partner and looks after it; bea answered the first question of her plan for it
        cora.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();
        // AND cora archived it, and bea was told her plan is paused
        cora.runs("partner archive", "partner", "Lincoln High School", "reason", "No capacity this year");
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Lincoln High School”"));

        // WHEN cora restores it
        Reply restored = cora.runs("partner restore", "partner", "Lincoln High School");

        // THEN the reply names bea's plan as hers, and offers cora no command to "pick it up"
        assertThat(restored.text()).contains("“Lincoln High School” is back on the list")
                .contains(" <@" + bea.id() + "> has a plan for it that waits where they left it; I'll let them know "
                        + "by DM.")
                .doesNotContain("/partner coach").doesNotContain("Your plan").doesNotContain("A plan for it waits");
        // AND one DM to bea is queued, none to cora
        assertThat(planNotices(bea)).containsExactly(PlanGoneNotice.MOVED_ON, PlanGoneNotice.BACK);
        assertThat(planNotices(cora)).isEmpty();

        // WHEN the outbox runs, however long the bot runs
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN bea has one more DM: the partner is back, and the command that picks her plan up
        assertThat(bot.messenger().directTo(bea.id())).hasSize(2).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).isEqualTo("Good news: “Lincoln High School” is back on the coalition's "
                + "outreach list. Your plan for it waits where you left it, answers kept: " + COACH
                + " picks it up again."));
        assertThat(bot.messenger().directTo(cora.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("back on the coalition's outreach list"));

        // AND following it, bea goes on at her next question, her answer kept
        assertThat(bea.runs("partner coach", "partner", "Lincoln High School").plainText())
                .contains("Question 2 of 11").contains("1 of 11 questions answered");
        // AND cora, who never had a plan for it, has none
        assertThat(planRows(cora)).isEmpty();
    }

    @Test
    @DisplayName("the owner restores a partner she has a plan for: the reply tells her how to pick it up, and nobody "
            + "is sent a DM")
    void ownPlan() {
        // GIVEN ana looks after the partner and has a plan for it; nobody else has one
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High School");
        ana.runs("partner archive", "partner", "Lincoln High School");

        // WHEN she restores it
        Reply restored = ana.runs("partner restore", "partner", "Lincoln High School");

        // THEN the reply tells her that her plan waits and what picks it up; it names nobody else
        assertThat(restored.text()).contains(" Your plan for it waits where you left it: " + COACH
                + " picks it up again.").doesNotContain("by DM").doesNotContain("<@");
        // AND no DM is queued or sent
        assertThat(planNotices(ana)).isEmpty();
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
    }

    @Test
    @DisplayName("the owner restores a partner she and two others have plans for: her own plan with its command, the "
            + "two others named and told by DM, one each")
    void ownPlanAndOthers() {
        // GIVEN ana looks after the partner and has a plan for it; so do bea and dan
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High School");
        beaAnswersTheFirstQuestion();
        dan.runs("partner coach", "partner", "Lincoln High School");
        ana.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        int beaBefore = bot.messenger().directTo(bea.id()).size();
        int danBefore = bot.messenger().directTo(dan.id()).size();

        // WHEN ana restores it
        Reply restored = ana.runs("partner restore", "partner", "Lincoln High School");

        // THEN the reply says both: her own plan and its command, then whose plans wait and that they'll hear
        assertThat(restored.text()).contains(" Your plan for it waits where you left it: " + COACH
                + " picks it up again. <@" + bea.id() + "> and <@" + dan.id() + "> have plans for it that wait where "
                + "they left them; I'll let them know by DM.");
        // AND bea and dan each get one DM saying it is back; ana gets none
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));
        for (Member m : List.of(bea, dan)) {
            int before = m == bea ? beaBefore : danBefore;
            assertThat(bot.messenger().directTo(m.id())).as(m.name()).hasSize(before + 1).last()
                    .satisfies(dm -> assertThat(dm.reply().plainText())
                            .startsWith("Good news: “Lincoln High School” is back on the coalition's outreach list.")
                            .contains(COACH + " picks it up again."));
        }
        assertThat(planNotices(ana)).isEmpty();
        assertThat(bot.messenger().directTo(ana.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("back on the coalition's outreach list"));
    }

    @Test
    @DisplayName("a coordinator restores a partner whose owner has a plan for it: the owner gets one DM, her news, "
            + "which says her plan waits; bea gets the plan's own")
    void ownerWithAPlanToldOnce() {
        // GIVEN ana looks after the partner and has a plan for it; so does bea; cora archived it
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High School");
        beaAnswersTheFirstQuestion();
        cora.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        int anaBefore = bot.messenger().directTo(ana.id()).size();

        // WHEN cora restores it
        Reply restored = cora.runs("partner restore", "partner", "Lincoln High School");

        // THEN the reply names bea's plan, and ana as its owner whose plan waits too, with no command for cora
        assertThat(restored.text()).contains("<@" + bea.id() + "> has a plan for it that waits where they left it; "
                + "I'll let them know by DM.").contains("I'll let <@" + ana.id() + "> know by DM, since they look "
                + "after it (their plan for it waits where they left it).").doesNotContain("/partner coach");
        // AND ana gets one DM, her news, which says her plan waits; no plan notice besides
        assertThat(planNotices(ana)).isEmpty();
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(ana.id())).hasSize(anaBefore + 1).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("<@" + cora.id() + "> brought “Lincoln High School”, which you look "
                + "after, back to the outreach list").contains("Your plan for it waits where you left it: " + COACH));
        assertThat(bot.messenger().directTo(bea.id())).last().satisfies(dm -> assertThat(dm.reply().plainText())
                .startsWith("Good news: “Lincoln High School” is back"));
    }

    @Test
    @DisplayName("archived again before the DM goes out: bea is not told it is back (only that it moved on again)")
    void archivedAgainBeforeTheSend() {
        // GIVEN bea's plan was paused when cora archived ana's partner, and she was told
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();
        cora.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        int before = bot.messenger().directTo(bea.id()).size();

        // WHEN ana restores it, and archives it again before the outbox runs
        assertThat(ana.runs("partner restore", "partner", "Lincoln High School").text())
                .contains("<@" + bea.id() + "> has a plan for it");
        ana.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN bea hears only that it moved on again, and the back notice is closed unsent
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(bea.id());
        assertThat(dms).hasSize(before + 1).last().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("the coalition has moved on from “Lincoln High School”"));
        assertThat(dms).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("back on the coalition's outreach list"));
        assertThat(statusOfBack(bea)).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("bea finishes her plan before the DM goes out: she is not told it waits")
    void planFinishedBeforeTheSend() {
        // GIVEN bea's plan was paused when ana archived her partner
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();
        ana.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        int before = bot.messenger().directTo(bea.id()).size();

        // WHEN ana restores it, and bea, before the outbox runs, opens her plan and skips to its end
        ana.runs("partner restore", "partner", "Lincoln High School");
        bea.runs("partner coach", "partner", "Lincoln High School");
        for (int i = 0; i < 10; i++) {
            bea.types("skip");
        }
        assertThat(planRows(bea)).containsExactly("DONE");
        bot.advance(Duration.ZERO);

        // THEN no DM tells her a plan waits
        assertThat(bot.messenger().directTo(bea.id())).hasSize(before);
        assertThat(statusOfBack(bea)).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("archived and restored while bea's quiet hours held her DM: she hears neither that her plan was "
            + "paused nor that the partner is back, since it never stopped for her")
    void backBeforeTheMovedOnNoticeWent() {
        // GIVEN bea, in Tokyo (15:00 UTC is midnight there, in her quiet hours), has a plan for ana's partner
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();

        // WHEN cora archives it and restores it before bea's morning
        assertThat(cora.runs("partner archive", "partner", "Lincoln High School").text())
                .contains("I'll let <@" + bea.id() + "> know by DM");
        bot.advance(Duration.ZERO);
        Reply restored = cora.runs("partner restore", "partner", "Lincoln High School");

        // THEN the reply says bea's plan waits, and that she'll hear of neither, as her first DM had not gone out
        assertThat(restored.text()).contains(" <@" + bea.id() + "> has a plan for it that waits where they left it; "
                + "my DM saying it was paused hadn't gone out yet, so they'll get neither that DM nor one saying it's "
                + "back.").doesNotContain("I'll let <@" + bea.id() + "> know");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // AND bea gets neither DM: the first is closed unsent, and no other was queued
        assertThat(bot.messenger().directTo(bea.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("moved on from “Lincoln High School”"))
                .noneMatch(t -> t.contains("back on the coalition's outreach list"));
        assertThat(planNoticeStatuses(bea)).containsExactly(PlanGoneNotice.MOVED_ON + " CANCELLED");
        // AND her plan goes on where she left it
        assertThat(bea.runs("partner coach", "partner", "Lincoln High School").plainText())
                .contains("Question 2 of 11");
    }

    @Test
    @DisplayName("paused and back unheard in bea's night, then archived again after her morning: she is told it moved "
            + "on, and when it comes back, that it is back")
    void archivedAgainAfterABackUnheard() {
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();
        cora.runs("partner archive", "partner", "Lincoln High School");
        cora.runs("partner restore", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).isEmpty();

        // WHEN (at 15:00 UTC, midnight in Tokyo) cora archives it again, and restores it once bea was told
        cora.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofHours(12));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Lincoln High School”"));
        assertThat(cora.runs("partner restore", "partner", "Lincoln High School").text())
                .contains("<@" + bea.id() + "> has a plan for it that waits where they left it; I'll let them know "
                        + "by DM.").doesNotContain("hadn't gone out");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN she hears it is back
        assertThat(bot.messenger().directTo(bea.id())).hasSize(2).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).startsWith("Good news: “Lincoln High School” is back"));
    }

    @Test
    @DisplayName("archived, restored and archived again while bea's quiet hours held her DM: one DM in her morning "
            + "says it moved on, not two alike")
    void archivedTwiceInOneNight() {
        // GIVEN bea, in Tokyo (15:00 UTC is midnight there), has a plan for ana's partner
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        beaAnswersTheFirstQuestion();

        // WHEN cora archives it, restores it, and archives it again before bea's morning
        cora.runs("partner archive", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        cora.runs("partner restore", "partner", "Lincoln High School");
        bot.advance(Duration.ZERO);
        assertThat(cora.runs("partner archive", "partner", "Lincoln High School").text())
                .contains("I'll let <@" + bea.id() + "> know by DM");
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));

        // THEN her morning brings one DM that the coalition moved on, and nothing of the restore
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Lincoln High School”"));
        assertThat(planNotices(bea)).containsExactly(PlanGoneNotice.MOVED_ON);
    }

    private void beaAnswersTheFirstQuestion() {
        bea.runs("partner coach", "partner", "Lincoln High School");
        assertThat(bea.types("They teach 1,200 teens").text()).contains("Saved:");
    }

    /** The {@code about} of each plan notice queued for the member, oldest first. */
    private List<String> planNotices(Member m) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.list(c, "SELECT about FROM scheduled_sends WHERE guild_id = ? AND kind = ? "
                + "AND recipient_id = ? ORDER BY id", rs -> rs.getString(1), TestBot.GUILD, PlanGoneNotice.KIND,
                m.id()));
    }

    /** The {@code about} and status of each plan notice queued for the member, oldest first. */
    private List<String> planNoticeStatuses(Member m) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.list(c, "SELECT about, status FROM scheduled_sends WHERE guild_id = ? "
                + "AND kind = ? AND recipient_id = ? ORDER BY id", rs -> rs.getString(1) + " " + rs.getString(2),
                TestBot.GUILD, PlanGoneNotice.KIND, m.id()));
    }

    /** The status of the member's notice that the partner is back. */
    private String statusOfBack(Member m) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.one(c, "SELECT status FROM scheduled_sends WHERE guild_id = ? AND kind = ? "
                + "AND recipient_id = ? AND about = ?", rs -> rs.getString(1), TestBot.GUILD, PlanGoneNotice.KIND,
                m.id(), PlanGoneNotice.BACK).orElse("none"));
    }

    /** The status of each plan the member has, as stored. */
    private List<String> planRows(Member m) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.list(c, "SELECT status FROM walks WHERE guild_id = ? AND user_id = ? "
                + "AND curriculum = 'partner-plan' ORDER BY id", rs -> rs.getString(1), TestBot.GUILD, m.id()));
    }
}
