package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/coalition gaps: who is missing at the table")
class GapsReportTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private void seed(String name, String sector, String stage) {
        ana.runs(PartnerFeature.Paths.ADD, "name", name, "sector", sector);
        if (!stage.equals("researching")) {
            ana.runs(PartnerFeature.Paths.STAGE, "partner", name, "stage", stage);
        }
    }

    @Test
    @DisplayName("a seeded coalition: each sector in the furthest group any of its partners reached")
    void groupsSectors() {
        seed("Eastside Food Bank", "food", "partnered");
        seed("Community Garden", "food", "researching");
        seed("Grace Church", "faith", "cultivating");
        seed("St. Mark's", "faith", "asking");
        seed("Lincoln High", "education", "researching");
        seed("City Transit", "transportation", "connecting");
        seed("Old Mill", "business", "partnered");
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Old Mill");

        Reply reply = ana.runs("coalition gaps");
        String text = reply.plainText();

        assertThat(text).contains("At the table (partnered) · 1: • **Food and nutrition**: Eastside Food Bank")
                .contains("On the way (connecting, cultivating, asking) · 2:")
                .contains("• **Faith communities**: St. Mark's (asking), Grace Church (cultivating)")
                .contains("• **Transportation**: City Transit (connecting)")
                .contains("Only researched · 1: • **Education**: Lincoln High")
                .contains("Missing (16 of 20 sectors)")
                .contains("• **Business**: the chamber of commerce; a large local employer;")
                .contains("• **Housing**: the public housing authority;")
                .doesNotContain("Community Garden").doesNotContain("Old Mill");
        int total = reply.cards().stream().mapToInt(Card::length).sum();
        assertThat(total).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
    }

    @Test
    @DisplayName("an empty list: every sector is missing; a full one says well done")
    void emptyAndFull() {
        assertThat(ana.runs("coalition gaps").plainText()).contains("Missing (20 of 20 sectors)")
                .contains("At the table (partnered) · 0: none yet");

        GapsReport report = new GapsReport(Sectors.load(new org.partnercoach.curriculum.CurriculumLoader(null)));
        for (Sector s : Sectors.load(new org.partnercoach.curriculum.CurriculumLoader(null)).all()) {
            ana.runs(PartnerFeature.Paths.ADD, "name", "Org " + s.key(), "sector", s.key());
        }
        assertThat(report.render(report.of(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)))
                .plainText()).contains("Every sector has at least one organization");
    }
}
