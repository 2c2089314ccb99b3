package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The partnership pulse")
class PulseTest {

    private TestBot bot = TestBot.inMemory();

    /** A bot on a database that outlives it, for a test that restarts it. */
    private void onFile(java.nio.file.Path dir) {
        bot.close();
        bot = TestBot.onFile(dir);
    }

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana adds the food bank (she looks after it). */
    private Member ana() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        return ana;
    }

    /** The member rates each of a question's three lines {@code score}. */
    private static void ratesEveryLine(Member member, Reply question, int score) {
        for (int row = 0; row < 3; row++) {
            member.pressesId(button(question, row, score));
        }
    }

    /** Ana cultivating the food bank and a school she adds, each hers to look after. */
    private Member cultivatingTheFoodBankAnd(String school) {
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        ana.runs("partner add", "name", school, "sector", "education");
        ana.runs("partner stage", "partner", school, "stage", "cultivating");
        return ana;
    }

    private static Reply log(Member m) {
        return m.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
    }

    /** The 1-5 button of row {@code row} (0: openness, 1: follow-through, 2: shared mission). */
    private static CustomId button(Reply r, int row, int score) {
        return ((Row.Buttons) r.rows().get(row)).buttons().get(score - 1).id();
    }

    @Test
    @DisplayName("a member who forgot herself presses a button of her old pulse: nothing is stored, and she is told "
            + "why the question is gone and when the next one comes")
    void pressedAfterForget() {
        // GIVEN ana was asked the pulse, then deleted her data
        Member ana = ana();
        Reply question = log(ana);
        ana.runs("privacy forget");
        ana.presses("Delete my data");

        // WHEN she presses 4 on the old question
        String reply = ana.pressesId(button(question, 0, 4)).plainText();

        // THEN nothing is rated, and the reply says why and what comes next
        assertThat(reply).contains("Nothing was changed", "/privacy forget", "`/partner log`");
        assertThat(bot.storedRows().<java.util.Optional<Integer>>read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM partnership_ratings", rs -> rs.getInt(1)))).contains(0);
    }

    @Test
    @DisplayName("after the owner logs a touchpoint: three 1-5 lines and Skip in one message, then not for 30 days")
    void askedOncePerThirtyDays() {
        Member ana = ana();
        Reply first = log(ana);
        assertThat(first.plainText()).contains("Logged a", "Quick pulse: Eastside Food Bank", "Open communication",
                "Follow-through", "Shared mission", "change them for 7 days");
        assertThat(first.rows()).hasSize(4);
        assertThat(first.buttons()).extracting(Button::label).contains("Open communication 1", "5", "Skip");

        assertThat(log(ana).plainText()).doesNotContain("Quick pulse");
        bot.advance(Duration.ofDays(29));
        assertThat(log(ana).plainText()).doesNotContain("Quick pulse");
        bot.advance(Duration.ofDays(2));
        assertThat(log(ana).plainText()).contains("Quick pulse");
    }

    @Test
    @DisplayName("only the member who looks after the partner is asked; the interval is a server setting")
    void ownerOnlyAndSetting() {
        ana();
        Member bea = bot.member("bea");
        assertThat(log(bea).plainText()).contains("Logged").doesNotContain("Quick pulse");

        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("report pulse", "days", "3").plainText()).contains("from 7 to 365", "Nothing");
        assertThat(bea.runs("report pulse", "days", "10").plainText()).contains("Only coordinators",
                "Nothing was changed");
        assertThat(cora.runs("report pulse", "days", "10").plainText()).contains("every 10 days");
        Member ana = bot.member("ana");
        assertThat(log(ana).plainText()).contains("Quick pulse");
        bot.advance(Duration.ofDays(11));
        assertThat(log(ana).plainText()).contains("Quick pulse");
    }

    @Test
    @DisplayName("Skip asks nothing more, and the next pulse still waits its 30 days")
    void skip() {
        Member ana = ana();
        log(ana);
        assertThat(ana.presses("Skip").plainText()).contains("Skipped", "30 days");
        bot.advance(Duration.ofDays(10));
        assertThat(log(ana).plainText()).doesNotContain("Quick pulse");
    }

    @Test
    @DisplayName("a rating can be changed for 7 days, then it is refused and kept; only the asked member rates")
    void changeWindow() {
        Member ana = ana();
        Reply ask = log(ana);
        CustomId openness3 = button(ask, 0, 3);
        CustomId openness5 = button(ask, 0, 5);
        CustomId openness2 = button(ask, 0, 2);
        assertThat(ana.pressesId(openness3).plainText()).contains("Saved: Open communication 3", "Your answer: **3**");
        assertThat(ana.pressesId(button(ask, 1, 4)).plainText()).contains("Saved: Follow-through 4");
        Reply done = ana.pressesId(button(ask, 2, 5));
        assertThat(done.plainText()).contains("That's all three");
        assertThat(done.update()).isTrue();
        bot.advance(Duration.ofDays(6));
        assertThat(ana.pressesId(openness5).plainText()).contains("Saved: Open communication 5");

        Member bea = bot.member("bea");
        assertThat(bea.pressesId(openness2).plainText()).contains("This question was for", "Yours come to you after "
                + "you log a touchpoint", "Nothing was changed");

        bot.advance(Duration.ofDays(2));
        assertThat(ana.pressesId(openness2).plainText()).contains("can be changed for 7 days", "stays as it is");
        // (5 + 4 + 5) / 3, never the refused 2 nor bea's
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Partnership health", "Trust: 4.7 / 5", "Value: no ratings yet.");
    }

    @Test
    @DisplayName("a rating changed within its 7 days, then pressed again after them, is refused with the day it was "
            + "first rated and the score it reads now, not the first day beside the newer score")
    void refusalAfterAChangeNamesTheFirstDayAndTheScoreNow() {
        // GIVEN ana rated open communication 3, and changed it to 4 three days later
        Member ana = ana();
        Reply ask = log(ana);
        Instant firstRated = bot.clock().instant();
        ana.pressesId(button(ask, 0, 3));
        bot.advance(Duration.ofDays(3));
        assertThat(ana.pressesId(button(ask, 0, 4)).plainText()).contains("Saved: Open communication 4");

        // WHEN she presses 5 eight days after her first rating
        bot.advance(Duration.ofDays(8));
        String refused = ana.pressesId(button(ask, 0, 5)).plainText();

        // THEN she reads when she first rated it, and that it reads 4 now, and it stays 4
        assertThat(refused).contains("You first rated open communication on " + TimeMarkup.full(firstRated)
                        + " (it reads 4 now). Ratings can be changed for 7 days after the first, so this one stays as it "
                        + "is.", "You'll be asked about Eastside Food Bank again after a touchpoint you log from "
                        + TimeMarkup.full(firstRated.plus(Duration.ofDays(30))) + " on.")
                .doesNotContain("rated open communication 4 on");
    }

    @Test
    @DisplayName("a forged rating button with a score off the 1-5 scale (0, 6, or one that wraps round to 3) is refused "
            + "with the scale named, and nothing is stored")
    void forgedScoreOutOfRange() {
        // GIVEN ana has the quick pulse about the food bank in front of her
        Member ana = ana();
        Reply log0 = log(ana);
        CustomId three = button(log0, 0, 3);

        // WHEN she presses buttons forged from it, with scores no button carries
        for (String score : List.of("0", "6", "-2", "4294967299", "99999999999999999999")) {
            CustomId forged = CustomId.of(three.feature(), three.action(), three.arg(0), three.arg(1), three.arg(2),
                    score);
            // THEN each is refused, saying what a score is, and nothing is saved
            assertThat(ana.pressesId(forged).plainText()).as(score)
                    .contains("from 1 to 5", "Nothing was changed").doesNotContain("Saved");
        }
        ana.pressesId(button(log0, 1, 5));
        assertThat(ana.pressesId(button(log0, 2, 5)).plainText()).as("her first line is still unanswered")
                .contains("One more line to go").doesNotContain("That's all three");
    }

    @Test
    @DisplayName("trust and value on /partner show: the owner and coordinators see them, other members don't")
    void visibility() {
        Member ana = ana();
        Reply ask = log(ana);
        ratesEveryLine(ana, ask, 4);
        assertThat(bot.member("bea").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Partnership health").doesNotContain("Trust");
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Partnership health", "Trust: 4.0 / 5 (first rated this quarter)");
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").cards())
                .as("no card more than before: the page stays within Discord's limits").hasSize(1);
    }

    @Test
    @DisplayName("once a quarter the owner gets the value question by DM, once per partner and quarter, from "
            + "cultivating on, one open question at a time")
    void quarterlyValue() {
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.member("bea").runs("partner add", "name", "Nobody's Partner", "sector", "faith");
        bot.member("bea").runs("partner stage", "partner", "Nobody's Partner", "stage", "partnered");
        ana.runs("partner add", "name", "Still Researching", "sector", "youth");
        bot.member("bea").runs("partner owner", "partner", "Nobody's Partner", "member", String.valueOf(
                bot.member("ana").id()));
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC: the second quarter has begun
        List<RecordingMessenger.Sent> asks = valueAsks(ana);
        assertThat(asks).as("one question open at a time: the oldest partner first").hasSize(1);
        Reply dm = asks.get(0).reply();
        assertThat(dm.plainText()).contains("Once a quarter: what Eastside Food Bank brings", "Resources",
                "Influence", "Involvement");
        bot.advance(Duration.ofHours(1));
        assertThat(valueAsks(ana)).as("the next waits while the first is open").hasSize(1);
        ana.reads(dm);
        assertThat(ana.pressesId(button(dm, 0, 4)).plainText()).contains("Saved: Resources 4");
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).as("one line answered: the question is still open").hasSize(1);
        ana.pressesId(button(dm, 1, 3));
        assertThat(ana.pressesId(button(dm, 2, 5)).plainText()).contains("That's all three");

        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).as("answered: the next partner's question comes").hasSize(2);
        assertThat(valueAsks(ana).get(1).reply().plainText()).contains("what Nobody's Partner brings");
        bot.advance(Duration.ofDays(20));
        assertThat(valueAsks(ana)).as("once per partner and quarter").hasSize(2);
        bot.advance(Duration.ofDays(75));  // into the third quarter
        assertThat(valueAsks(ana)).as("the new quarter: again one at a time").hasSize(3);
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("a value rating pressed again after its 7 days is kept, and the owner is told the next comes next "
            + "quarter, not after a touchpoint")
    void valueChangeWindow() {
        // GIVEN ana answered the quarter's value question about the food bank on every line
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        Reply dm = valueAsks(ana).get(0).reply();
        ana.reads(dm);
        ana.pressesId(button(dm, 0, 4));
        ana.pressesId(button(dm, 1, 3));
        ana.pressesId(button(dm, 2, 5));

        // WHEN she presses another number eight days later
        bot.advance(Duration.ofDays(8));
        String refused = ana.pressesId(button(dm, 0, 1)).plainText();

        // THEN the rating is kept and she is told when she will be asked again, about which partner
        assertThat(refused).contains("Ratings can be changed for 7 days after the first, so this one stays as it is.",
                "You'll be asked about Eastside Food Bank again next quarter.").doesNotContain("touchpoint");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText()).contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("the next value question waits until every line of the open one is answered, or it is skipped")
    void valueQuestionOpenUntilEveryLine() {
        // GIVEN ana looks after three partners she is cultivating, asking and partnered with
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner stage", "partner", "Lincoln High", "stage", "asking");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner stage", "partner", "Grace Church", "stage", "partnered");
        bot.advance(Duration.ofDays(30));   // the second quarter has begun
        List<RecordingMessenger.Sent> asks = valueAsks(ana);
        assertThat(asks).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        Reply first = ana.reads(asks.get(0).reply());

        // WHEN she answers one line of three
        Reply saved = ana.pressesId(button(first, 0, 3));
        assertThat(saved.plainText()).contains("Saved: Resources 3", "2 more lines to go, or Skip")
                .doesNotContain("That's all three");
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofHours(2));

        // THEN the next question waits: this one is still open
        assertThat(valueAsks(ana)).as("no second question mid-answer").hasSize(1);
        assertThat(ana.pressesId(button(first, 1, 4)).plainText()).contains("Saved: Influence 4",
                "One more line to go");
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).hasSize(1);

        // WHEN she answers the last line, the next partner's question comes at the next run
        assertThat(ana.pressesId(button(first, 2, 5)).plainText()).contains("That's all three");
        bot.advance(Duration.ofMinutes(1));
        asks = valueAsks(ana);
        assertThat(asks).hasSize(2);
        assertThat(asks.get(1).reply().plainText()).contains("what Lincoln High brings");

        // AND one line then Skip closes that one too: the third comes
        Reply second = ana.reads(asks.get(1).reply());
        ana.pressesId(button(second, 0, 2));
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(ana.presses("Skip").plainText()).contains("Skipped", "next quarter");
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).hasSize(3);
        assertThat(valueAsks(ana).get(2).reply().plainText()).contains("what Grace Church brings");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("the value question is planned hourly and after an answer: a partner moved to cultivating mid-quarter "
            + "is asked within the hour")
    void plannedHourly() {
        Member ana = ana();
        bot.advance(Duration.ofDays(30));   // the second quarter: the food bank is still being researched
        assertThat(valueAsks(ana)).isEmpty();

        // WHEN she starts cultivating it, the runs of the next minutes do not read every partner again
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(30));
        assertThat(valueAsks(ana)).isEmpty();

        // THEN the first run an hour after the last planning asks her
        bot.advance(Duration.ofMinutes(30));
        assertThat(valueAsks(ana)).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("what Eastside Food Bank brings"));
    }

    @Test
    @DisplayName("a value question answered on one line of three counts in no average: the report and /partner show "
            + "count only questions answered on every line, and a later part-answer leaves the last full one standing")
    void partAnswersCountNowhere() {
        // GIVEN ana is cultivating the food bank and Lincoln High, and the second quarter's value questions come
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun

        // WHEN she rates the food bank 4, 3 and 5, but Lincoln High only 1 on its first line, then skips
        Reply food = ana.reads(valueAsks(ana).get(0).reply());
        ana.pressesId(button(food, 0, 4));
        ana.pressesId(button(food, 1, 3));
        ana.pressesId(button(food, 2, 5));
        bot.advance(Duration.ofMinutes(1));
        Reply lincoln = ana.reads(valueAsks(ana).get(1).reply());
        assertThat(lincoln.plainText()).contains("what Lincoln High brings");
        ana.pressesId(button(lincoln, 0, 1));
        String skipped = ana.presses("Skip").plainText();

        // THEN she is told her line is kept but counts only with all three
        assertThat(skipped).contains("Skipped", "What you rated is kept",
                "count a question only once all three lines are rated");
        // AND the quarter's average value is the food bank's 4.0, not (4.0 + 1.0) / 2
        bot.advance(Duration.ofDays(95));   // into the third quarter
        Member cora = bot.coordinator("cora");
        Reply q2 = cora.runs("report quarter", "which", "2026-Q2");
        assertThat(q2.plainText()).contains("Average value: 4.0 (new this quarter)", "Q2 2026: Trust no ratings yet · Value 4.0",
                "answered on all three lines").doesNotContain("2.5");
        assertThat(new String(QuarterReportTest.file(q2, ".csv"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("average value,2026-Q2,end of quarter,4.0,")
                .contains("Eastside Food Bank,Food and nutrition · Cultivating · 0 touchpoints (90 days),1,"
                        + "\"" + QuarterReport.PARTNER_TIES + "\",,4.0\r\n")
                .contains("Lincoln High,Education · Cultivating · 0 touchpoints (90 days),1,"
                        + "\"" + QuarterReport.PARTNER_TIES + "\",,\r\n");
        assertThat(cora.runs("partner show", "partner", "Lincoln High").plainText())
                .as("no score to show: one line is not its value").doesNotContain("Partnership health", "Value: 1");

        // WHEN in the third quarter she rates the food bank 1 on one line and leaves it there
        Reply again = ana.reads(valueAsks(ana).stream().filter(a -> a.reply().plainText().contains("Eastside"))
                .reduce((a, b) -> b).orElseThrow().reply());
        ana.pressesId(button(again, 0, 1));

        // THEN the food bank's value is still its last full answer
        assertThat(cora.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("a partner deleted while its value question is open does not hold back the owner's other partners' "
            + "questions for the rest of the quarter")
    void deletedPartnerDoesNotHoldTheQueue() {
        // GIVEN ana is cultivating the food bank and Lincoln High, and the food bank's value question has come
        Member ana = cultivatingTheFoodBankAnd("Lincoln High 🏫");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));

        // WHEN the food bank, added by mistake, is deleted before she answers
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");
        bot.advance(Duration.ofHours(1));

        // THEN Lincoln High's question comes at the next hourly planning
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(valueAsks(ana).get(1).reply().plainText()).contains("what Lincoln High 🏫 brings");
    }

    @Test
    @DisplayName("a value question held for quiet hours is not sent about a partner deleted meanwhile, is sent under a "
            + "name changed meanwhile, and a button of one sent before its partner was deleted changes nothing")
    void valueQuestionAboutADeletedPartner() {
        // GIVEN the food bank and Lincoln High, cultivated; the quarter's questions are planned at midnight UTC, when
        // ana's quiet hours hold them until 08:00
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(29).plusHours(9).plusMinutes(30));   // 1 April 2026, 00:30 UTC
        assertThat(valueAsks(ana)).isEmpty();

        // WHEN the food bank is deleted before 08:00
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");
        ana.runs("partner edit", "partner", "Lincoln High", "name", "Lincoln High School **Eagles**");
        bot.advance(Duration.ofHours(9));

        // THEN no question about it comes; Lincoln High's comes, under its new name
        assertThat(valueAsks(ana)).noneSatisfy(dm -> assertThat(dm.reply().plainText()).contains("Eastside"));
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Lincoln High School \\*\\*Eagles\\*\\* brings"));

        // WHEN Lincoln High is deleted too, and ana presses a number on its question
        Reply dm = ana.reads(valueAsks(ana).get(0).reply());
        ana.runs("partner delete", "partner", "Lincoln High School **Eagles**");
        ana.presses("Delete for good");
        String pressed = ana.pressesId(button(dm, 0, 4)).plainText();

        // THEN she is told there is nothing to rate, and nothing is stored
        assertThat(pressed).contains("no longer on the outreach list", "Nothing was changed").doesNotContain("Saved");
        int ratings = bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM partnership_ratings", rs -> rs.getInt(1))).orElseThrow();
        assertThat(ratings).isZero();
    }

    @Test
    @DisplayName("a value question held for quiet hours is not sent about a partner the coalition moved on from "
            + "meanwhile, and does not hold back the owner's next partner's question")
    void valueQuestionAboutAnArchivedPartner() {
        // GIVEN the food bank and Lincoln High, cultivated; the food bank's question is planned at 00:30 UTC, held
        // by ana's quiet hours until 08:00
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(29).plusHours(9).plusMinutes(30));   // 1 April 2026, 00:30 UTC
        assertThat(valueAsks(ana)).isEmpty();

        // WHEN a coordinator archives the food bank before 08:00
        bot.coordinator("cora").runs("partner archive", "partner", "Eastside Food Bank", "reason", "closed down");
        bot.advance(Duration.ofHours(9));

        // THEN ana is not asked to rate a partner the coalition moved on from; Lincoln High's question comes
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Lincoln High brings").doesNotContain("Eastside"));
        assertThat(openValueQuestionsAbout("Eastside Food Bank")).as("no question about it left waiting").isZero();
    }

    @Test
    @DisplayName("a partner brought back in the quarter after its held value question was withdrawn is asked about "
            + "once more, after the owner's open question, and the answer counts")
    void archivedThenRestoredIsAskedAgain() {
        // GIVEN the food bank's question, held for ana's quiet hours, was withdrawn when a coordinator archived it,
        // and Lincoln High's came instead
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(29).plusHours(9).plusMinutes(30));   // 1 April 2026, 00:30 UTC
        Member cora = bot.coordinator("cora");
        cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "closed down");
        bot.advance(Duration.ofHours(9));
        Reply lincoln = ana.reads(valueAsks(ana).get(0).reply());

        // WHEN the coordinator restores the food bank, and ana answers Lincoln High in full
        cora.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofHours(1));
        assertThat(valueAsks(ana)).as("one open question at a time: Lincoln High's first").hasSize(1);
        ratesEveryLine(ana, lincoln, 4);
        bot.advance(Duration.ofMinutes(1));

        // THEN the food bank's question comes, once, and her answer counts in its figures
        assertThat(valueAsks(ana)).hasSize(2);
        Reply food = ana.reads(valueAsks(ana).get(1).reply());
        assertThat(food.plainText()).contains("what Eastside Food Bank brings");
        ratesEveryLine(ana, food, 5);
        bot.advance(Duration.ofDays(20));
        assertThat(valueAsks(ana)).as("once per partner and quarter").hasSize(2);
        assertThat(cora.runs("partner show", "partner", "Eastside Food Bank").plainText()).contains("Value: 5.0 / 5");
    }

    @Test
    @DisplayName("a partner handed over before its value question was answered in full is asked of its new owner "
            + "that quarter; one answered in full is not asked again, and a skip of the new owner's stands")
    void handedOverMidQuarter() {
        // GIVEN ana is cultivating the food bank and Lincoln High, and the second quarter's first question has come
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner stage", "partner", "Lincoln High", "stage", "cultivating");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        Reply food = ana.reads(valueAsks(ana).get(0).reply());
        assertThat(food.plainText()).contains("what Eastside Food Bank brings");

        // WHEN she rates one line of three and hands the food bank to bea
        ana.pressesId(button(food, 0, 4));
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(1));

        // THEN bea is asked about it this quarter, and ana's next partner's question comes
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(valueAsks(ana)).hasSize(2);
        Reply lincoln = ana.reads(valueAsks(ana).get(1).reply());
        assertThat(lincoln.plainText()).contains("what Lincoln High brings");

        // WHEN ana answers Lincoln High in full and hands it to bea too
        ana.pressesId(button(lincoln, 0, 4));
        ana.pressesId(button(lincoln, 1, 4));
        ana.pressesId(button(lincoln, 2, 4));
        ana.runs("partner owner", "partner", "Lincoln High", "member", String.valueOf(bea.id()));
        // AND bea skips the food bank's question, which then comes back to ana
        bea.reads(valueAsks(bea).get(0).reply());
        assertThat(bea.presses("Skip").plainText()).contains("Skipped", "next quarter");
        bea.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(ana.id()));
        bot.advance(Duration.ofDays(20));

        // THEN nobody is asked again this quarter: Lincoln High has its answer, each was asked about the food bank
        assertThat(valueAsks(bea)).as("Lincoln High was answered in full: one answer a quarter is enough").hasSize(1);
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Lincoln High").plainText())
                .contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("after a hand-over, the old owner's presses on her question settle nothing: the new owner's open "
            + "question about the partner holds their queue until they answer it, and their answer is the value")
    void newOwnersQuestionStandsAfterTheFormerOwnersPresses() {
        // GIVEN ana cultivates the food bank; bea cultivates Lincoln High and Grace Church
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        Member bea = bot.member("bea");
        for (String name : List.of("Lincoln High", "Grace Church 🙏")) {
            bea.runs("partner add", "name", name, "sector", "education");
            bea.runs("partner stage", "partner", name, "stage", "cultivating");
        }
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        Reply food = ana.reads(valueAsks(ana).get(0).reply());
        Reply lincoln = bea.reads(valueAsks(bea).get(0).reply());
        assertThat(lincoln.plainText()).contains("what Lincoln High brings");

        // WHEN ana hands the food bank to bea before answering, and bea answers Lincoln High
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        ratesEveryLine(bea, lincoln, 4);
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(bea)).hasSize(2);
        assertThat(valueAsks(bea).get(1).reply().plainText()).contains("what Eastside Food Bank brings");
        // AND ana presses 5 on every line of the question she still has
        ana.reads(food);
        ratesEveryLine(ana, food, 5);
        bot.advance(Duration.ofMinutes(1));

        // THEN the food bank has no answer: bea's question about it stays open, and Grace Church's waits for it
        assertThat(valueAsks(bea)).hasSize(2);
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Value:");

        // WHEN bea answers it
        ratesEveryLine(bea, bea.reads(valueAsks(bea).get(1).reply()), 3);
        bot.advance(Duration.ofMinutes(1));

        // THEN her next partner's question comes, and hers is the food bank's value
        assertThat(valueAsks(bea)).hasSize(3);
        assertThat(valueAsks(bea).get(2).reply().plainText()).contains("what Grace Church 🙏 brings");
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 3.0 / 5");
    }

    @Test
    @DisplayName("a new owner's value question held for quiet hours is still sent when the old owner presses her old "
            + "question meanwhile: her presses save nothing")
    void heldQuestionNotSettledByTheOldOwner() {
        // GIVEN ana's food bank question came on 1 April, and at 22:00 she hands the food bank to bea unanswered
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        Reply food = ana.reads(valueAsks(ana).get(0).reply());
        bot.advance(Duration.ofHours(7));   // 22:00: bea's quiet hours
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(1));   // bea's question is planned, held until 08:00

        // WHEN ana presses 3 on every line before then
        ratesEveryLine(ana, food, 3);
        bot.advance(Duration.ofHours(10));

        // THEN bea is asked, and the food bank has no value until she answers
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Value:");
    }

    @Test
    @DisplayName("a value question held for quiet hours when its partner is handed on goes to the new owner, not the "
            + "former one; the former owner's next partner's question comes, and a restart asks nobody twice")
    void heldQuestionGoesToTheNewOwner(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // GIVEN ana cultivates the food bank and Lincoln High; the quarter's first question, about the food bank, is
        // planned at midnight UTC and held by her quiet hours until 08:00
        onFile(dir);
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofDays(29).plusHours(9).plusMinutes(30));   // 1 April 2026, 00:30 UTC
        assertThat(valueAsks(ana)).isEmpty();

        // WHEN she hands the food bank on to bea before 08:00
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(9));

        // THEN the food bank's question goes to bea, and ana is asked only about the partner still hers
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Lincoln High brings").doesNotContain("Eastside"));
        assertThat(valueRatersOf("Eastside Food Bank")).as("ana's unsent question was taken back")
                .containsExactly(bea.id());

        // WHEN the bot restarts, and the quarter goes on
        bot.restart();
        bot.advance(Duration.ofDays(20));

        // THEN nobody is asked again, and bea's answer counts
        assertThat(valueAsks(ana)).hasSize(1);
        assertThat(valueAsks(bea)).hasSize(1);
        ratesEveryLine(bea, bea.reads(valueAsks(bea).get(0).reply()), 4);
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 4.0 / 5");
    }

    @Test
    @DisplayName("a partner handed on after its former owner answered its value question in full keeps that answer "
            + "for the quarter: the new owner is not asked about it")
    void formerOwnersFullAnswerCounts() {
        // GIVEN ana answered the food bank's question in full this quarter
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        Member bea = bot.member("bea");
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        ratesEveryLine(ana, ana.reads(valueAsks(ana).get(0).reply()), 2);

        // WHEN she hands it on to bea
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));
        bot.advance(Duration.ofDays(20));

        // THEN bea is not asked about it this quarter, and ana's answer is the food bank's value
        assertThat(valueAsks(bea)).isEmpty();
        assertThat(valueAsks(ana)).extracting(dm -> dm.reply().plainText())
                .anySatisfy(text -> assertThat(text).contains("what Lincoln High brings"));
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Value: 2.0 / 5");
    }

    @Test
    @DisplayName("Skip on a value question passes on that partner only: the question and the reply say so, and the "
            + "owner's next partner's question still comes that quarter, after a restart too")
    void skipPassesOnOnePartner(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // GIVEN ana cultivates the food bank and Lincoln High, and the food bank's question has come
        onFile(dir);
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        Reply food = ana.reads(valueAsks(ana).get(0).reply());
        assertThat(food.plainText()).contains("what Eastside Food Bank brings",
                "Skip passes on this partner only, until next quarter.");

        // WHEN she presses Skip
        String skipped = ana.presses("Skip").plainText();

        // THEN she is told it is about the food bank alone
        assertThat(skipped).contains("Skipped, no problem. I'll ask about Eastside Food Bank again next quarter;",
                "questions about your other partners still come as usual.");

        // AND after a restart, Lincoln High's question comes this quarter; the food bank's does not come back
        bot.restart();
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).hasSize(2);
        Reply lincoln = ana.reads(valueAsks(ana).get(1).reply());
        assertThat(lincoln.plainText()).contains("what Lincoln High brings");
        ratesEveryLine(ana, lincoln, 5);
        bot.advance(Duration.ofDays(20));
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(skippedValueQuestionsAbout("Eastside Food Bank")).isEqualTo(1);
        assertThat(bot.coordinator("cora").runs("partner show", "partner", "Lincoln High").plainText())
                .contains("Value: 5.0 / 5");
    }

    @Test
    @DisplayName("after a Skip or a full answer mid-quarter, the owner's next partner's question comes within a minute "
            + "while time passes, as the bot's 30-second poll sends it, not when some other work falls due")
    void nextQuestionComesWithinAMinuteOfASkip() {
        // GIVEN ana cultivates the food bank, Lincoln High and Grace Church, and the food bank's question has come
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner stage", "partner", "Grace Church", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        ana.reads(valueAsks(ana).get(0).reply());

        // WHEN she skips it, then an hour passes
        java.time.Instant skipped = bot.clock().instant();
        ana.presses("Skip");
        bot.advance(Duration.ofHours(1));

        // THEN Lincoln High's question was asked within the minute after her Skip
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(askedAt("Lincoln High")).isBefore(skipped.plus(Duration.ofMinutes(1)));

        // AND the same after she answers Lincoln High's on every line: Grace Church's follows within the minute
        Reply lincoln = ana.reads(valueAsks(ana).get(1).reply());
        java.time.Instant answered = bot.clock().instant();
        ratesEveryLine(ana, lincoln, 4);
        bot.advance(Duration.ofHours(1));
        assertThat(valueAsks(ana)).hasSize(3);
        assertThat(askedAt("Grace Church")).isBefore(answered.plus(Duration.ofMinutes(1)));
    }

    /** When the partner's value question was asked, as stored. */
    private java.time.Instant askedAt(String partner) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT a.asked_at FROM"
                + " partnership_asks a JOIN partners p ON p.id = a.partner_id WHERE p.name = ? AND a.kind = 'VALUE'",
                rs -> org.partnercoach.storage.Database.instant(rs, 1), partner)).orElseThrow();
    }

    @Test
    @DisplayName("Skip on the trust pulse names the partner it passes on")
    void trustSkipNamesItsPartner() {
        Member ana = ana();
        log(ana);
        assertThat(ana.presses("Skip").plainText())
                .contains("Skipped, no problem. I'll ask about Eastside Food Bank again in 30 days at the earliest.");
    }

    /** The members asked the value question about the partner, as stored. */
    private List<Long> valueRatersOf(String partner) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c, "SELECT a.rater_id FROM"
                + " partnership_asks a JOIN partners p ON p.id = a.partner_id WHERE p.name = ? AND a.kind = 'VALUE'"
                + " ORDER BY a.id", rs -> rs.getLong(1), partner));
    }

    /** The value questions about the partner that were skipped, as stored. */
    private int skippedValueQuestionsAbout(String partner) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT COUNT(*) FROM"
                + " partnership_asks a JOIN partners p ON p.id = a.partner_id WHERE p.name = ? AND a.kind = 'VALUE'"
                + " AND a.skipped_at IS NOT NULL", rs -> rs.getInt(1), partner)).orElseThrow();
    }

    /** The value questions about the partner still waiting for an answer, as stored. */
    private int openValueQuestionsAbout(String partner) {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT COUNT(*) FROM"
                + " partnership_asks a JOIN partners p ON p.id = a.partner_id WHERE p.name = ? AND a.kind = 'VALUE'"
                + " AND a.skipped_at IS NULL", rs -> rs.getInt(1), partner)).orElseThrow();
    }

    @Test
    @DisplayName("a value question for an owner whose DMs are closed is never posted in the reminder channel, where "
            + "every member would read it and the ratings pressed under it: coordinators see it could not be delivered")
    void valueQuestionOnlyByDm() {
        // GIVEN a reminder channel every member reads, and ana's DMs closed
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.messenger().closeDmsOf(ana.id());

        // WHEN the quarter's questions are sent
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun

        // THEN nothing about the food bank's value is posted in the channel, and /coach status names the failure
        assertThat(bot.messenger().postsIn(555)).noneSatisfy(post -> assertThat(post.reply().plainText())
                .contains("Once a quarter"));
        assertThat(bot.coordinator("cora").runs("coach status").text()).contains("Messages that failed: 1",
                "their DMs are closed");
    }

    @Test
    @DisplayName("a value question her closed DMs kept from her is tried again a week later, not held all quarter: "
            + "once she opens her DMs it comes, her other partners' questions follow in their turn, each once, and "
            + "coordinators read that the bot tries again")
    void undeliveredValueQuestionIsTriedAgainWeekly() {
        // GIVEN ana cultivates the food bank and Lincoln High, and her DMs are closed when the quarter's questions go
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.messenger().closeDmsOf(ana.id());
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC: tried at 08:00, after her quiet hours
        assertThat(valueAsks(ana)).isEmpty();
        assertThat(failedValueSends()).isEqualTo(1);
        // (her cultivate reminders failed too: they are listed on lines of their own)
        assertThat(bot.coordinator("cora").runs("coach status").text().lines()
                .filter(line -> line.contains("value question")).toList()).singleElement().asString()
                .contains("a quarterly value question to <@" + ana.id() + ">: their DMs are closed",
                        "allow DMs from server members", "by DM only",
                        "tries again a week after each try, until the quarter ends")
                .doesNotContain("reminder channel");

        // WHEN five days pass with her DMs still closed, the bot does not knock every hour
        bot.advance(Duration.ofDays(5));
        assertThat(failedValueSends()).as("not tried again within the week").isEqualTo(1);

        // WHEN she opens her DMs, and the week since the first try is over
        bot.messenger().openDmsOf(ana.id());
        java.time.Instant weekAfter = java.time.Instant.parse("2026-04-08T08:00:00Z");
        bot.advance(Duration.ofDays(3));

        // THEN the food bank's question comes at the first planning after that week, as the real bot's would
        assertThat(valueAsks(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        assertThat(askedAt("Eastside Food Bank")).isBetween(weekAfter, weekAfter.plus(Duration.ofHours(1)));

        // AND once she answers it, Lincoln High's follows; neither is asked twice in the quarter
        ratesEveryLine(ana, ana.reads(valueAsks(ana).get(0).reply()), 4);
        bot.advance(Duration.ofMinutes(1));
        assertThat(valueAsks(ana)).hasSize(2);
        assertThat(valueAsks(ana).get(1).reply().plainText()).contains("what Lincoln High brings");
        bot.advance(Duration.ofDays(30));
        assertThat(valueAsks(ana)).as("each once").hasSize(2);
        assertThat(valueRatersOf("Eastside Food Bank")).as("one question stored, the one she received").hasSize(1);
        assertThat(failedValueSends()).isEqualTo(1);
    }

    @Test
    @DisplayName("an owner whose DMs stay closed all quarter is tried once a week, and nothing of that quarter is asked "
            + "after it ends")
    void closedAllQuarterTriedWeeklyUntilItEnds() {
        // GIVEN ana cultivates the food bank, her DMs closed
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.messenger().closeDmsOf(ana.id());

        // WHEN the whole second quarter passes, then she opens her DMs in the third
        bot.advance(Duration.ofDays(30));   // 1 April 2026
        bot.advance(Duration.ofDays(91));   // 1 July 2026, 15:00 UTC
        int tries = failedValueSends();
        bot.messenger().openDmsOf(ana.id());
        bot.advance(Duration.ofDays(8));

        // THEN the second quarter's question was tried once a week (1, 8, ... 24 June: 13 tries), and only the third
        // quarter's reaches her
        assertThat(tries).isBetween(13, 14);
        assertThat(valueAsks(ana)).singleElement();
        assertThat(valueQuestionQuarters()).containsExactly("2026-Q3");
    }

    @Test
    @DisplayName("a value question planned on the quarter's last evening and held for quiet hours is not sent in the "
            + "next quarter: the owner gets that quarter's question, one message")
    void notAskedAfterItsQuarterEnds() {
        // GIVEN ana added the food bank before the second quarter, and starts cultivating it on its last evening
        Member ana = ana();
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-06-30T22:30:00Z")));
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");

        // WHEN its question is planned before midnight, held by her quiet hours until 08:00 in the third quarter
        bot.advance(Duration.ofMinutes(70));   // 23:40: an hour after the last planning
        assertThat(valueAsks(ana)).isEmpty();
        bot.advance(Duration.ofHours(9));

        // THEN she is asked once, for the quarter that has begun
        assertThat(valueAsks(ana)).singleElement();
        assertThat(valueQuestionQuarters()).containsExactly("2026-Q3");
    }

    @Test
    @DisplayName("a partner added and moved to cultivating in the same quarter is not asked about that quarter: its "
            + "value question comes once the next quarter begins")
    void partnerAddedThisQuarterWaitsForTheNext() {
        // GIVEN the second quarter has begun, and ana adds Lincoln High and starts cultivating it
        Member ana = bot.member("ana");
        bot.advance(Duration.ofDays(30));   // 1 April 2026
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner stage", "partner", "Lincoln High", "stage", "cultivating");

        // WHEN the rest of the quarter passes
        bot.advance(Duration.ofDays(80));   // 20 June 2026
        assertThat(valueAsks(ana)).as("not asked in the quarter it was added").isEmpty();
        bot.advance(Duration.ofDays(12));   // 2 July 2026: the third quarter has begun

        // THEN its question comes in the next quarter
        assertThat(valueAsks(ana)).singleElement()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("what Lincoln High brings"));
    }

    @Test
    @DisplayName("a walk of the clock stops at the hourly planning: a partner moved to cultivating mid-quarter is "
            + "asked within the hour of a three-day walk, not at its end")
    void clockWalkStopsAtHourlyPlanning() {
        // GIVEN the second quarter has begun with the food bank still being researched
        Member ana = ana();
        bot.advance(Duration.ofDays(30));
        java.time.Instant moved = bot.clock().instant();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");

        // WHEN three days pass in one walk
        bot.advance(Duration.ofDays(3));

        // THEN its question was asked within the hour, as the real bot's hourly planning would
        assertThat(valueAsks(ana)).singleElement();
        assertThat(askedAt("Eastside Food Bank")).isBefore(moved.plus(Duration.ofMinutes(61)));
    }

    @Test
    @DisplayName("a value question left open past its quarter's end takes no new answer and no Skip: she is told the "
            + "quarter has ended and this quarter's question comes in its turn, not that she is asked next quarter")
    void lastQuartersQuestionAfterItEnds() {
        // GIVEN ana left the second quarter's question about the food bank unanswered, and the third's has come
        Member ana = ana();
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));   // 1 April 2026
        Reply second = ana.reads(valueAsks(ana).get(0).reply());
        bot.advance(Duration.ofDays(91));   // 1 July 2026, 15:00 UTC
        assertThat(valueAsks(ana)).hasSize(2);

        // WHEN she presses a number, then Skip, on the second quarter's question
        String rated = ana.pressesId(button(second, 0, 4)).plainText();
        CustomId skip = second.buttons().stream().filter(b -> b.label().equals("Skip")).findFirst().orElseThrow().id();
        String skipped = ana.pressesId(skip).plainText();

        // THEN nothing is stored, and she is told why and what comes
        for (String reply : List.of(rated, skipped)) {
            assertThat(reply).contains("This question was for Q2 2026 (Apr – Jun), which has ended",
                    "Nothing was changed", "This quarter's question about Eastside Food Bank comes by DM in its turn")
                    .doesNotContain("Saved", "next quarter");
        }
        assertThat(skippedValueQuestionsAbout("Eastside Food Bank")).isZero();
        int ratings = bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM partnership_ratings", rs -> rs.getInt(1))).orElseThrow();
        assertThat(ratings).isZero();

        // AND the third quarter's question still takes her answer
        ratesEveryLine(ana, ana.reads(valueAsks(ana).get(1).reply()), 4);
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText()).contains("Value: 4.0 / 5");
    }

    /** The quarters of the value questions stored. */
    private List<String> valueQuestionQuarters() {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.list(c, "SELECT period_key FROM"
                + " partnership_asks WHERE kind = 'VALUE' ORDER BY id", rs -> rs.getString(1)));
    }

    /** The value questions the bot gave up on, as stored in the outbox. */
    private int failedValueSends() {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT COUNT(*) FROM"
                + " scheduled_sends WHERE kind = 'partner-value' AND status = 'FAILED'", rs -> rs.getInt(1)))
                .orElseThrow();
    }

    @Test
    @DisplayName("someone else's value question pressed says when hers come: by DM once a quarter, not after a "
            + "touchpoint, which brings the trust pulse")
    void someoneElsesValueQuestion() {
        Member ana = cultivatingTheFoodBankAnd("Lincoln High");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the quarter's first question comes
        Reply question = valueAsks(ana).get(0).reply();

        String refused = bot.member("bea").pressesId(button(question, 0, 4)).plainText();

        assertThat(refused).contains("This question was for <@" + ana.id() + ">. Yours come by DM once a quarter, "
                + "one for each partner you look after from the cultivating stage on. Nothing was changed.")
                .doesNotContain("touchpoint");
    }

    private List<RecordingMessenger.Sent> valueAsks(Member m) {
        return bot.messenger().directTo(m.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).toList();
    }
}
