package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The quarterly report counts who took part in the quarter, and says so beside the map's own count")
class LeftServerInReportTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** In Q1 2026: ana adds the food bank (she looks after it), bea knows someone there, carl begins a walk. */
    private Member seed() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("bea").runs("partner know", "partner", "Eastside Food Bank");
        bot.member("carl").runs("coach start");
        return cora;
    }

    @Test
    @DisplayName("ana and carl took part in Q1 and left in Q2: Q1's report still counts them, and says why its "
            + "figures differ from today's map")
    void tookPartStillCount() throws IOException {
        // GIVEN the first quarter, then ana and carl left the server in the second
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        bot.messenger().leaves(TestBot.GUILD, bot.member("ana").id());
        bot.messenger().leaves(TestBot.GUILD, bot.member("carl").id());

        // WHEN a coordinator makes last quarter's report
        Reply report = cora.runs("report quarter");

        // THEN the network as it stood counts them (the work was done), and the report says so, naming the map
        String note = "Counted: 2 people who have left the server since, as they took part in the quarter "
                + "(`/coalition map` leaves them out).";
        assertThat(report.plainText()).contains("1 partner and 3 members, 2 ties", "Members with no partner: 1",
                note).doesNotContain("Not counted");
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")))
                .contains("Counted: 2 people who have left the server since");
        assertThat(CsvText.of(QuarterReportTest.file(report, ".csv")))
                .contains("people who have left the server,counted: took part in the quarter,,2");
        // and the map, today, leaves them out as before
        assertThat(cora.runs("coalition map").plainText()).contains("1 partner and 1 member, 1 tie");
    }

    @Test
    @DisplayName("carl began a walk in Q1 and left: Q1's report lists him among the members with no partner in words, "
            + "not as a mention Discord can no longer show")
    void countedButGoneNamedInWords() {
        // GIVEN the first quarter, then carl left the server in the second
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        long carl = bot.member("carl").id();
        bot.messenger().leaves(TestBot.GUILD, carl);

        // WHEN a coordinator makes last quarter's report
        String text = cora.runs("report quarter").plainText();

        // THEN carl counts, named as someone who has left, never by his mention
        assertThat(text).contains("Members with no partner: 1: " + QuarterReport.LEFT_SINCE)
                .doesNotContain("<@" + carl + ">");
    }

    @Test
    @DisplayName("ana's only part in Q2 was answering the food bank's value question, then she left: Q2's report "
            + "counts her")
    void answeringTheValueQuestionIsTakingPart() {
        // GIVEN ana cultivates the food bank in Q1 (bea knows someone there); in Q2 she answers its value question
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.member("bea").runs("partner know", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(40));
        Reply question = ana.reads(bot.messenger().directTo(ana.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).findFirst().orElseThrow().reply());
        for (int row = 0; row < 3; row++) {
            ana.pressesId(((org.partnercoach.chat.Row.Buttons) question.rows().get(row)).buttons().get(3).id());
        }
        // AND she left the server before the report is made, in the third quarter
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.advance(Duration.ofDays(91));

        // WHEN a coordinator makes Q2's report
        String text = cora.runs("report quarter", "which", "2026-Q2").plainText();

        // THEN she counts, as she took part, with her tie to the food bank
        assertThat(text).contains("1 partner and 2 members, 2 ties",
                "Counted: 1 person who has left the server since, as they took part in the quarter",
                QuarterReport.TAKING_PART).doesNotContain("Not counted");
    }

    @Test
    @DisplayName("bea's only part in Q2 was answering in a group session, then she left: Q2's report counts her, as "
            + "the weekly digest counts her among its active members")
    void answeringInAGroupSessionIsTakingPart() {
        // GIVEN bea knows someone at the food bank since Q1; in Q2 she answers in cora's group session
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Member bea = bot.member("bea");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(40));
        cora.runs("session start", "plan", "tip-1", "title", "Spring circle");
        bot.app().scheduler().runDue();
        long thread = bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        java.util.List<org.partnercoach.support.RecordingMessenger.Sent> posts = bot.messenger().postsIn(thread);
        bea.answersInThread(thread, posts.get(posts.size() - 1).reply(), "The library and the food bank");
        // AND she left the server before the report is made, in the third quarter
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        bot.advance(Duration.ofDays(91));

        // WHEN a coordinator makes Q2's report
        String text = cora.runs("report quarter", "which", "2026-Q2").plainText();

        // THEN she counts, as she took part, with her tie to the food bank; and the report says what taking part is
        assertThat(text).contains("Counted: 1 person who has left the server since, as they took part in the quarter",
                "or answering in a group session.").doesNotContain("Not counted");
    }

    @Test
    @DisplayName("ana and carl left in Q2 having done nothing in it: Q2's report leaves them out as the map does, "
            + "last quarter's comparison too, and says so")
    void tookNoPartLeftOut() throws IOException {
        // GIVEN the first quarter; early in the second ana and carl left, bea stayed; the third has begun
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        long ana = bot.member("ana").id();
        long carl = bot.member("carl").id();
        bot.messenger().leaves(TestBot.GUILD, ana);
        bot.messenger().leaves(TestBot.GUILD, carl);
        bot.advance(Duration.ofDays(91));

        // WHEN a coordinator makes Q2's report
        Reply report = cora.runs("report quarter", "which", "2026-Q2");

        // THEN the food bank rests on bea alone, as the map says, and nobody gone is named
        assertThat(report.plainText()).contains("Partnership report · Q2 2026", "1 partner and 1 member, 1 tie",
                        "Fragile partners: 1", "Members with no partner: 0 (same as last quarter)",
                        "Not counted: 2 people who have left the server and took no part in the quarter, and their "
                                + "ties.")
                .doesNotContain("<@" + ana + ">", "<@" + carl + ">", "Counted: ");
        String csv = CsvText.of(QuarterReportTest.file(report, ".csv"));
        assertThat(csv).contains("people who have left the server,not counted: took no part in the quarter,,2")
                .doesNotContain("users/" + ana, "users/" + carl);
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")))
                .contains("Not counted: 2 people who have left the server");
        assertThat(cora.runs("coalition map").plainText()).contains("1 partner and 1 member, 1 tie");
        // and Discord was asked about this server's members only
        assertThat(bot.messenger().membershipQuestions()).containsOnly(TestBot.GUILD);
    }

    @Test
    @DisplayName("in Q2 bea only agreed to make an introduction, eve only asked for one, dan only said he knows "
            + "someone there, carl did nothing; all four left: Q2's report counts the three who took part, not carl, "
            + "and says what taking part is")
    void introductionsAndKnowingSomeoneAreTakingPart() throws IOException {
        // GIVEN the first quarter (carl only began a walk), then in the second: dan knows someone at the food bank,
        // eve asks for an introduction there, and bea (who knew someone there since Q1) agrees to make it
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        Member bea = bot.member("bea");
        Member dan = bot.member("dan");
        Member eve = bot.member("eve");
        dan.runs("partner know", "partner", "Eastside Food Bank");
        eve.runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);
        java.util.List<org.partnercoach.support.RecordingMessenger.Sent> toBea = bot.messenger().directTo(bea.id());
        bea.reads(toBea.get(toBea.size() - 1).reply());
        bea.presses("I'll introduce you");
        // and all four have left the server by the time the report is made, in the third quarter
        for (Member gone : java.util.List.of(bea, dan, eve, bot.member("carl"))) {
            bot.messenger().leaves(TestBot.GUILD, gone.id());
        }
        bot.advance(Duration.ofDays(91));

        // WHEN a coordinator makes Q2's report
        Reply report = cora.runs("report quarter", "which", "2026-Q2");

        // THEN bea, dan and eve count (an introduction and knowing someone there are taking part), carl does not
        String text = report.plainText();
        assertThat(text).contains("Not counted: 1 person who has left the server and took no part in the quarter",
                "Counted: 3 people who have left the server since, as they took part in the quarter",
                QuarterReport.TAKING_PART);
        long carl = bot.member("carl").id();
        assertThat(text).doesNotContain("<@" + carl + ">");
        String csv = CsvText.of(QuarterReportTest.file(report, ".csv"));
        assertThat(csv).contains("people who have left the server,counted: took part in the quarter,,3",
                "people who have left the server,not counted: took no part in the quarter,,1",
                "users/" + bea.id(), "users/" + dan.id(), "users/" + eve.id()).doesNotContain("users/" + carl);
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")))
                .contains("Counted: 3 people who");
    }

    @Test
    @DisplayName("carl took part in Q2 only in another server (he knows someone at its library, and asked for an "
            + "introduction there), then left ours: our Q2 report does not count him")
    void takingPartElsewhereIsNotTakingPartHere() {
        // GIVEN our first quarter; in the second, carl is active only in another server, and leaves ours
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        bot.memberOfOtherServer("oscar").runs("partner add", "name", "Harbour Library", "sector", "education");
        bot.memberOfOtherServer("olive").runs("partner know", "partner", "Harbour Library");
        Member carlThere = bot.memberOfOtherServer("carl");
        carlThere.runs("partner know", "partner", "Harbour Library");
        carlThere.runs("partner intro", "partner", "Harbour Library");
        long carl = bot.member("carl").id();
        bot.messenger().leaves(TestBot.GUILD, carl);
        bot.advance(Duration.ofDays(91));

        // WHEN our coordinator makes Q2's report
        String text = cora.runs("report quarter", "which", "2026-Q2").plainText();

        // THEN carl is left out, as someone who took no part here, and nothing of the other server shows
        assertThat(text).contains("Not counted: 1 person who has left the server and took no part in the quarter")
                .doesNotContain("Counted: ", "Harbour Library", "<@" + carl + ">");
    }

    @Test
    @DisplayName("a member asking for the report is refused before anyone is asked about on the platform")
    void memberAsksNothing() {
        seed();
        assertThat(bot.member("bea").runs("report quarter").plainText()).contains("Only coordinators");
        assertThat(bot.coordinator("cora").runs("report quarter", "which", "next").plainText())
                .contains("hasn't started yet");
        assertThat(bot.messenger().membershipQuestions()).isEmpty();
    }
}
