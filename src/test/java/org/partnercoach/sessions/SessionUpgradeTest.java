package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.picksFirstAnswer;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.Engine;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Group sessions kept by the version before V47 go on working after the upgrade")
class SessionUpgradeTest {

    private static final String V47 = "/db/migration/V47__session_posts_and_hand_overs_in_their_own_columns.sql";

    /** V47's statements, comments removed and its placeholder filled in for the engine tests run on now. */
    private static List<String> v47Statements() {
        try (var in = SessionUpgradeTest.class.getResourceAsStream(V47)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "")
                    .replace("${text}", TestBot.engine() == Engine.H2 ? "CLOB" : "TEXT");
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every point at which a kill can stop V47: after none of its statements, after each one. */
    static IntStream statementsRun() {
        return IntStream.rangeClosed(0, v47Statements().size());
    }

    /** Everything the thread shows now, each message as last edited. */
    private static String threadReads(TestBot bot, long thread) {
        return bot.messenger().shownIn(thread).stream().map(Reply::plainText).collect(Collectors.joining("\n---\n"));
    }

    /** Ana's ended session, where Ben and Cy answered, with its summary posted twice (the end, and Cy's request). */
    private static long endedWithTwoSummaries(TestBot bot, Member ana, Member ben, Member cy) {
        ana.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
        bot.app().scheduler().runDue();
        long thread = thread(bot);
        Reply q1 = latestQuestion(bot, thread);
        ben.answersInThread(thread, q1, "The harbor master");
        cy.answersInThread(thread, q1, "The clinic's outreach nurse");
        ana.readsInThread(thread, q1);
        ana.presses("End");
        bot.app().scheduler().runDue();
        // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
        bot.advance(java.time.Duration.ofMinutes(5));
        cy.runsInThread(thread, "session summary");
        bot.app().scheduler().runDue();
        assertThat(threadReads(bot, thread)).contains("Summary: Harbor circle", "Summary (again): Harbor circle",
                "The clinic's outreach nurse");
        return thread;
    }

    @ParameterizedTest(name = "V47 stopped after {0} statement(s), then run again")
    @MethodSource("statementsRun")
    @DisplayName("a posted summary and a hand-over stored by V46 still count after the upgrade, even when a kill "
            + "stopped it part-way")
    void v46RowsWorkAfterTheUpgrade(int ran) {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN an ended session with two summaries in its thread
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            Member dee = bot.member("dee");
            long harbor = endedWithTwoSummaries(bot, ana, ben, cy);
            // AND an open one, quiet since Ben's answer, that Ana hands to Dee ten days later
            ana.runs("session start", "plan", "tip-1", "title", "Autumn circle");
            bot.app().scheduler().runDue();
            long autumn = thread(bot);
            ben.answersInThread(autumn, latestQuestion(bot, autumn), "The food pantry");
            bot.advance(Duration.ofDays(10));
            assertThat(ana.runsInThread(autumn, "session facilitator", "member", String.valueOf(dee.id())).text())
                    .contains("now facilitates");

            // AND the database as V46 kept them: the summaries' messages in "summary", the hand-over in "opening_at"
            Database rows = bot.storedRows();
            rows.write(c -> {
                Database.update(c, "UPDATE group_sessions SET summary = summary_message_ids,"
                        + " opening_at = COALESCE(handed_over_at, opening_at)");
                Database.update(c, "ALTER TABLE group_sessions DROP COLUMN summary_message_ids");
                Database.update(c, "ALTER TABLE group_sessions DROP COLUMN handed_over_at");
                // V47 and those after it not applied yet (each can run again from any point, so their tables may stay)
                return Database.update(c, "DELETE FROM flyway_schema_history WHERE installed_rank >="
                        + " (SELECT installed_rank FROM flyway_schema_history WHERE version = '47')");
            });
            // AND a first start on V47 killed after `ran` of its statements
            List<String> v47 = v47Statements();
            rows.write(c -> {
                for (String statement : v47.subList(0, ran)) {
                    Database.update(c, statement);
                }
                return null;
            });

            // WHEN the bot starts again, and upgrades the database
            bot.restart();

            // THEN the values have their own columns, and the old ones say what their names say again
            List<String> stored = bot.storedRows().read(c -> Database.list(c, "SELECT title, summary,"
                    + " summary_message_ids IS NOT NULL, handed_over_at, opening_at FROM group_sessions ORDER BY id",
                    rs -> rs.getString(1) + " summary=" + rs.getString(2) + " posts=" + rs.getBoolean(3)
                            + " handedOver=" + Database.instant(rs, 4) + " opening=" + Database.instant(rs, 5)));
            assertThat(stored).containsExactly(
                    "Harbor circle summary=null posts=true handedOver=null opening=" + TestBot.START,
                    "Autumn circle summary=null posts=false handedOver="
                            + TestBot.START.plus(Duration.ofDays(10).plusMinutes(5))
                            + " opening=null");

            // WHEN Cy changes his answer in the ended session
            picksFirstAnswer(cy);
            cy.presses("Edit");
            assertThat(cy.submits("answer", "Dr. Okafor, who runs the clinic").text())
                    .contains("Updated your answer", "updating the summaries posted in the thread");
            bot.app().scheduler().runDue();

            // THEN both summaries in its thread show his new words
            String harborReads = threadReads(bot, harbor);
            assertThat(harborReads).doesNotContain("outreach nurse");
            assertThat(harborReads.split("Dr. Okafor, who runs the clinic", -1)).hasSize(3);

            // AND the handed-over session still gets two weeks from its hand-over: open 13 days on, closed on the 14th
            int before = posts(bot, autumn).size();
            bot.advance(Duration.ofDays(13));
            assertThat(ben.runs("session list").plainText()).contains("Autumn circle", "led by <@" + dee.id() + ">");
            assertThat(posts(bot, autumn)).hasSize(before);
            bot.advance(Duration.ofDays(1));
            assertThat(lastPost(bot, autumn).plainText()).contains("Summary: Autumn circle", "closed by itself");
        }
    }

    @Test
    @DisplayName("a summary that a process of the previous version recorded during a rolling update is brought up to "
            + "date too when a member asks to be forgotten")
    void summaryRecordedByThePreviousVersionDuringARollingUpdate() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN an ended session whose summaries a process of V46 recorded where V46 kept them
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long harbor = endedWithTwoSummaries(bot, ana, ben, cy);
            bot.storedRows().write(c -> Database.update(c, "UPDATE group_sessions SET summary = summary_message_ids,"
                    + " summary_message_ids = NULL"));

            // WHEN Ben asks to be forgotten
            ben.runs("privacy forget");
            assertThat(ben.presses("Delete my data").text()).contains("Done");
            bot.app().scheduler().runDue();

            // THEN neither summary shows his words any more; Cy's stay
            String shown = threadReads(bot, harbor);
            assertThat(shown).doesNotContain("The harbor master", "**ben**").contains("The clinic's outreach nurse",
                    "Summary: Harbor circle", "Summary (again): Harbor circle");
        }
    }
}
