package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("A plan for a partner the coalition moves on from (archived): paused, told once, back with the partner")
class PlanOfAMovedOnPartnerTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a member half-way through a plan for a partner that is archived is told once by DM that it is "
            + "paused and how it comes back; her next DM line no longer answers it, the digest no longer nudges her "
            + "about it, and after /partner restore /partner coach picks it up where she left it")
    void planPausedAndToldOnce() {
        // GIVEN bea is half-way through a plan for ana's partner, answering by DM
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        assertThat(bea.types("They run the county's food pantries").text()).contains("Saved:");

        // WHEN ana, who looks after it, archives the partner
        Reply archived = ana.runs("partner archive", "partner", "Eastside Food Bank");

        // THEN ana hears that bea will be told
        assertThat(archived.text()).contains("“Eastside Food Bank” has moved on.")
                .contains("I'll let <@" + bea.id() + "> know by DM, since their plan for it is paused.")
                .contains("`/partner restore`").doesNotContain("Your plan");
        // AND bea's plan is paused, its answer kept
        assertThat(planRows(bea)).containsExactly("PAUSED");
        // AND bea gets one DM saying what happened and what to do, however long the bot runs
        bot.advance(Duration.ZERO);
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Eastside Food Bank”")
                .contains("I've paused your plan for it: no more questions or nudges about it. Your answers are kept.")
                .contains("If it comes back with `/partner restore`, `/partner coach partner:\"Eastside Food Bank\"` "
                        + "picks your plan up where you left it.")
                .contains("`/coach progress`"));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        assertThat(planGoneRows()).isEqualTo(1);

        // WHEN bea types her next answer in the DM, it is not filed under the plan of a partner gone from the list
        Reply late = bea.types("Their goals are food security for families");
        assertThat(late.text()).doesNotContain("Saved")
                .startsWith("**Plan for one partner — Eastside Food Bank** is paused because the coalition has moved "
                        + "on from “Eastside Food Bank” (it was archived), so I didn't keep what you just typed.")
                .contains("if it comes back with `/partner restore`, `/partner coach partner:\"Eastside Food Bank\"` "
                        + "picks your plan up where you left it.");
        assertThat(bea.runs("coach answers").plainText()).doesNotContain("food security");

        // WHEN the plan stands still for a week, the coordinators' digest has nobody to nudge about it
        bot.advance(Duration.ofDays(8));
        Reply digest = cora.runs("digest preview");
        assertThat(digest.plainText()).contains("Weekly digest").doesNotContain("Members who stalled")
                .doesNotContain("Eastside Food Bank");
        assertThat(digest.buttons()).extracting(Button::label).noneMatch(l -> l.startsWith("Send nudge"));
        assertThat(bot.messenger().directTo(bea.id())).hasSize(1);

        // WHEN ana brings the partner back, she is told bea's plan waits where bea left it, and that bea will hear
        assertThat(ana.runs("partner restore", "partner", "Eastside Food Bank").text())
                .contains("“Eastside Food Bank” is back on the list")
                .contains("<@" + bea.id() + "> has a plan for it that waits where they left it; I'll let them know by "
                        + "DM.").doesNotContain("/partner coach");
        // AND bea is told by DM that it is back, and what picks her plan up
        bot.advance(Duration.ZERO);
        assertThat(bot.messenger().directTo(bea.id())).hasSize(2).last().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("“Eastside Food Bank” is back on the coalition's outreach list.")
                .contains("`/partner coach partner:\"Eastside Food Bank\"` picks it up again."));
        assertThat(planGoneRows()).isEqualTo(2);
        // AND bea picks it up at her next question, her answer kept
        Reply again = bea.runs("partner coach", "partner", "Eastside Food Bank");
        assertThat(again.plainText()).contains("Question 2 of 11").contains("1 of 11 questions answered");
        assertThat(planRows(bea)).containsExactly("ACTIVE");
    }

    @Test
    @DisplayName("'We've moved on' on a reminder pauses the plans for the partner too and tells their members once; "
            + "the owner's own plan is paused without a DM, and a finished plan stays as it is")
    void movedOnFromAReminder() {
        // GIVEN ana owns a partner and has a plan for it; bea has one too; cora finished hers
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High");
        ana.types("A public high school");
        bea.runs("partner coach", "partner", "Lincoln High");
        cora.runs("partner coach", "partner", "Lincoln High");
        for (int i = 0; i < 11; i++) {
            cora.types("skip");
        }
        assertThat(planRows(cora)).containsExactly("DONE");

        // WHEN ana's reminder comes, and she presses We've moved on
        bot.advance(Duration.ofDays(14));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).isNotEmpty();
        ana.reads(dms.get(dms.size() - 1).reply());
        assertThat(ana.presses("We've moved on").plainText()).contains("“Lincoln High” has moved on");

        // THEN both open plans are paused, and only bea is told by DM, once
        assertThat(planRows(ana)).containsExactly("PAUSED");
        assertThat(planRows(bea)).containsExactly("PAUSED");
        assertThat(planRows(cora)).containsExactly("DONE");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("the coalition has moved on from “Lincoln High”"));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(dms.size());
        assertThat(bot.messenger().directTo(cora.id())).isEmpty();
        assertThat(planGoneRows()).isEqualTo(1);
    }

    @Test
    @DisplayName("archiving a partner one has a plan for says that plan is paused; /partner coach still opens it, "
            + "saying the partner has moved on and how it comes back")
    void ownPlan() {
        ana.runs("partner add", "name", "Library", "sector", "education");
        ana.runs("partner coach", "partner", "Library");

        Reply archived = ana.runs("partner archive", "partner", "Library");
        assertThat(archived.text()).contains("Your plan for it is paused, answers kept.").doesNotContain("by DM");
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();

        Reply opened = ana.runs("partner coach", "partner", "Library");
        assertThat(opened.plainText()).contains("The coalition has moved on from “Library”: here is your plan for "
                + "it all the same. `/partner restore` brings the partner back to the outreach list.")
                .contains("Question 1 of 11");
    }

    @Test
    @DisplayName("Send nudge on an older digest, for a member whose stalled walk is a plan for a partner that has "
            + "moved on since, says the plan is paused because the partner moved on, and sends nothing")
    void nudgeForAPlanOfAMovedOnPartner() {
        // GIVEN cora gets the weekly digest, and bea's plan for ana's partner stalls: the digest offers a nudge
        cora.runs("digest setup", "day", "monday", "time", "09:00");
        cora.runs("digest subscribe");
        ana.runs("partner add", "name", "**Eastside** Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "**Eastside** Food Bank");
        bot.advance(Duration.ofDays(6).plusHours(18));   // Monday 9 March 09:00
        bot.advance(Duration.ofDays(7));                 // Monday 16 March 09:00: bea's plan has stalled
        List<RecordingMessenger.Sent> digests = bot.messenger().directTo(cora.id()).stream()
                .filter(s -> s.reply().cards().stream().anyMatch(c -> c.title().startsWith("Weekly digest")))
                .toList();
        Reply older = digests.get(digests.size() - 1).reply();
        assertThat(older.plainText()).contains("Members who stalled (1)");
        assertThat(older.buttons()).extracting(Button::label).containsExactly("Send nudge 1");

        // WHEN ana archives the partner, and cora then presses Send nudge on that digest
        ana.runs("partner archive", "partner", "**Eastside** Food Bank");
        cora.reads(older);
        Reply pressed = cora.presses("Send nudge 1");

        // THEN she is told the plan is paused because the partner moved on, and that nothing was sent
        assertThat(pressed.text()).isEqualTo("<@" + bea.id() + ">'s plan for “\\*\\*Eastside\\*\\* Food Bank” is "
                + "paused, since the coalition has moved on from that partner (it was archived), so there is nothing "
                + "to nudge them about. Nothing was sent.");
        // AND no nudge is stored or queued, and bea gets none (only the DM saying her plan is paused)
        assertThat(count("SELECT COUNT(*) FROM digest_nudges WHERE guild_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND kind = 'digest-nudge'"))
                .isZero();
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("A nudge from your coordinator"));
        assertThat(planRows(bea)).containsExactly("PAUSED");
    }

    @Test
    @DisplayName("resume in a DM passes over a plan paused because its partner moved on, even when it was the walk "
            + "touched last, and brings back the walk the member paused; help names that one; /coach progress offers "
            + "no Continue for the plan and says why; an older Continue button opens it saying the partner moved on")
    void resumePassesOverAPlanOfAMovedOnPartner() {
        // GIVEN bea paused her 5 tips walk, then began a plan for ana's partner by DM
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("coach start");
        bea.types("The county's food pantries");
        assertThat(bea.types("pause").text()).contains("Paused: **5 tips for reaching out to new partners**");
        bot.advance(Duration.ofMinutes(5));
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        assertThat(bea.types("They run the county's food pantries").text()).contains("Saved:");
        Reply before = bea.runs("coach progress");
        assertThat(before.buttons()).extracting(Button::label)
                .contains("Continue: Plan for one partner — Eastside Food Bank");

        // WHEN ana archives the partner: bea's plan is paused, and is the walk she touched last
        ana.runs("partner archive", "partner", "Eastside Food Bank");
        assertThat(planRows(bea)).containsExactly("PAUSED");

        // THEN help in the DM names her 5 tips walk as the one resume brings back
        assertThat(bea.types("help").text()).contains("**5 tips for reaching out to new partners** is paused")
                .contains("`resume`: pick up **5 tips for reaching out to new partners** where you paused it")
                .doesNotContain("Eastside");
        // AND /coach progress shows the plan paused because its partner moved on, with no Continue for it
        Reply progress = bea.runs("coach progress");
        assertThat(progress.plainText()).contains("Plan for one partner — Eastside Food Bank")
                .contains("(paused: the coalition has moved on from this partner)")
                .contains("`/partner coach partner:\"Eastside Food Bank\"` opens it all the same; `/partner restore` "
                        + "brings the partner back.");
        assertThat(progress.buttons()).extracting(Button::label)
                .containsExactly("Continue: 5 tips for reaching out to new partners");

        // WHEN she types resume, her 5 tips walk comes back, not the plan
        Reply resumed = bea.types("resume");
        assertThat(resumed.plainText()).contains("Welcome back!").contains("Question 2 of 17")
                .doesNotContain("Eastside");
        assertThat(planRows(bea)).containsExactly("PAUSED");
        assertThat(statusOf(bea, "five-tips")).isEqualTo("ACTIVE");
        // AND her next line answers the 5 tips walk
        assertThat(bea.types("Through the mayor's office").text()).contains("Saved:");

        // WHEN she presses the Continue button of the plan on the progress from before the archive
        bea.reads(before);
        Reply opened = bea.presses("Continue: Plan for one partner — Eastside Food Bank");

        // THEN the plan opens as /partner coach opens it, saying the partner has moved on
        assertThat(opened.plainText()).startsWith("The coalition has moved on from “Eastside Food Bank”: here is your "
                + "plan for it all the same. `/partner restore` brings the partner back to the outreach list.")
                .contains("Question 2 of 11");
        assertThat(planRows(bea)).containsExactly("ACTIVE");
    }

    @Test
    @DisplayName("resume in a DM with only a plan paused because its partner moved on says so and how it opens, and "
            + "leaves it paused")
    void resumeWithOnlyAPlanOfAMovedOnPartner() {
        // GIVEN ana's only walk is her plan for a partner she then archives
        ana.runs("partner add", "name", "*Library*", "sector", "education");
        ana.runs("partner coach", "partner", "*Library*");
        ana.runs("partner archive", "partner", "*Library*");

        // WHEN she types resume in the DM
        Reply reply = ana.types("resume");

        // THEN she is told why nothing came back, and what opens the plan
        assertThat(reply.text()).startsWith("**Plan for one partner — \\*Library\\*** is paused because the "
                + "coalition has moved on from “\\*Library\\*” (it was archived), so `resume` leaves it there. Your "
                + "answers are kept: `/partner coach partner:\"*Library*\"` opens it all the same, and `/partner "
                + "restore` brings the partner back to the outreach list. Or type one of these:")
                .doesNotContain("Welcome back");
        assertThat(reply.buttons()).isEmpty();
        assertThat(planRows(ana)).containsExactly("PAUSED");
        // AND help offers no resume for it
        assertThat(ana.types("help").text()).doesNotContain("`resume`");
    }

    @Test
    @DisplayName("Answer, Skip, Back or Pause on a message of a plan from before its partner was archived leave the "
            + "plan paused and say why and what to do, where they reopened it unsaid; a form sent from before keeps "
            + "its words and leaves the plan paused; Open it all the same opens it saying the partner moved on")
    void questionButtonsFromBeforeTheArchive() {
        // GIVEN bea answered the first question of her plan for ana's partner, sees the second, and opened its form
        ana.runs("partner add", "name", "*Eastside* Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "*Eastside* Food Bank");
        assertThat(bea.types("They run the county's food pantries").text()).contains("Saved:");
        Reply before = bea.runs("partner coach", "partner", "*Eastside* Food Bank");
        assertThat(before.plainText()).contains("Question 2 of 11");
        assertThat(bea.presses("Answer").isForm()).isTrue();

        // WHEN ana archives the partner, and bea then sends the form she had open
        ana.runs("partner archive", "partner", "*Eastside* Food Bank");
        Reply sent = bea.submits("answer", "**Food** security for families 🍎 @everyone");

        // THEN her words are kept, and she is told the plan stays paused, why, and what she can do
        String why = "**Plan for one partner — \\*Eastside\\* Food Bank** is paused because the coalition has moved "
                + "on from “\\*Eastside\\* Food Bank” (it was archived), so ";
        String can = " Your answers are kept: **Open it all the same** below, or `/partner coach partner:\"*Eastside* "
                + "Food Bank\"`, opens it where you left it, and `/partner restore` brings the partner back to the "
                + "outreach list.";
        assertThat(sent.text()).isEqualTo("Saved your answer to “What are their goals right now, and how have they "
                + "been involved in community ef…”. " + why + "it stays at question 2 of 11." + can);
        assertThat(sent.buttons()).extracting(Button::label).containsExactly("Open it all the same");
        assertThat(planRows(bea)).containsExactly("PAUSED");
        assertThat(bea.runs("coach answers").plainText()).contains("\\*\\*Food\\*\\* security for families 🍎");

        // AND her next DM line answers nothing
        assertThat(bea.types("They serve 4,000 families a week").text()).doesNotContain("Saved");

        // WHEN she presses Answer, Skip, Back or Pause on the question from before the archive
        for (String label : List.of("Answer", "Skip", "Back", "Pause")) {
            Reply pressed = bea.pressesId(before.buttons().stream().filter(b -> b.label().equals(label))
                    .findFirst().orElseThrow().id());

            // THEN the plan stays paused, saying why and what she can do
            assertThat(pressed.isForm()).as(label).isFalse();
            assertThat(pressed.text()).as(label).isEqualTo(why + "that button leaves it there." + can);
            assertThat(pressed.buttons()).extracting(Button::label).containsExactly("Open it all the same");
            assertThat(planRows(bea)).as(label).containsExactly("PAUSED");
        }

        // WHEN she presses Open it all the same
        Reply opened = bea.presses("Open it all the same");

        // THEN the plan opens where she left it, saying the partner moved on, her answer there
        assertThat(opened.plainText()).startsWith("The coalition has moved on from “\\*Eastside\\* Food Bank”: here "
                + "is your plan for it all the same.").contains("Question 2 of 11")
                .contains("\\*\\*Food\\*\\* security for families");
        assertThat(planRows(bea)).containsExactly("ACTIVE");
    }

    @Test
    @DisplayName("Start over on the end of a finished plan, pressed after its partner was archived, opens it again "
            + "saying the partner moved on, as its command does")
    void startOverAfterTheArchive() {
        // GIVEN bea finished her plan for ana's partner by DM
        ana.runs("partner add", "name", "Library", "sector", "education");
        bea.runs("partner coach", "partner", "Library");
        Reply end = null;
        for (int i = 0; i < 11; i++) {
            end = bea.types("skip");
        }
        assertThat(planRows(bea)).containsExactly("DONE");

        // WHEN ana archives the partner, and bea presses Start over on the end of her plan
        ana.runs("partner archive", "partner", "Library");
        bea.reads(end);
        Reply again = bea.presses("Start over");

        // THEN the plan opens at its first question, saying the partner moved on
        assertThat(again.plainText()).startsWith("The coalition has moved on from “Library”: here is your plan for it "
                + "all the same. `/partner restore` brings the partner back to the outreach list. Starting again from "
                + "the top.").contains("Question 1 of 11");
    }

    @Test
    @DisplayName("pausing a plan opened all the same after its partner was archived says how it opens again (its "
            + "command, its Resume button), not to type resume, which passes over it")
    void pauseAPlanOpenedAllTheSame() {
        // GIVEN ana opens her plan for a partner she archived, and answers in the DM
        ana.runs("partner add", "name", "_Library_", "sector", "education");
        ana.runs("partner coach", "partner", "_Library_");
        ana.runs("partner archive", "partner", "_Library_");
        assertThat(ana.runs("partner coach", "partner", "_Library_").plainText()).contains("all the same");
        assertThat(ana.types("The county library system").text()).contains("Saved:");

        // WHEN she pauses it in the DM
        Reply paused = ana.types("pause");

        // THEN she is told how it opens again, not to type resume
        assertThat(paused.text()).isEqualTo("Paused: **Plan for one partner — \\_Library\\_**, at question 2 of 11. "
                + "Your answers are saved. The coalition has moved on from “\\_Library\\_”, so `resume` passes over "
                + "this plan: run `/partner coach partner:\"_Library_\"` in the server to open it all the same.");
        assertThat(planRows(ana)).containsExactly("PAUSED");

        // WHEN she opens it again and presses Pause in the server
        ana.runs("partner coach", "partner", "_Library_");
        Reply pressed = ana.presses("Pause");

        // THEN the same, with the Resume button that opens it
        assertThat(pressed.text()).endsWith("so `resume` passes over this plan: press Resume or run `/partner coach "
                + "partner:\"_Library_\"` to open it all the same.");
        assertThat(pressed.buttons()).extracting(Button::label).containsExactly("Resume");
        assertThat(ana.presses("Resume").plainText()).startsWith("The coalition has moved on from “\\_Library\\_”")
                .contains("Question 2 of 11");
    }

    /** The status of the member's walk of one curriculum (taken alone), as stored. */
    private String statusOf(Member m, String curriculum) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.one(c, "SELECT status FROM walks WHERE guild_id = ? AND user_id = ? "
                + "AND curriculum = ? AND subject_id = 0", rs -> rs.getString(1), TestBot.GUILD, m.id(), curriculum)
                .orElse("none"));
    }

    /** The status of each plan the member has, as stored. */
    private List<String> planRows(Member m) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.list(c, "SELECT status FROM walks WHERE guild_id = ? AND user_id = ? "
                + "AND curriculum = 'partner-plan' ORDER BY id", rs -> rs.getString(1), TestBot.GUILD, m.id()));
    }

    /** A count of this server's rows. */
    private int count(String sql) {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.one(c, sql, rs -> rs.getInt(1), TestBot.GUILD).orElse(0));
    }

    /** How many plan notices were queued, sent or not. */
    private int planGoneRows() {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.one(c, "SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? "
                + "AND kind = 'plan-gone'", rs -> rs.getInt(1), TestBot.GUILD).orElse(0));
    }
}
