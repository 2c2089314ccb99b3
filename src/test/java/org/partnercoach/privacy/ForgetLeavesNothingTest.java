package org.partnercoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * After {@code /privacy forget}, no table of the schema names the member or holds what they wrote for themselves:
 * every column of every table is looked through, so a table added later without its {@code PersonalData} fails
 * here.
 */
@DisplayName("/privacy forget: no table keeps the member's id or their own words")
class ForgetLeavesNothingTest {

    /** In everything Bea writes for herself (answers, reminders, names to add); never in the coalition's record. */
    private static final String HER_WORDS = "Zebrafish";

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a coordinator who used every feature is gone from every table; the coalition's record stays")
    void nothingLeft() {
        Member bea = bot.coordinator("bea");
        Member ana = bot.member("ana");
        Member cora = bot.coordinator("cora");
        everythingBeaDoes(bea, ana, cora);
        assertThat(whereIsBea(bea.id())).as("before forget, the scan finds her").isNotEmpty();

        bea.runs("privacy forget");
        assertThat(bea.presses("Delete my data").text()).contains("I deleted what I kept about you");

        assertThat(whereIsBea(bea.id())).as("columns that still hold Bea's id or her words").isEmpty();
        // the coalition's record stays, by "a former member"
        assertThat(cora.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Coffee with the director", "by a former member").doesNotContain("<@0>", "@member 0");
        // the session she led and answered in: its summary now holds Ana's answer only
        // a summary asked for within 5 minutes of the last, nothing changed, is pointed to instead
        bot.advance(java.time.Duration.ofMinutes(5));
        cora.runsInThread(thread(), "session summary");
        bot.app().scheduler().runDue();
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(thread());
        assertThat(posts.get(posts.size() - 1).reply().plainText()).contains("Summary", "Ana's idea")
                .doesNotContain(HER_WORDS);
    }

    /** The thread the bot opened last. */
    private long thread() {
        return bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** The DM's introduction, walks, names to add, a shared answer, settings, a partner with a touchpoint, a rating, a stage move, "I know
     * someone there", an introduction, a wait for someone who knows someone at a partner, a reminder, the digest, the
     * pulse setting, and a session she leads. */
    private void everythingBeaDoes(Member bea, Member ana, Member cora) {
        bea.runs("settings timezone", "zone", "Europe/Berlin");
        // a first DM before any walk: the introduction, which the bot notes as told once
        assertThat(bea.types("hi").plainText()).contains("I'm Partner Coach");
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", HER_WORDS + " Pantry, Lincoln High");
        bea.presses("Check and add");
        bea.submits("names", HER_WORDS + " Pantry\nLincoln High");
        bea.runs("coach progress");
        bea.runs("coach answers");
        bea.presses("Share 1");

        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        // a partner she added by mistake and deleted: the deletion is the coalition's record, by whom is hers
        bea.runs("partner add", "name", "Old Mill", "sector", "food");
        bea.runs("partner delete", "partner", "Old Mill");
        bea.presses("Delete for good");
        Reply pulse = bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bea.pressesId(((Row.Buttons) pulse.rows().get(0)).buttons().get(3).id());
        bea.runs("partner stage", "partner", "Eastside Food Bank", "stage", "connecting");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        // nobody else knows someone there: she waits for someone who does
        bea.runs("partner intro", "partner", "Eastside Food Bank");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner know", "partner", "Grace Church");
        bea.runs("partner intro", "partner", "Grace Church");
        bea.runs("remind", "when", "in 2 days", "what", "Call about " + HER_WORDS);
        bea.runs("digest setup", "day", "monday", "time", "09:00");
        bea.runs("digest subscribe");
        bea.runs("report pulse", "days", "60");
        bot.app().scheduler().runDue();

        bea.runs("session start", "plan", "ask-yourself", "title", "Spring circle");
        bot.app().scheduler().runDue();
        long thread = thread();
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(thread);
        Reply question = posts.get(posts.size() - 1).reply();
        assertThat(question.plainText()).startsWith("Question 1");
        for (Member m : List.of(bea, ana)) {
            m.answersInThread(thread, question, m == bea ? HER_WORDS + " idea" : "Ana's idea");
        }
        bea.readsInThread(thread, question);
        bea.presses("End");
        bot.app().scheduler().runDue();
    }

    /** Every column of the schema that holds Bea's id, or her words, as "table.column (rows)". */
    private List<String> whereIsBea(long beaId) {
        Database db = bot.storedRows();
        List<String[]> columns = db.read(c -> Database.list(c, """
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE LOWER(table_schema) = 'public' AND table_name <> 'flyway_schema_history'
                ORDER BY table_name, ordinal_position""",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        List<String> found = new ArrayList<>();
        for (String[] col : columns) {
            String type = col[2].toUpperCase(java.util.Locale.ROOT);
            String where;
            Object value;
            if (type.equals("BIGINT")) {
                where = "\"" + col[1] + "\" = ?";
                value = beaId;
            } else if (type.startsWith("CHARACTER")) {
                where = "\"" + col[1] + "\" LIKE ?";
                value = "%" + HER_WORDS + "%";
            } else {
                continue;
            }
            int rows = db.read(c -> Database.one(c, "SELECT COUNT(*) FROM \"" + col[0] + "\" WHERE " + where,
                    rs -> rs.getInt(1), value).orElse(0));
            if (rows > 0) {
                found.add(col[0] + "." + col[1] + " (" + rows + ")");
            }
        }
        return found;
    }
}
