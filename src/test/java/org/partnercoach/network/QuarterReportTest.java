package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The network map and the quarterly partnership report")
class QuarterReportTest {

    /** How the report's CSV writes a member: the link to their profile, which a spreadsheet keeps whole. */
    private static final String PROFILE = "https://discord.com/users/";

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /**
     * Q1 2026 (the clock starts Monday 2 March): ana looks after the food bank (touched once, moved to connecting,
     * trust 4/4/4) and Grace Church; bea knows someone at the food bank and shares one of her two answers; carl
     * starts a walk and nothing else.
     */
    private void seedFirstQuarter() {
        // the server's time zone is set, so a coordinator's first command carries no one-time offer
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        Reply ask = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        for (int row = 0; row < 3; row++) {
            ana.pressesId(((Row.Buttons) ask.rows().get(row)).buttons().get(3).id());
        }
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "connecting");
        Member bea = bot.member("bea");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "Secret plan for the food bank");
        bea.presses("Answer");
        bea.submits("answer", "Shared idea: the library");
        bea.runs("coach answers");
        bea.presses("Share 2");
        bot.member("carl").runs("coach start");
    }

    @Test
    @DisplayName("a seeded quarter gives known figures, the same later, and a private answer is never in it")
    void seededQuarter() throws IOException {
        seedFirstQuarter();
        bot.advance(Duration.ofDays(40));   // 11 April: the second quarter
        Member cora = bot.coordinator("cora");
        Reply report = cora.runs("report quarter");
        String text = report.plainText();
        assertThat(text).contains("Partnership report · Q1 2026 (Jan – Mar)", "2 partners at the end of the quarter",
                        "1 touchpoint dated in it")
                .contains("**Researching:** 0 → 1", "**Connecting:** 0 → 1", "Researching → Connecting: 1")
                .contains("Jan: 0 · Feb: 0 · Mar: 1")
                // the list's first quarter: nothing on the list at the end of the one before to compare with
                .contains("Fragile partners: 1: Tied to the coalition through one member or none: Grace Church")
                .contains("Members with no partner: 1: <@" + bot.member("carl").id() + ">")
                .doesNotContain("on last quarter")
                .contains("Average trust: 4.0 (new this quarter)", "Average value: no ratings yet")
                // the trend starts at the quarter of the list's first partner (2 March 2026), none before it
                .contains("Q1 2026: Trust 4.0 · Value no ratings yet")
                .doesNotContain("Q2 2025", "Q4 2025", "not begun yet")
                .contains("Shared idea: the library")
                .doesNotContain("Secret plan", "Trust —", "Value —");
        // AND the network's count of sectors and the gaps at the table say how they differ: the gaps count the
        // sector whose partner is only researched (Grace Church) too
        assertThat(text).containsPattern("(?s)Sectors with no partner at all: (\\d+):.*"
                + "Sectors with no partner beyond researching: \\d+ \\(\\1 with no partner at all, as the network "
                + "counts them, and 1 with partners only researched so far\\)\\.");
        assertThat(report.files()).extracting(Attachment::fileName).containsExactly(
                "partnership-report-2026-Q1.pdf", "partnership-report-2026-Q1.csv", "network-map-2026-Q1.png",
                "stages-and-touchpoints-2026-Q1.png", "trust-and-value-2026-Q1.png");
        withinDiscordLimits(report);

        String pdf = pdfText(file(report, ".pdf"));
        assertThat(pdf).contains("Partnership report", "Q1 2026", "Partners by stage", "How partners moved",
                "Touchpoints per month", "The network map", "Trust and value", "Gaps at the table",
                "Members' stories", "Shared idea: the library", "Grace Church").doesNotContain("Secret plan");
        assertThat(pdf.replaceAll("\\s+", " ")).contains("Q1 2026 (Jan – Mar): trust 4.0, value no ratings yet")
                .doesNotContain("Q4 2025 (Oct – Dec)", "not begun yet");
        String csv = CsvText.of(file(report, ".csv"));
        assertThat(csv).startsWith("figure,item,detail,value,note").contains("fragile partner,Grace Church,ties,1,")
                .contains("touchpoints per month,Mar,2026-Q1,1").contains("average trust,2026-Q1,end of quarter,4.0,")
                .contains("average value,2026-Q1,end of quarter,,no ratings yet").doesNotContain("2025-Q")
                // each tie names its partner and member as the other rows do, not by the bot's inner keys
                .contains("tie,Eastside Food Bank," + PROFILE + bot.member("ana").id() + ",,looks after + touchpoint",
                        "tie,Eastside Food Bank," + PROFILE + bot.member("bea").id() + ",,knows someone there",
                        "tie,Grace Church," + PROFILE + bot.member("ana").id() + ",,looks after")
                .doesNotContain(",p:").doesNotContain(",m:")
                .doesNotContain("Secret plan");
        for (String png : List.of("network-map", "stages-and-touchpoints", "trust-and-value")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file(report, png)));
            assertThat(image).as(png).isNotNull();
        }

        // more happens in Q2: the Q1 report does not change
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Youth League", "sector", "youth");
        ana.runs("partner log", "partner", "Grace Church", "what", "Visited the pantry", "when", "2026-03-20");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "partnered");
        bot.advance(Duration.ofDays(30));
        Reply again = cora.runs("report quarter", "which", "2026-Q1");
        assertThat(CsvText.of(file(again, ".csv"))).isNotEqualTo(csv);
        // a touchpoint logged late, dated back into Q1, is history that was missing: everything else is the same
        assertThat(again.plainText().replace("Mar: 2", "Mar: 1").replace("2 touchpoints", "1 touchpoint"))
                .isEqualTo(text);
    }

    @Test
    @DisplayName("the CSV's value column holds numbers only, empty when there is none, so a coordinator's spreadsheet "
            + "can average it; why an average is missing, a tie's kinds and a story are in the note column")
    void csvValuesAreNumbers() throws IOException {
        // GIVEN Q1 with trust rated, value not, ties and a shared story
        seedFirstQuarter();
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator opens the report's CSV in a spreadsheet
        List<List<String>> rows = csvRows(file(bot.coordinator("cora").runs("report quarter"), ".csv"));

        // THEN every value is a number or empty, under its own header, and the words are in the note beside it
        assertThat(rows.get(0)).startsWith("figure", "item", "detail", "value", "note");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(3))
                .as(String.join(",", row)).matches("|\\d+(\\.\\d+)?"));
        assertThat(rows.stream().map(row -> row.subList(0, 5))).contains(
                List.of("average trust", "2026-Q1", "end of quarter", "4.0", ""),
                List.of("average value", "2026-Q1", "end of quarter", "", "no ratings yet"),
                List.of("tie", "Eastside Food Bank", PROFILE + bot.member("bea").id(), "", "knows someone there"),
                List.of("fragile partner", "Grace Church", "ties", "1", ""));
        assertThat(rows).filteredOn(row -> row.get(0).equals("shared story"))
                .singleElement().satisfies(row -> assertThat(row.get(3)).isEmpty())
                .satisfies(row -> assertThat(row.get(4)).isEqualTo("Shared idea: the library"));
    }

    @Test
    @DisplayName("a figure that did not change since last quarter says \"same as last quarter\", as the digest says "
            + "\"same as the week before\", not ±0")
    void unchangedSaysSame() {
        assertThat(Figures.count(2, 2)).isEqualTo("2 (same as last quarter)");
        assertThat(Scores.withChange(java.util.OptionalDouble.of(4.0), java.util.OptionalDouble.of(4.04), false))
                .isEqualTo("4.0 (same as last quarter)");
        assertThat(Figures.count(3, 2)).isEqualTo("3 (+1 on last quarter)");
        assertThat(Figures.count(2_000, 0)).isEqualTo("2,000 (+2,000 on last quarter)");
        assertThat(Scores.withChange(java.util.OptionalDouble.of(3.5), java.util.OptionalDouble.of(4.0), false))
                .isEqualTo("3.5 (−0.5 on last quarter)");
    }

    @Test
    @DisplayName("a partner moved on and brought back within the quarter did not move: \"How they moved\" and the "
            + "CSV show its real moves only; one moved on and left there is a move")
    void movedOnAndBackIsNoMove() throws IOException {
        // GIVEN in Q1 ana moves the food bank to connecting, then moves on from it and brings it back; and moves on
        // from Grace Church for good
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "connecting");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused by mistake");
        ana.runs("partner restore", "partner", "Eastside Food Bank");
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Closed for the year");
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator makes the Q1 report
        Reply report = bot.coordinator("cora").runs("report quarter");

        // THEN the food bank's one move is there, Grace Church's moving on, and no round trip through moved on
        Card summary = report.cards().get(0);
        assertThat(summary.fields()).filteredOn(f -> f.name().equals("How they moved")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("Researching → Connecting: 1\n"
                        + "Researching → Moved on: 1\n"
                        + "2 partners archived (moved on from), 1 restored"));
        assertThat(csvRows(file(report, ".csv"))).filteredOn(row -> row.get(0).equals("stage moves"))
                .extracting(row -> row.get(1) + ": " + row.get(3))
                .containsExactly("Researching → Connecting: 1", "Researching → Moved on: 1");
    }

    @Test
    @DisplayName("\"How they moved\" says how many partners were archived and restored in the quarter, a round trip "
            + "included, in the message, the PDF and the CSV")
    void archivedAndRestoredAreCounted() throws IOException {
        // GIVEN in Q1 the food bank is archived and restored, and only that: no stage move counts
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Paused by mistake");
        ana.runs("partner restore", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator makes the Q1 report
        Reply report = bot.coordinator("cora").runs("report quarter");

        // THEN a funder reads that one partner was archived and restored, beside the (no) stage moves
        String moved = "No stage moves this quarter.\n1 partner archived (moved on from), 1 restored";
        assertThat(report.cards().get(0).fields()).filteredOn(f -> f.name().equals("How they moved")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(moved));
        assertThat(pdfText(file(report, ".pdf"))).contains("1 partner archived (moved on from), 1 restored");
        assertThat(csvRows(file(report, ".csv"))).filteredOn(row -> row.get(0).equals("archived and restored"))
                .extracting(row -> row.get(1) + ": " + row.get(3))
                .containsExactly("partners archived (moved on from): 1", "partners restored: 1");
    }

    @Test
    @DisplayName("\"How they moved\" says none, not 0, where no partner was restored or none archived, in the "
            + "message and the PDF; the CSV keeps its numbers")
    void noneArchivedOrRestored() throws IOException {
        // GIVEN in Q1 ana moves on from Grace Church, and in Q2 she brings it back
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Closed for the year");
        bot.advance(Duration.ofDays(40));
        Reply first = cora.runs("report quarter", "which", "2026-Q1");
        ana.runs("partner restore", "partner", "Grace Church");
        bot.advance(Duration.ofDays(90));

        // WHEN a coordinator makes the Q2 report
        Reply second = cora.runs("report quarter", "which", "2026-Q2");

        // THEN each reads as a person says it
        assertThat(howTheyMoved(first)).endsWith("\n1 partner archived (moved on from), none restored");
        assertThat(pdfText(file(first, ".pdf"))).contains("1 partner archived (moved on from), none restored");
        assertThat(howTheyMoved(second)).endsWith("\nNo partner archived (moved on from), 1 restored");
        assertThat(pdfText(file(second, ".pdf"))).contains("No partner archived (moved on from), 1 restored");
        assertThat(csvRows(file(first, ".csv"))).filteredOn(row -> row.get(0).equals("archived and restored"))
                .extracting(row -> row.get(1) + ": " + row.get(3))
                .containsExactly("partners archived (moved on from): 1", "partners restored: 0");
    }

    private static String howTheyMoved(Reply report) {
        return report.cards().get(0).fields().stream().filter(f -> f.name().equals("How they moved")).findFirst()
                .orElseThrow().value();
    }

    @Test
    @DisplayName("\"How they moved\" lists moves of the same count in the pipeline's order (from-stage, then "
            + "to-stage), not alphabetically, in the message, the PDF and the CSV alike")
    void movesOfTheSameCountFollowThePipeline() throws IOException {
        // GIVEN in Q1 the food bank goes researching → connecting → partnered, Grace Church researching → connecting
        // and then moved on, and the clinic straight from researching to cultivating
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Northside Clinic", "sector", "health-care");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "connecting");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "partnered");
        ana.runs("partner stage", "partner", "Grace Church", "stage", "connecting");
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Closed for the year");
        ana.runs("partner stage", "partner", "Northside Clinic", "stage", "cultivating");
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator makes the Q1 report
        Reply report = bot.coordinator("cora").runs("report quarter");

        // THEN the most made move comes first, and the moves made once follow the pipeline from researching on
        String inOrder = "Researching → Connecting: 2\n"
                + "Researching → Cultivating: 1\n"
                + "Connecting → Partnered: 1\n"
                + "Connecting → Moved on: 1";
        assertThat(report.cards().get(0).fields()).filteredOn(f -> f.name().equals("How they moved")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo(inOrder
                        + "\n1 partner archived (moved on from), none restored"));
        assertThat(pdfText(file(report, ".pdf"))).contains(inOrder.replace("→", "->"));
        assertThat(csvRows(file(report, ".csv"))).filteredOn(row -> row.get(0).equals("stage moves"))
                .extracting(row -> row.get(1) + ": " + row.get(3))
                .containsExactly(inOrder.split("\n"));
    }

    @Test
    @DisplayName("the gaps at the table name each sector under its standing in the words the rest of the bot uses "
            + "(\"no partner at all\", \"only researched\"), a line for each standing, in the message, the PDF and "
            + "the CSV")
    void gapsSayTheSharedWords() throws IOException {
        // GIVEN a partner only researched in faith communities, and no partner at all in housing and the other sectors
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Grace Church", "sector", "faith");

        // WHEN the coordinator makes this quarter's report
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN the card is three lines a busy coordinator takes in at a glance: the counts, then the sectors of each
        // standing, every one named, as the opening line, the digest and /coalition gaps say it
        String gaps = report.cards().stream().filter(c -> c.title().equals("Gaps at the table")).findFirst()
                .orElseThrow().description();
        int sectors = org.partnercoach.partners.Sectors.load(new org.partnercoach.curriculum.CurriculumLoader(null))
                .all().size();
        assertThat(gaps.lines()).hasSize(3);
        assertThat(gaps.lines().toList().get(0)).contains("Sectors with no partner beyond researching: "
                + sectors + " (" + (sectors - 1) + " with no partner at all, as the network counts them, and 1 with "
                + "partners only researched so far).");
        assertThat(gaps.lines().toList().get(1)).startsWith("**With no partner at all:** ").contains("Housing")
                .doesNotContain("Faith communities").hasSizeLessThan(900);
        assertThat(gaps.lines().toList().get(1).split(", ")).hasSize(sectors - 1);
        assertThat(gaps.lines().toList().get(2)).isEqualTo("**With partners only researched:** Faith communities");
        assertThat(gaps).doesNotContain("nobody yet");
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " ")).contains("With no partner at all: ",
                "Housing", "With partners only researched: Faith communities").doesNotContain("nobody yet");
        assertThat(csvRows(file(report, ".csv"))).filteredOn(row -> row.get(0).equals("gap at the table"))
                .extracting(row -> row.get(1) + ": " + row.get(2))
                .contains("Housing: no partner at all", "Faith communities: only researched")
                .noneMatch(row -> row.contains("nobody yet"));
    }

    @Test
    @DisplayName("each partner's trust and value are numbers in columns of their own, empty when there is none, so a "
            + "coordinator can sort and average them; the detail still reads as a sentence")
    void partnerScoresHaveColumns() throws IOException {
        // (a network partner's value counts its ties, and its note says so, in the words of the map's card)
        String ties = "ties: members tied to it (looks after, knows someone there, introductions, touchpoints in the "
                + "last 90 days)";
        // GIVEN Q1: the food bank's trust rated 4 on every line, its value not; Grace Church not rated at all
        seedFirstQuarter();
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator opens the report's CSV in a spreadsheet
        List<List<String>> rows = csvRows(file(bot.coordinator("cora").runs("report quarter"), ".csv"));

        // THEN trust and value have their own columns, holding numbers only
        assertThat(rows.get(0)).containsExactly("figure", "item", "detail", "value", "note", "partner trust",
                "partner value");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.subList(5, 7))
                .as(String.join(",", row)).allSatisfy(cell -> assertThat(cell).matches("|[1-5]\\.\\d")));
        // AND each partner's row has its own scores, the detail without them
        assertThat(rows).contains(
                List.of("network partner", "Eastside Food Bank", "Food and nutrition · Connecting · 1 touchpoint "
                        + "(90 days)", "2", ties, "4.0", ""),
                List.of("network partner", "Grace Church", "Faith communities · Researching · 0 touchpoints "
                        + "(90 days)", "1", ties, "", ""));
    }

    @Test
    @DisplayName("one partner, one member, one tie, one shared answer: the card, the PDF and the CSV say each in the "
            + "singular")
    void singularCounts() throws IOException {
        // GIVEN a quarter in which ana looked after one partner, touched once, and shared one answer
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Shared idea: the library");
        ana.runs("coach answers");
        ana.presses("Share 1");
        bot.advance(Duration.ofDays(40));

        // WHEN a coordinator makes its report
        Reply report = bot.coordinator("cora").runs("report quarter");

        // THEN every count of one reads as one
        assertThat(report.plainText()).contains("1 partner at the end of the quarter, 1 touchpoint dated in it.",
                "1 answer members chose to share.").doesNotContain("1 partners").doesNotContain("answer(s)");
        String pdf = pdfText(file(report, ".pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("1 partner at the end of the quarter, 1 touchpoint dated in it.",
                "1 partner, 1 member, 1 tie at the end of the quarter.").doesNotContain("1 partners")
                .doesNotContain("1 members").doesNotContain("1 ties");
        assertThat(CsvText.of(file(report, ".csv")))
                .contains("Eastside Food Bank,Food and nutrition · Researching · 1 touchpoint (90 days)");
    }

    @Test
    @DisplayName("a quarter whose only contact was logged later, with an organization added after it, says so: not "
            + "just 0 partners beside 1 touchpoint")
    void contactWithAPartnerAddedLater() throws IOException {
        // GIVEN a contact on 20 March with an organization added to the list, and the contact logged, in April
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.advance(Duration.ofDays(40));   // 11 April: the second quarter
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln *High*", "sector", "education");
        ana.runs("partner log", "partner", "Lincoln *High*", "what", "Met them at the health fair", "when",
                "2026-03-20");
        // renamed since: a past quarter's report reads the same whenever it is made
        bot.clock().advance(Duration.ofDays(2));
        ana.runs("partner edit", "partner", "Lincoln *High*", "name", "Lincoln Academy");

        // WHEN a coordinator makes the first quarter's report
        Reply report = cora.runs("report quarter", "which", "2026-Q1");

        // THEN it says whom the quarter's contact was with, and when that organization came onto the list
        String said = "0 partners at the end of the quarter, 1 touchpoint in it, with an organization added to the"
                + " outreach list after the quarter: ";
        assertThat(report.plainText()).contains(said + "Lincoln \\*High\\* (added 11 Apr 2026).")
                .contains("Jan: 0 · Feb: 0 · Mar: 1").doesNotContain("touchpoint dated in it");
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " "))
                .contains(said + "Lincoln *High* (added 11 Apr 2026).");
        assertThat(CsvText.of(file(report, ".csv")))
                .contains("touchpoints with a partner added later,Lincoln *High*,added 11 Apr 2026,1");
    }

    @Test
    @DisplayName("of a quarter's contacts, those with organizations added after it are counted apart")
    void someContactsWithPartnersAddedLater() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bot.advance(Duration.ofDays(40));
        for (String name : List.of("Lincoln High", "Grace Church")) {
            ana.runs("partner add", "name", name, "sector", "education");
            ana.runs("partner log", "partner", name, "what", "Met them at the health fair", "when", "2026-03-20");
            bot.clock().advance(Duration.ofDays(1));
        }

        assertThat(cora.runs("report quarter", "which", "2026-Q1").plainText()).contains("1 partner at the end of the"
                + " quarter, 3 touchpoints in it, 2 of them with organizations added to the outreach list after the"
                + " quarter: Lincoln High (added 11 Apr 2026), Grace Church (added 12 Apr 2026).");
        // the quarter they were added in reads as before
        assertThat(cora.runs("report quarter", "which", "2026-Q2").plainText())
                .contains("3 partners on ").doesNotContain("after the quarter");
    }

    @Test
    @DisplayName("a partner renamed after its quarter: that quarter's report calls it what it was called then")
    void pastQuarterKeepsItsNames() throws IOException {
        // GIVEN Eastside Food Bank on the list in Q1, renamed in Q2, then again in Q3
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(Duration.ofDays(40));   // 11 April
        ana.runs("partner edit", "partner", "Eastside Food Bank", "name", "Eastside Community Pantry");
        bot.advance(Duration.ofDays(100));  // 20 July
        ana.runs("partner edit", "partner", "Eastside Community Pantry", "name", "ECP 🍎");

        // WHEN a coordinator makes the reports of Q1, Q2 and this quarter
        Reply first = cora.runs("report quarter", "which", "2026-Q1");
        Reply second = cora.runs("report quarter", "which", "2026-Q2");
        Reply now = cora.runs("report quarter", "which", "this");

        // THEN each names it as it was called at its end (today for this quarter), in the card, the PDF and the CSV
        assertThat(first.plainText()).contains("Fragile partners: 1: Tied to the coalition "
                + "through one member or none: Eastside Food Bank").doesNotContain("Pantry").doesNotContain("ECP");
        assertThat(pdfText(file(first, ".pdf"))).contains("Eastside Food Bank").doesNotContain("Pantry");
        assertThat(CsvText.of(file(first, ".csv")))
                .contains("network partner,Eastside Food Bank,", "tie,Eastside Food Bank,")
                .doesNotContain("Pantry").doesNotContain("ECP");
        assertThat(CsvText.of(file(second, ".csv")))
                .contains("network partner,Eastside Community Pantry,").doesNotContain("Eastside Food Bank");
        assertThat(CsvText.of(file(now, ".csv"))).contains("network partner,ECP 🍎,")
                .doesNotContain("Pantry");
    }

    @Test
    @DisplayName("a report for a past quarter made twice, with nothing new dated in it, is the same")
    void stableReport() {
        seedFirstQuarter();
        bot.advance(Duration.ofDays(40));
        Member cora = bot.coordinator("cora");
        Reply first = cora.runs("report quarter", "which", "q1");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Youth League", "sector", "youth");
        ana.runs("partner log", "partner", "Grace Church", "what", "Visited the pantry");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "partnered");
        bot.member("dan").runs("partner know", "partner", "Grace Church");
        bot.advance(Duration.ofDays(100));
        Reply later = cora.runs("report quarter", "which", "Q1 2026");
        assertThat(later.plainText()).isEqualTo(first.plainText());
        assertThat(file(later, ".csv")).isEqualTo(file(first, ".csv"));
    }

    @Test
    @DisplayName("a quarter not over yet whose every sector has a partner beyond researching says so as of today, "
            + "not \"at the end of the quarter\"")
    void noGapsSoFar() throws IOException {
        // GIVEN a partner in every sector of the catalogue, each moved on to connecting (Monday 2 March)
        Member ana = bot.member("ana");
        for (String sector : List.of("public-health", "health-care", "mental-health", "education", "youth", "seniors",
                "faith", "business", "government", "housing", "food", "transportation", "safety", "media",
                "philanthropy", "academia", "community", "arts", "parks", "environment")) {
            ana.runs("partner add", "name", "Partner in " + sector, "sector", sector);
            ana.runs("partner stage", "partner", "Partner in " + sector, "stage", "connecting");
        }

        // WHEN a coordinator makes this quarter's report
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN the gaps at the table say there are none as of today, in the message and the PDF
        String today = "Every sector had a partner beyond researching on 2 Mar 2026 (the quarter isn't over).";
        assertThat(report.plainText()).contains(today).doesNotContain("at the end of the quarter.");
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " ")).contains(today);
    }

    @Test
    @DisplayName("/coalition map: a PNG with its figures, for coordinators only")
    void map() throws IOException {
        seedFirstQuarter();
        Member bea = bot.member("bea");
        assertThat(bea.runs("coalition map").plainText()).contains("Only coordinators")
                .doesNotContain("Nothing was changed");
        assertThat(bea.runs("report quarter").plainText()).contains("Only coordinators");
        assertThat(bea.runs("report quarter").files()).isEmpty();

        Reply map = bot.coordinator("cora").runs("coalition map");
        assertThat(map.plainText()).contains("Coalition network · 2 Mar 2026",
                "2 partners and 3 members, 3 ties", "Fragile partners: 1", "Grace Church",
                "Sectors with no partner at all:", "Average trust: 4.0 (new this quarter)",
                "Every partner and member is named on the map.");
        assertThat(map.files()).singleElement().satisfies(f -> assertThat(f.fileName())
                .isEqualTo("coalition-map-2026-03-02.png"));
        byte[] png = map.files().get(0).bytes();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(NetworkMap.WIDTH);
        assertThat(image.getHeight()).isEqualTo(NetworkMap.HEIGHT);
        withinDiscordLimits(map);
    }

    @Test
    @DisplayName("the map compares with the end of last quarter once partners were on the list then, and not in the "
            + "list's first quarter, where every figure would read as growth")
    void mapComparesFromTheSecondQuarter() {
        // GIVEN the list's first quarter: ana adds the food bank and Grace Church in March
        seedFirstQuarter();
        Member cora = bot.coordinator("cora");
        String first = cora.runs("coalition map").plainText();
        assertThat(first).contains("No partner was on the list at the end of last quarter, so there are no changes "
                + "to show yet.", "Fragile partners: 1: Tied to the coalition").doesNotContain("on last quarter");

        // WHEN, in April, dan adds a third partner alone and a coordinator looks again
        bot.advance(Duration.ofDays(40));
        bot.member("dan").runs("partner add", "name", "Westside Library", "sector", "education");
        String second = cora.runs("coalition map").plainText();

        // THEN its figures are against the end of March
        assertThat(second).contains("Changes are against the end of last quarter.",
                "Fragile partners: 2 (+1 on last quarter): Tied to the coalition",
                "Members with no partner: 1 (same as last quarter)")
                .containsPattern("Sectors with no partner at all: \\d+ \\(−1 on last quarter\\)")
                .doesNotContain("no changes to show yet");
    }

    @Test
    @DisplayName("/coalition map ends with the next step its figures call for: a second tie for a fragile partner, a "
            + "partner for a member with none, then the sectors still missing")
    void mapSaysWhatToDoNext() {
        // GIVEN Grace Church rests on ana alone, and carl has begun a walk but has no partner
        seedFirstQuarter();
        Member cora = bot.coordinator("cora");

        // THEN the map's reply says how a fragile partner gets a second tie
        assertThat(cora.runs("coalition map").text()).contains("No partner was on the list at the end of last "
                + "quarter, so there are no changes to show yet.", "Next: give fragile partners a second tie",
                "`/partner know`", "`/partner log`");

        // WHEN bea comes along to Grace Church's next contact: no partner is fragile, carl still has none
        bot.member("bea").runs("partner log", "partner", "Grace Church", "what", "Visited the pantry with ana");
        String members = cora.runs("coalition map").text();
        assertThat(members).contains("Next: members with no partner can take one on", "`/partner owner`",
                "`/partner add`").doesNotContain("fragile");

        // WHEN carl says he knows someone at Grace Church: everyone is tied, sectors are still missing
        bot.member("carl").runs("partner know", "partner", "Grace Church");
        assertThat(cora.runs("coalition map").text()).contains("Next: `/coalition gaps`")
                .doesNotContain("fragile", "`/partner owner`");
    }

    @Test
    @DisplayName("every refusal of /report quarter and /coalition map says what to write and that nothing was made")
    void refusalsSayNothingWasMade() {
        // GIVEN a coalition with partners in Q1 2026, and a member who is not a coordinator
        seedFirstQuarter();
        Member cora = bot.coordinator("cora");
        Member bea = bot.member("bea");

        // WHEN the report is asked for a quarter not begun, one before the bot's time, one it cannot read, or by a
        // member; and the map by a member
        List<Reply> refusals = List.of(cora.runs("report quarter", "which", "next quarter"),
                cora.runs("report quarter", "which", "2027-Q1"), cora.runs("report quarter", "which", "1999-Q1"),
                cora.runs("report quarter", "which", "soon"), bea.runs("report quarter"),
                bea.runs("coalition map"));

        // THEN each says why, what to do, and that nothing was made; and none carries a file
        assertThat(refusals).extracting(Reply::plainText).containsExactly(
                "Q2 2026 (Apr – Jun) hasn't started yet, so there is nothing to report. Try `last` or `this`. "
                        + "Nothing was made.",
                "Q1 2027 (Jan – Mar) hasn't started yet, so there is nothing to report. Try `last` or `this`. "
                        + "Nothing was made.",
                "That's before the bot's time. Try `last`, `this`, or a quarter like `2026-Q1`. Nothing was made.",
                "I couldn't read that quarter. Write `last`, `this`, or a quarter like `2026-Q1`. Nothing was made.",
                "Only coordinators (Manage Server, or the coordinator role) can make the quarterly partnership "
                        + "report. Nothing was made. If you think you should be one, ask whoever set the bot up.",
                "Only coordinators (Manage Server, or the coordinator role) can see the coalition's network map. "
                        + "Nothing was made. If you think you should be one, ask whoever set the bot up.");
        assertThat(refusals).allSatisfy(r -> assertThat(r.files()).isEmpty());
    }

    @Test
    @DisplayName("which quarter: a quarter not begun or unreadable is refused with what to write")
    void whichQuarter() {
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("report quarter", "which", "2027-Q1").plainText()).contains("hasn't started yet");
        assertThat(cora.runs("report quarter", "which", "soon").plainText()).contains("couldn't read that quarter");
        // an empty list makes no report: an empty PDF is nothing to send a funder
        Reply nothingYet = cora.runs("report quarter", "which", "this");
        assertThat(nothingYet.text()).isEqualTo("The outreach list has no partners yet, so there is nothing to "
                + "report for Q1 2026 (Jan – Mar) and nothing was made. Once members add partners with `/partner add` "
                + "and log their contacts with `/partner log`, the report shows how the coalition's partnerships grow.");
        assertThat(nothingYet.files()).isEmpty();
        assertThat(nothingYet.plainText()).doesNotContain("Partnership report");

        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(cora.runs("report quarter", "which", "this").plainText())
                .contains("Q1 2026", "isn't over yet", "No member shared an answer");
        // the quarter before the first partner was added points to this one
        Reply before = cora.runs("report quarter");
        assertThat(before.text()).isEqualTo("The outreach list had no partners yet in Q4 2025 (Oct – Dec), so "
                + "there is nothing to report for it and nothing was made. `/report quarter which:this` reports this "
                + "quarter so far.");
        assertThat(before.files()).isEmpty();
    }

    @Test
    @DisplayName("this quarter's report, made early in it, shows the network as the map shows it today, and its PDF "
            + "says the quarter isn't over")
    void quarterSoFar() throws IOException {
        // GIVEN ana looks after the food bank and bea had coffee with them on 2 March, in a server west of UTC
        bot.coordinator("cora").runs("coach setup", "timezone", "America/Los_Angeles");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("bea").runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bot.advance(Duration.ofDays(35));   // 6 April: the second quarter has begun
        Member cora = bot.coordinator("cora");

        // WHEN the coordinator looks at the map and at this quarter's report the same day
        Reply map = cora.runs("coalition map");
        Reply report = cora.runs("report quarter", "which", "this");

        // THEN both count bea's contact of 35 days ago as a tie: the food bank is tied through two members
        assertThat(map.plainText()).contains("1 partner and 2 members, 2 ties", "Fragile partners: 0");
        assertThat(report.plainText()).contains("Partnership report · Q2 2026 (Apr – Jun), so far",
                        "1 partner on 6 Apr 2026 (the quarter isn't over), 0 touchpoints dated in it.",
                        "Partners by stage (start → now)", "The network on 6 Apr 2026",
                        "1 partner and 2 members, 2 ties", "Fragile partners: 0",
                        "isn't over yet")
                .doesNotContain("at the end of the quarter");
        assertThat(CsvText.of(file(report, ".csv")))
                .contains("Eastside Food Bank,Food and nutrition · Researching · 1 touchpoint (90 days)",
                        "partners by stage,Researching,so far (6 Apr 2026),1")
                .doesNotContain("fragile partner,");
        String pdf = pdfText(file(report, ".pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("This quarter isn't over yet: its figures are as of 6 Apr 2026")
                .doesNotContain("whenever the report is made");
    }

    @Test
    @DisplayName("this quarter's report counts touchpoints only in the months begun so far: a month still to come is "
            + "not reported as a month with no contact, in the card, the PDF or the CSV")
    void quarterSoFarCountsOnlyMonthsBegun() throws IOException {
        // GIVEN a partner contacted on 2 March, and a coordinator on 6 May, in the second month of Q2
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(Duration.ofDays(31));   // 2 April
        bot.member("ana").runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        bot.advance(Duration.ofDays(34));   // 6 May

        // WHEN she makes this quarter's report
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN April and May are counted, and June, still to come, is not claimed to have had no contact
        assertThat(report.plainText()).contains("Touchpoints per month: Apr: 1 · May: 0")
                .doesNotContain("Jun: 0");
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " ")).contains("Apr: 1 - May: 0")
                .doesNotContain("Jun: 0");
        assertThat(CsvText.of(file(report, ".csv")))
                .contains("touchpoints per month,Apr,2026-Q2,1", "touchpoints per month,May,2026-Q2,0")
                .doesNotContain("touchpoints per month,Jun");
    }

    @Test
    @DisplayName("a past quarter's PDF claims only its figures read the same whenever it is made, and says its stories "
            + "follow what members share now: an answer shared after the quarter appears, one unshared is left out")
    void pastQuarterStoriesFollowSharingNow() throws IOException {
        // GIVEN bea answered in Q1 and kept her answer private then
        seedFirstQuarter();
        Member bea = bot.member("bea");
        bea.runs("coach answers");
        bea.presses("Stop sharing 2");
        bot.advance(Duration.ofDays(40));   // 11 April: the second quarter
        Member cora = bot.coordinator("cora");
        String before = pdfText(file(cora.runs("report quarter", "which", "2026-Q1"), ".pdf")).replaceAll("\\s+", " ");
        assertThat(before).doesNotContain("Shared idea: the library");

        // WHEN she shares it in April, and cora makes the Q1 report again
        bea.runs("coach answers");
        bea.presses("Share 2");
        String shared = pdfText(file(cora.runs("report quarter", "which", "2026-Q1"), ".pdf")).replaceAll("\\s+", " ");

        // THEN her story is in it, and the PDF says why: the figures are history, the stories what is shared now
        assertThat(shared).contains("Shared idea: the library", "Built from the coalition's stored history, so this "
                + "quarter's figures read the same whenever the report is made; its members' stories follow what "
                + "members share now (an answer shared since appears, one no longer shared is left out).")
                .doesNotContain("reads the same whenever it is made");

        // WHEN she stops sharing it again, THEN the story is gone from the Q1 report, as the PDF said it would be
        bea.runs("coach answers");
        bea.presses("Stop sharing 2");
        String unshared = pdfText(file(cora.runs("report quarter", "which", "2026-Q1"), ".pdf")).replaceAll("\\s+", " ");
        assertThat(unshared).doesNotContain("Shared idea: the library")
                .contains("its members' stories follow what members share now");
    }

    @Test
    @DisplayName("a partner's name with an emoji reads in the PDF without it, not with a question mark")
    void emojiInPdf() throws IOException {
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Lincoln High School 🏫", "sector", "education");
        bot.member("ana").runs("partner add", "name", "Clinic 👩🏽‍⚕️ Westside", "sector", "health-care");

        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        String pdf = pdfText(file(report, ".pdf"));
        assertThat(pdf).contains("Lincoln High School", "Clinic Westside").doesNotContain("?");
    }

    @Test
    @DisplayName("a partner handed over after its quarter: that quarter's report still ties it to who looked after it "
            + "then, in the card, the PDF and the CSV; this quarter's ties it to today's owner")
    void pastQuarterKeepsItsOwners() throws Exception {
        // GIVEN ana looked after the food bank and Grace Church through Q1, and handed Grace Church to bea in March
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        Member bea = bot.member("bea");
        Member carl = bot.member("carl");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church 🙏", "sector", "faith");
        bot.advance(Duration.ofDays(10));
        ana.runs("partner owner", "partner", "Grace Church 🙏", "member", String.valueOf(bea.id()));

        // WHEN in May the food bank goes to carl, and Grace Church back to ana
        bot.advance(Duration.ofDays(70));
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(carl.id()));
        bea.runs("partner owner", "partner", "Grace Church 🙏", "member", String.valueOf(ana.id()));
        Member cora = bot.coordinator("cora");
        Reply q1 = cora.runs("report quarter", "which", "2026-Q1");

        // THEN Q1's ties are those of Q1: ana looks after the food bank, bea Grace Church, carl nothing
        String csv = CsvText.of(file(q1, ".csv"));
        assertThat(csv).contains("tie,Eastside Food Bank," + PROFILE + ana.id() + ",,looks after",
                        "tie,Grace Church 🙏," + PROFILE + bea.id() + ",,looks after")
                .doesNotContain("tie,Eastside Food Bank," + PROFILE + carl.id(),
                        "tie,Grace Church 🙏," + PROFILE + ana.id(),
                        String.valueOf(carl.id()));
        assertThat(q1.plainText()).contains("Members with no partner: 0").doesNotContain("<@" + carl.id() + ">");
        assertThat(pdfText(file(q1, ".pdf"))).contains("Members with no partner: 0");

        // AND this quarter's (so far) ties are today's owners
        String now = CsvText.of(file(cora.runs("report quarter", "which", "this"), ".csv"));
        assertThat(now).contains("tie,Eastside Food Bank," + PROFILE + carl.id() + ",,looks after",
                        "tie,Grace Church 🙏," + PROFILE + ana.id() + ",,looks after")
                .doesNotContain("tie,Eastside Food Bank," + PROFILE + ana.id(),
                        "tie,Grace Church 🙏," + PROFILE + bea.id());

        // AND bea's export names the partner she looked after, from when until when
        Reply export = bea.runs("privacy export");
        JsonNode owned = new ObjectMapper().readTree(export.files().get(0).bytes()).get("partners")
                .get("looked_after_over_time");
        assertThat(owned).singleElement().satisfies(row -> {
            assertThat(row.get("partner").asText()).isEqualTo("Grace Church 🙏");
            // (at her clock: the server's zone, UTC)
            assertThat(row.get("since").asText()).isEqualTo("2026-03-12 15:00");
            assertThat(row.get("until").asText()).isEqualTo("2026-05-21 15:00");
        });

        // WHEN bea uses /privacy forget
        bea.runs("privacy forget");
        bea.presses("Delete my data");

        // THEN Q1 ties Grace Church to nobody (never to ana, who looks after it now), and still the food bank to ana
        String forgotten = CsvText.of(file(cora.runs("report quarter", "which", "2026-Q1"), ".csv"));
        assertThat(forgotten).contains("tie,Eastside Food Bank," + PROFILE + ana.id() + ",,looks after")
                .doesNotContain("tie,Grace Church 🙏,", String.valueOf(bea.id()));
    }

    @Test
    @DisplayName("a partner deleted or moved on leaves the averages: trust on the map and in the report is the mean "
            + "over the partners on the list then, as the CSV's partner rows show them")
    void averagesOverThePartnersOnTheList() throws IOException {
        // GIVEN ana rated the food bank's trust 4, 4, 4, and Grace Church's and Youth League's 1, 1, 1
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        for (String[] p : new String[][] {{"Eastside Food Bank", "4"}, {"Grace Church", "1"}, {"Youth League", "1"}}) {
            ana.runs("partner add", "name", p[0], "sector", "food");
            Reply ask = ana.runs("partner log", "partner", p[0], "what", "Coffee with the director");
            for (int row = 0; row < 3; row++) {
                ana.pressesId(((Row.Buttons) ask.rows().get(row)).buttons().get(Integer.parseInt(p[1]) - 1).id());
            }
        }
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("coalition map").plainText()).contains("Average trust: 2.0 (new this quarter)");

        // WHEN Grace Church, added by mistake, is deleted, and the coalition moves on from Youth League
        ana.runs("partner delete", "partner", "Grace Church");
        ana.presses("Delete for good");
        ana.runs("partner archive", "partner", "Youth League", "reason", "Closed for the year");

        // THEN the map's average trust is the food bank's alone
        assertThat(cora.runs("coalition map").plainText()).contains("Average trust: 4.0 (new this quarter)");
        // AND so is the quarter's, in the card, the PDF and the CSV
        bot.advance(Duration.ofDays(40));
        Reply report = cora.runs("report quarter");
        assertThat(report.plainText()).contains("Average trust: 4.0 (new this quarter)", "Q1 2026: Trust 4.0 · Value no ratings yet");
        assertThat(pdfText(file(report, ".pdf"))).contains("Average trust: 4.0 (new this quarter)");
        assertThat(CsvText.of(file(report, ".csv")))
                .contains("average trust,2026-Q1,end of quarter,4.0,").doesNotContain("Grace Church", "Youth League");
    }

    @Test
    @DisplayName("when every rated partner has moved on or been deleted, the map and the report say so, not that "
            + "there are no ratings yet")
    void ratedPartnersAllGone() throws IOException {
        // GIVEN ana rated the trust of Grace Church and Youth League (the food bank was never rated), and then
        // Grace Church was deleted and the coalition moved on from Youth League
        RatedThenGone.given(bot);

        // THEN the map says why there is no average trust, and that value was never rated
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("coalition map").plainText())
                .contains("Average trust: none among the partners on the list (the rated ones moved on or were "
                        + "deleted)", "Average value: no ratings yet")
                .doesNotContain("Average trust: no ratings yet");
        // AND so does the quarter's report, in its message and its PDF
        bot.advance(Duration.ofDays(40));
        Reply report = cora.runs("report quarter");
        assertThat(report.plainText()).contains("Average trust: none among the partners on the list")
                .doesNotContain("Average trust: no ratings yet");
        assertThat(pdfText(file(report, ".pdf")).replace('\n', ' ')).contains("Average trust: none among the")
                .doesNotContain("Average trust: no ratings yet");
    }

    @Test
    @DisplayName("on a server with no partner yet, the map says so and what to do, in its reply, its card and its "
            + "picture, rather than that every partner has two ties and every one is named")
    void mapOfAnEmptyList() throws IOException {
        // GIVEN a new server: no partner on the list, one member who began a walk
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("carl").runs("coach start");

        // WHEN a coordinator asks for the map
        Reply map = bot.coordinator("cora").runs("coalition map");

        // THEN the reply says there is nothing to tie together yet, and how to start
        assertThat(map.plainText())
                .contains("No partner is on the outreach list right now, so the map has no one to tie together: add "
                        + "the organizations the coalition reaches out to with `/partner add`")
                .contains("Fragile partners: 0: None: no partner is on the outreach list.")
                .contains("Members with no partner: 1: <@" + bot.member("carl").id() + ">")
                .contains("No partner on the list, so no partner is named on the map. Every member is named on it.")
                .doesNotContain("every partner has two ties or more", "Every partner is named");
        // AND the picture says it too, above the member standing in its middle, rather than a blank page
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(map.files().get(0).bytes()));
        assertThat(darkPixels(png, NetworkMap.HEIGHT / 2 - 240, NetworkMap.HEIGHT / 2 - 100)).isPositive();
    }

    @Test
    @DisplayName("a map with no member on it does not claim everyone is tied to a partner")
    void mapWithNoMember() {
        // GIVEN a partner whose only member deleted their data: nobody is on the map
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("privacy forget");
        ana.presses("Delete my data");

        // WHEN a coordinator asks for the map
        String text = bot.coordinator("cora").runs("coalition map").plainText();

        // THEN its members' line says nobody is on it yet
        assertThat(text).contains("Members with no partner: 0: " + MapView.NO_MEMBER)
                .doesNotContain("everyone is tied to a partner");
    }

    /** How many pixels darker than light grey lie in the rows from {@code top} to {@code bottom}. */
    private static int darkPixels(BufferedImage image, int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    @DisplayName("the PDF prints a partner's name as it was typed, asterisks and all, and the gaps without markup")
    void pdfKeepsTypedNames() throws IOException {
        // GIVEN a partner whose name has asterisks in it, fragile (one tie)
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "**Star** Kids * Club", "sector", "youth");

        // WHEN the coordinator makes this quarter's report
        String pdf = pdfText(file(bot.coordinator("cora").runs("report quarter", "which", "this"), ".pdf"));

        // THEN the name is printed whole, and the gaps' sector names carry no stray markup
        assertThat(pdf).contains("**Star** Kids * Club").contains("With no partner at all: ", "Housing")
                .doesNotContain("**With", "**Housing**");
    }

    @Test
    @DisplayName("in the PDF, a name whose emoji is left out reads without a stray space before the comma after it")
    void pdfNoSpaceBeforeCommaWhereAnEmojiWas() throws IOException {
        // GIVEN two fragile partners, the first ending in an emoji the PDF's font cannot draw
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "St. Mary's Outreach 🙏", "sector", "faith");
        bot.member("ana").runs("partner add", "name", "🍎 Food Pantry", "sector", "food");

        // WHEN the coordinator makes this quarter's report
        String pdf = pdfText(file(bot.coordinator("cora").runs("report quarter", "which", "this"), ".pdf"));

        // THEN the list reads "St. Mary's Outreach, Food Pantry"
        assertThat(pdf).contains("St. Mary's Outreach, Food Pantry").doesNotContain("Outreach ,");
    }

    @Test
    @DisplayName("in the PDF, a fragile partner named in emoji only is listed as a name it can't print, not left out")
    void pdfListsAnEmojiOnlyName() throws IOException {
        // GIVEN two fragile partners, one named in emoji only (as a name could be before a name needed a letter)
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Apples", "sector", "food");
        bot.app().database().write(c -> org.partnercoach.storage.Database.update(c,
                "UPDATE partners SET name = ? WHERE name = ?", "🍎🍎", "Apples"));
        bot.member("ana").runs("partner add", "name", "Grace Church", "sector", "faith");

        // WHEN the coordinator makes this quarter's report
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN the PDF lists both, the first as a name it can't print; the CSV keeps it as typed
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " "))
                .contains("Fragile partners (one tie or none): 2. (a name the PDF can't "
                        + "print: see the CSV), Grace Church");
        assertThat(CsvText.of(file(report, ".csv"))).contains("fragile partner,🍎🍎,ties,1");
    }

    @Test
    @DisplayName("which quarter, written as a coordinator says it: 'last quarter', 'this quarter', 'next quarter'")
    void whichQuarterInWords() {
        // GIVEN a list begun this quarter (Q1 2026)
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // THEN each reads as its one word does
        assertThat(cora.runs("report quarter", "which", "this quarter").plainText())
                .contains("Partnership report · Q1 2026 (Jan – Mar), so far");
        assertThat(cora.runs("report quarter", "which", "Last Quarter").text())
                .contains("The outreach list had no partners yet in Q4 2025 (Oct – Dec)");
        assertThat(cora.runs("report quarter", "which", "the previous quarter").text()).contains("Q4 2025");
        assertThat(cora.runs("report quarter", "which", "next quarter").plainText())
                .contains("Q2 2026 (Apr – Jun) hasn't started yet");
        assertThat(cora.runs("report quarter", "which", "quarterly").plainText())
                .contains("couldn't read that quarter");
    }

    @Test
    @DisplayName("which:q4 written in the new year's first quarter means the Q4 that just ended, not the one to come")
    void quarterWithoutYear() {
        // GIVEN a coalition whose list started in Q4 2025, in a server far east of UTC, on 2 March 2026
        bot.coordinator("cora").runs("coach setup", "timezone", "Pacific/Auckland");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Member cora = bot.coordinator("cora");

        // WHEN the coordinator asks for q4 (and Q4 with its year)
        Reply q4 = cora.runs("report quarter", "which", "q4");

        // THEN it is the last Q4 (2025), said as the answer for that quarter, never "hasn't started yet"
        assertThat(q4.text()).doesNotContain("hasn't started").startsWith("The outreach list had no partners yet in "
                + "Q4 2025 (Oct – Dec)");
        assertThat(cora.runs("report quarter", "which", "q1").plainText()).contains("Partnership report · Q1 2026");
        assertThat(cora.runs("report quarter", "which", "Q4 2026").text())
                .contains("Q4 2026 (Oct – Dec) hasn't started yet");
    }

    static void withinDiscordLimits(Reply reply) {
        assertThat(reply.cards().stream().mapToInt(Card::length).sum()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
        assertThat(reply.cards()).hasSizeLessThanOrEqualTo(10);
        assertThat(reply.files()).hasSizeLessThanOrEqualTo(10);
        // Discord takes 10 MiB of files per message from a bot on a server without boosts
        assertThat(reply.files().stream().mapToLong(f -> f.bytes().length).sum()).isLessThan(10L * 1024 * 1024);
        reply.cards().forEach(c -> c.fields().forEach(f -> assertThat(f.value().length())
                .isLessThanOrEqualTo(Limits.EMBED_FIELD_VALUE)));
    }

    /** The CSV as a spreadsheet reads it: a list of rows, each a list of cells, the header first. */
    static List<List<String>> csvRows(byte[] csv) throws IOException {
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class)
                .readValues(CsvText.of(csv))) {
            return it.readAll();
        }
    }

    static byte[] file(Reply reply, String ending) {
        return reply.files().stream().filter(f -> f.fileName().contains(ending)).findFirst().orElseThrow().bytes();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }
}
