package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.digest.DigestChart;
import org.partnercoach.partners.Partners;
import org.partnercoach.reminders.Cultivate;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Trust and value over time, when the partners rated in a quarter have left the list")
class TrustTrendOffListTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the quarter's slot in the picture, its line in the card, the PDF and the CSV say the rated partners "
            + "moved on or were deleted, as the average above them does, not that there were no ratings")
    void quarterWhoseRatedPartnersLeft() throws IOException {
        // GIVEN in Q1 2026 ana rated the trust of Grace Church and Youth League, and never rated value; before the
        // quarter ended, Grace Church was deleted and the coalition moved on from Youth League
        RatedThenGone.given(bot);
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator makes the report of Q1
        Reply report = bot.coordinator("cora").runs("report quarter");

        // THEN the picture's Q1 trust slot says why it has no bar, in the words of the average above it
        List<DigestChart.Bars> bars = QuarterReport.trendBars(content(new Quarter(2026, 1)).trends());
        DigestChart.Bars trust = bars.get(0);
        DigestChart.Bars value = bars.get(1);
        // (the trend starts at the quarter of the list's first partner)
        assertThat(trust.labels()).containsExactly("Q1 2026");
        assertThat(trust.values()).isEqualTo(Arrays.asList((Double) null));
        assertThat(trust.note(0)).isEqualTo("none on the list (the rated ones moved on or were deleted)");
        // AND value (never rated) still reads "no ratings yet"
        assertThat(value.note(0)).isEqualTo(Scores.NO_RATINGS);

        // AND the message says the same of Q1: none on the list, explained once
        String text = report.plainText();
        assertThat(text).contains("Average trust: none among the partners on the list (the rated ones moved on or "
                        + "were deleted)")
                .contains("Q1 2026: Trust none on the list · Value no ratings yet").doesNotContain("Q4 2025")
                .contains("“None on the list”: partners were rated, but the rated ones had moved on or have been "
                        + "deleted since");
        // AND so do the PDF and the CSV
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")).replaceAll("\\s+", " "))
                .contains("Q1 2026 (Jan – Mar): trust none on the list, value no ratings yet")
                .doesNotContain("Q4 2025")
                .contains("“None on the list”: partners were rated");
        assertThat(new String(QuarterReportTest.file(report, ".csv"), StandardCharsets.UTF_8))
                .contains("average trust,2026-Q1,end of quarter,,none on the list")
                .contains("average value,2026-Q1,end of quarter,,no ratings yet")
                .doesNotContain("2025-Q4");
        // AND the picture is drawn
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(QuarterReportTest.file(report, "trust-and-value"))))
                .isNotNull();
    }

    @Test
    @DisplayName("a partner rated in a quarter and moved on only after it still counts in that quarter: no note")
    void movedOnLaterStillCounts() {
        // GIVEN Grace Church rated 4 in Q1 2026, moved on in Q2
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        Reply ask = ana.runs("partner log", "partner", "Grace Church", "what", "Coffee with the director");
        for (int row = 0; row < 3; row++) {
            ana.pressesId(((Row.Buttons) ask.rows().get(row)).buttons().get(3).id());
        }
        bot.advance(Duration.ofDays(40));
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Closed for the year");

        // WHEN the Q2 report is made so far
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN Q1 keeps its 4.0, and Q2 says the rated partner has left the list
        assertThat(report.plainText()).contains("Q1 2026: Trust 4.0 · Value no ratings yet",
                "Q2 2026: Trust none on the list · Value no ratings yet");
        List<DigestChart.Bars> bars = QuarterReport.trendBars(content(new Quarter(2026, 2)).trends());
        assertThat(bars.get(0).values()).isEqualTo(Arrays.asList(4.0, null));
        assertThat(bars.get(0).note(1)).startsWith("none on the list");
    }

    /** The report's content as {@code /report quarter} builds it now, from the same stored rows. */
    private QuarterReport.Content content(Quarter q) {
        PartnerCoach app = bot.app();
        Partners partners = Partners.create(app.database(), bot.clockView(), app.outbox(), bot.messenger(), app.walks(),
                new CurriculumLoader(Path.of(TestBot.CURRICULUM)),
                Cultivate.status(app.database(), app.outbox(), app.settings(), bot.clockView()), app.settings(),
                new org.partnercoach.sessions.SessionActivity(app.database()),
                new org.partnercoach.storage.MemberHomes(app.database()));
        WalkActivity walks = new WalkActivity(app.database(), app.walks());
        QuarterReport report = new QuarterReport(new Figures(app.database(), new RatingStore(), partners.history(),
                walks, new org.partnercoach.sessions.SessionActivity(app.database())), partners.history(), walks);
        return report.build(TestBot.GUILD, q, ZoneOffset.UTC, bot.clockView().instant().plusSeconds(1));
    }
}
