package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.network.QuarterReportTest.csvRows;
import static org.partnercoach.network.QuarterReportTest.file;
import static org.partnercoach.network.QuarterReportTest.pdfText;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A shared answer from a partner's plan reaches coordinators and funders with its partner named")
class SharedPlanAnswersTest {

    private static final String PROFILE = "https://discord.com/users/";
    private static final String MANDATE = "What is the mandate of Grace Church? What do they exist to do, and who do "
            + "they serve?";

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** bea answers the first question of her plan for Grace Church and shares it; cora is the coordinator. */
    private Member beaSharesHerPlanAnswer() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        Member bea = bot.member("bea");
        bea.runs("partner add", "name", "Grace Church", "sector", "faith");
        bea.runs("partner coach", "partner", "Grace Church");
        bea.presses("Answer");
        bea.submits("answer", "Feeding families on weekends");
        bea.runs("coach answers");
        bea.presses("Share 1");
        return cora;
    }

    @Test
    @DisplayName("/export answers, the digest and the quarterly report say the question with the partner's name, "
            + "and which partner, never \"{partner}\"")
    void partnerNamedEverywhere() throws IOException {
        // GIVEN bea shared an answer of her plan for Grace Church
        Member cora = beaSharesHerPlanAnswer();
        long bea = bot.member("bea").id();

        // WHEN the coordinator exports the answers, previews the digest and makes the quarterly report
        List<List<String>> answers = csvRows(file(cora.runs("export answers"), ".csv"));
        Reply digest = cora.runs("digest preview");
        Reply report = cora.runs("report quarter", "which", "this");

        // THEN the answers' CSV has the question as bea answered it, and her partner in a column of its own, last
        assertThat(answers.get(0)).containsExactly("id", "member", "walk", "question", "answer", "updated_at",
                "partner");
        assertThat(answers.get(1)).containsExactly("1", PROFILE + bea, "Plan for one partner", MANDATE,
                "Feeding families on weekends", "2026-03-02 15:00", "Grace Church");
        // AND the digest's card and its CSV say it too
        assertThat(digest.plainText()).contains("• <@" + bea + ">, for **Grace Church**, on *What is the mandate of "
                + "Grace Church? What do they exist to …*: Feeding families on weekends");
        List<List<String>> digestRows = csvRows(file(digest, ".csv"));
        assertThat(digestRows.get(0)).endsWith("period from", "period to", "partner");
        assertThat(digestRows).filteredOn(row -> row.get(0).equals("shared answer")).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 4)).containsExactly(PROFILE + bea, MANDATE,
                        "Feeding families on weekends"))
                .satisfies(row -> assertThat(row.get(8)).isEqualTo("Grace Church"));
        // AND the report's stories (card, CSV, and the PDF for funders) name the partner's plan under the question
        Card stories = report.cards().stream().filter(c -> c.title().equals("Members' stories")).findFirst()
                .orElseThrow();
        assertThat(stories.fields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo(MANDATE);
            assertThat(f.value()).isEqualTo("*Plan for one partner — Grace Church*\nFeeding families on weekends");
        });
        assertThat(csvRows(file(report, ".csv"))).filteredOn(row -> row.get(0).equals("shared story")).singleElement()
                .satisfies(row -> assertThat(row.subList(0, 5)).containsExactly("shared story", MANDATE,
                        "Plan for one partner — Grace Church", "", "Feeding families on weekends"));
        assertThat(pdfText(file(report, ".pdf")).replaceAll("\\s+", " ")).contains(MANDATE
                + " Plan for one partner — Grace Church “Feeding families on weekends”");
        for (String shown : List.of(digest.plainText(), report.plainText(), pdfText(file(report, ".pdf")))) {
            assertThat(shown).doesNotContain("{partner}");
        }
    }

    @Test
    @DisplayName("after a rename and an archive the coordinators read the partner's name now; deleted for good, the "
            + "plan and its shared answer go with it")
    void renamedArchivedThenDeleted() throws IOException {
        // GIVEN bea shared an answer of her plan for Grace Church, which is renamed and moved on from since
        Member cora = beaSharesHerPlanAnswer();
        Member bea = bot.member("bea");
        bea.runs("partner edit", "partner", "Grace Church", "name", "Grace Community Church");
        bea.runs("partner archive", "partner", "Grace Community Church", "reason", "Closed for the year");

        // THEN the export and the digest say the question and the partner by the name it has now
        assertThat(csvRows(file(cora.runs("export answers"), ".csv")).get(1)).contains(
                "What is the mandate of Grace Community Church? What do they exist to do, and who do they serve?",
                "Grace Community Church");
        assertThat(cora.runs("digest preview").plainText()).contains(", for **Grace Community Church**, on *What is "
                + "the mandate of Grace Community Church?");

        // WHEN the partner is deleted for good
        bea.runs("partner restore", "partner", "Grace Community Church");
        bea.runs("partner delete", "partner", "Grace Community Church");
        bea.presses("Delete for good");

        // THEN its plan went with it, and so did the answer shared from it
        assertThat(csvRows(file(cora.runs("export answers"), ".csv"))).hasSize(1);
        assertThat(cora.runs("digest preview").plainText()).doesNotContain("Feeding families");
    }

    @Test
    @DisplayName("a plan whose partner is no longer found reads as for \"a partner no longer on the list\", its "
            + "question about \"this organization\"")
    void partnerNoLongerFound() {
        WalkActivity.SharedAnswer a = new WalkActivity.SharedAnswer(1, 2, "Plan for one partner", 7, "",
                "What is the mandate of {partner}?", "Feeding families", java.time.Instant.EPOCH);
        assertThat(a.partner()).isEqualTo("a partner no longer on the list");
        assertThat(a.question()).isEqualTo("What is the mandate of this organization?");
        assertThat(a.walk()).isEqualTo("Plan for one partner — a partner no longer on the list");
    }
}
