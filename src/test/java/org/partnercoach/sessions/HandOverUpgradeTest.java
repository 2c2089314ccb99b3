package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Hand-over announcements kept among the summaries' messages by the build before V52 are found after the "
        + "upgrade")
class HandOverUpgradeTest {

    private static final String V52 = "/db/migration/V52__session_hand_over_message_in_its_own_column.sql";

    /** V52's statements, comments removed. */
    private static List<String> v52Statements() {
        try (var in = HandOverUpgradeTest.class.getResourceAsStream(V52)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every point at which a kill can stop V52: after none of its statements, after each one. */
    static IntStream statementsRun() {
        return IntStream.rangeClosed(0, v52Statements().size());
    }

    /** What each session's row keeps, by title: its summaries' messages and its latest hand-over announcement's. */
    private static List<String> kept(TestBot bot) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT title, summary_message_ids, handover_message_id"
                + " FROM group_sessions ORDER BY id", rs -> rs.getString(1) + ": " + rs.getString(2) + " | hand-over "
                + rs.getLong(3)));
    }

    /** The text of the latest edit of one message, or of nothing if it was never edited. */
    private static String lastEditOf(TestBot bot, long messageId) {
        return bot.messenger().edits().stream().filter(e -> e.messageId() == messageId)
                .map(e -> e.reply().text()).reduce((first, second) -> second).orElse("(never edited)");
    }

    @ParameterizedTest(name = "V52 stopped after {0} statement(s), then run again")
    @MethodSource("statementsRun")
    @DisplayName("a hand-over announcement kept as a 'hand-over:' entry among the summaries' messages moves to its own "
            + "column: a forget still edits it, and it no longer counts as a summary, even when a kill stopped the "
            + "upgrade part-way")
    void handOverEntryMovesToItsColumn(int ran) {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's Harbor circle, where Ben answered, handed to Cora, who ends it; Cy asks for the summary again
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cora = bot.member("cora");
            Member cy = bot.member("cy");
            Member dee = bot.member("dee");
            ana.runs("session start", "plan", "ask-yourself", "title", "Harbor circle");
            bot.app().scheduler().runDue();
            long harbor = thread(bot);
            Reply q1 = latestQuestion(bot, harbor);
            ben.answersInThread(harbor, q1, "The harbor master");
            ana.runsInThread(harbor, "session facilitator", "member", String.valueOf(cora.id()));
            bot.app().scheduler().runDue();
            cora.readsInThread(harbor, q1);
            cora.presses("End");
            bot.app().scheduler().runDue();
            cy.runsInThread(harbor, "session summary");
            bot.app().scheduler().runDue();
            // AND Ana's open Autumn circle, handed to Dee, with no summary yet
            ana.runs("session start", "plan", "tip-1", "title", "Autumn circle");
            bot.app().scheduler().runDue();
            long autumn = thread(bot);
            ana.runsInThread(autumn, "session facilitator", "member", String.valueOf(dee.id()));
            bot.app().scheduler().runDue();
            List<String> asKept = kept(bot);
            long harborAnnouncement = Long.parseLong(asKept.get(0).replaceAll(".* ", ""));
            long autumnAnnouncement = Long.parseLong(asKept.get(1).replaceAll(".* ", ""));

            // AND the database as the build before V52 kept them: each announcement a "hand-over:" entry in the
            // summaries' list (in Harbor's between its summaries, as a process of an older version leaves it when it
            // records a summary after it during a rolling update)
            Database rows = bot.storedRows();
            rows.write(c -> {
                Database.update(c, "UPDATE group_sessions SET summary_message_ids = REPLACE(summary_message_ids,"
                        + " ' ', ' hand-over:" + harborAnnouncement + " ') WHERE handover_message_id = ?",
                        harborAnnouncement);
                Database.update(c, "UPDATE group_sessions SET summary_message_ids = 'hand-over:"
                        + autumnAnnouncement + "' WHERE handover_message_id = ?", autumnAnnouncement);
                Database.update(c, "ALTER TABLE group_sessions DROP COLUMN handover_message_id");
                return Database.update(c, "DELETE FROM flyway_schema_history WHERE version = '52'");
            });
            List<String> beforeUpgrade = rows.read(c -> Database.list(c,
                    "SELECT summary_message_ids FROM group_sessions ORDER BY id", rs -> rs.getString(1)));
            assertThat(beforeUpgrade).satisfiesExactly(
                            h -> assertThat(h).matches("summary:\\d+ hand-over:" + harborAnnouncement
                                    + " summary-again:\\d+"),
                            a -> assertThat(a).isEqualTo("hand-over:" + autumnAnnouncement));
            // AND a first start on V52 killed after `ran` of its statements
            List<String> v52 = v52Statements();
            rows.write(c -> {
                for (String statement : v52.subList(0, ran)) {
                    Database.update(c, statement);
                }
                return null;
            });

            // WHEN the bot starts again, and upgrades the database
            bot.restart();

            // THEN each announcement has its own column, and the summaries' list holds summaries only
            assertThat(kept(bot)).satisfiesExactly(
                    h -> assertThat(h).matches("Harbor circle: summary:\\d+ summary-again:\\d+ \\| hand-over "
                            + harborAnnouncement),
                    a -> assertThat(a).isEqualTo("Autumn circle: null | hand-over " + autumnAnnouncement));

            // AND a third summary in Harbor's thread is one of three, not a fourth that lets the oldest go
            assertThat(cy.runsInThread(harbor, "session summary").text()).contains("Posting the summary")
                    .doesNotContain("oldest");
            bot.app().scheduler().runDue();

            // WHEN Cora and Dee ask to be forgotten
            cora.runs("privacy forget");
            cora.presses("Delete my data");
            dee.runs("privacy forget");
            dee.presses("Delete my data");
            bot.app().scheduler().runDue();

            // THEN neither announcement names anyone any more, and each says what the group can do
            assertThat(lastEditOf(bot, harborAnnouncement)).contains("asked me to forget them", "no one leads it now")
                    .doesNotContain("<@");
            assertThat(lastEditOf(bot, autumnAnnouncement)).contains("asked me to forget them",
                    "`/session facilitator`").doesNotContain("<@");
            // AND every summary in Harbor's thread still shows Ben's answer, none of them an older copy
            assertThat(bot.messenger().shownIn(harbor).stream().map(Reply::plainText)
                    .filter(t -> t.startsWith("Summary")).toList()).hasSize(3)
                    .allSatisfy(t -> assertThat(t).contains("The harbor master").doesNotContain("older copy"));
        }
    }
}
