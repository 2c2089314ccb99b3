package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Trust and value over time: which quarters the report says had not begun")
class TrendNotBegunTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a coalition whose first partners were all deleted unrated had begun in their quarters: they read "
            + "\"no ratings\", not \"not begun yet\"")
    void firstPartnersDeletedUnrated() throws IOException {
        // GIVEN in Q1 2026 (2 March) ana added Grace Church and Youth League and logged a coffee with each; she
        // skipped the quick pulse on one and left the other unanswered
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Youth League", "sector", "youth");
        Reply ask = ana.runs("partner log", "partner", "Grace Church", "what", "Coffee with the director");
        ana.pressesId(((Row.Buttons) ask.rows().get(3)).buttons().get(0).id());
        ana.runs("partner log", "partner", "Youth League", "what", "Coffee with the coach");
        // AND in Q2 (11 April) both were deleted
        bot.jump(Duration.ofDays(40));
        for (String name : new String[] {"Grace Church", "Youth League"}) {
            ana.runs("partner delete", "partner", name);
            ana.presses("Delete for good");
        }
        // AND in Q3 (20 July) the list starts again with the food bank
        bot.jump(Duration.ofDays(100));
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN a coordinator makes the report of Q3 so far
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN Q1 and Q2, when the coalition had partners, read "no ratings yet"; Q4 2025, before it began, is not
        // listed
        assertThat(report.plainText())
                .doesNotContain("Q4 2025", "not begun yet")
                .contains("Q1 2026: Trust no ratings yet · Value no ratings yet", "Q2 2026: Trust no ratings yet · Value no ratings yet", "Q3 2026: Trust no ratings yet · Value no ratings yet");
        // AND the PDF and the CSV say the same
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")).replaceAll("\\s+", " "))
                .contains("Q1 2026 (Jan – Mar): trust no ratings yet, value no ratings yet", "Q2 2026 (Apr – Jun): trust no ratings yet, value no ratings yet")
                .doesNotContain("Q4 2025", "not begun yet");
        assertThat(new String(QuarterReportTest.file(report, ".csv"), StandardCharsets.UTF_8))
                .contains("average trust,2026-Q1,end of quarter,,no ratings yet",
                        "average value,2026-Q2,end of quarter,,no ratings yet")
                .doesNotContain("2025-Q4", "not begun yet");
    }

    /**
     * The report of Q4 2025 made after ana added {@code names} on 2 March 2026 (in {@code sector}) and logged a
     * meeting with each on 10 December 2025, the server's time zone UTC.
     */
    private Reply q4ReportAfterAdding(String sector, List<String> names) {
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        for (String name : names) {
            ana.runs("partner add", "name", name, "sector", sector);
            ana.runs("partner log", "partner", name, "what", "Met at the health fair", "when", "2025-12-10");
        }
        return bot.coordinator("cora").runs("report quarter", "which", "2025-Q4");
    }

    @Test
    @DisplayName("a quarter whose contact was logged later, with its own date, had begun: the report that counts the "
            + "contact in it does not say it had not begun")
    void contactLoggedLaterWithAnEarlierDate() {
        // GIVEN on 2 March 2026 ana added the food bank and logged the meeting she had with it in December 2025
        // WHEN a coordinator makes the report of Q4 2025
        Reply report = q4ReportAfterAdding("food", List.of("Eastside Food Bank"));

        // THEN it counts December's contact, and its own quarter reads "no ratings yet", not "not begun yet"
        assertThat(report.plainText()).contains("0 partners at the end of the quarter, 1 touchpoint in it, with an "
                        + "organization added to the outreach list after the quarter: Eastside Food Bank (added 2 Mar"
                        + " 2026).", "Dec: 1")
                .contains("Q4 2025: Trust no ratings yet · Value no ratings yet")
                .doesNotContain("Q3 2025", "not begun yet");
    }

    @Test
    @DisplayName("ten organizations added later with contacts logged in the quarter: the report names eight and says "
            + "how many more")
    void manyAddedLater() {
        // GIVEN on 2 March 2026 ana added ten organizations and logged a December meeting with each
        // WHEN a coordinator makes the report of Q4 2025
        Reply report = q4ReportAfterAdding("health-care", IntStream.rangeClosed(1, 10).mapToObj(i -> "Clinic " + i)
                .toList());

        // THEN it names eight of them, then says two more
        assertThat(report.plainText()).contains("0 partners at the end of the quarter, 10 touchpoints in it, all with "
                + "organizations added to the outreach list after the quarter: Clinic 1 (added 2 Mar 2026)")
                .contains("Clinic 8 (added 2 Mar 2026) …and 2 more.").doesNotContain("Clinic 9", "Clinic 10");
    }

    @Test
    @DisplayName("the trend starts at the coalition's first quarter, with no \"not begun yet\" quarters before it; "
            + "the quarter not over yet still reads \"so far\"")
    void trendStartsAtTheFirstQuarter() throws IOException {
        // GIVEN the coalition's first partner was added on 2 March 2026 (Q1)
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN on 11 May (Q2) a coordinator makes this quarter's report
        bot.jump(Duration.ofDays(70));
        Reply report = cora.runs("report quarter", "which", "this");

        // THEN its trend lists Q1 and Q2 2026 only, not the quarters of 2025 before the coalition began
        assertThat(report.plainText()).contains("Q2 2026 (Apr – Jun), so far",
                        "Q1 2026: Trust no ratings yet · Value no ratings yet",
                        "Q2 2026: Trust no ratings yet · Value no ratings yet")
                .doesNotContain("not begun yet", "Q3 2025", "Q4 2025");
        // AND the PDF and the CSV say the same, the quarter not over yet as "so far"
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")).replaceAll("\\s+", " "))
                .contains("Q1 2026 (Jan – Mar): trust no ratings yet, value no ratings yet")
                .doesNotContain("not begun yet", "2025");
        assertThat(new String(QuarterReportTest.file(report, ".csv"), StandardCharsets.UTF_8))
                .contains("average trust,2026-Q1,end of quarter,,no ratings yet",
                        "average trust,2026-Q2,so far (11 May 2026),,no ratings yet")
                .doesNotContain("2025-Q", "not begun yet");
    }
}
