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

        assertThat(text).contains("**1 of 20** sectors have a partner at the table · 2 on the way · "
                        + "1 only researched · **16 with no partner at all**")
                .contains("At the table (partnered) · 1: Food and nutrition (1)")
                .contains("On the way (connecting, cultivating, asking) · 2: Faith communities (2), Transportation (1)")
                .contains("Only researched · 1: Education (1)")
                .contains("With no partner at all · 16: ", "Business", "Housing")
                .doesNotContain("missing**").doesNotContain("Missing ·")
                .doesNotContain("the chamber of commerce").doesNotContain("Old Mill");
        assertThat(reply.cards()).hasSize(1);
        assertThat(reply.cards().get(0).length()).isLessThan(2000);
        assertThat(reply.buttons()).extracting(org.partnercoach.chat.Button::label).containsExactly("Sector directory");

        // WHEN she presses Sector directory THEN every sector is listed with where it stands, missing ones first
        Reply directory = ana.presses("Sector directory");
        assertThat(directory.plainText()).contains("Sector directory",
                "**Business** (no partner at all): the chamber of commerce; a large local employer;",
                "**Education** (only researched): ", "**Faith communities** (on the way)",
                "**Food and nutrition** (at the table)");
        assertThat(directory.cards().stream().mapToInt(Card::length).sum()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
    }

    @Test
    @DisplayName("an empty list: every sector is missing; a full one says well done")
    void emptyAndFull() {
        assertThat(ana.runs("coalition gaps").plainText()).contains("**20 with no partner at all**")
                .contains("At the table (partnered) · 0: none yet");

        GapsReport report = new GapsReport(Sectors.load(new org.partnercoach.curriculum.CurriculumLoader(null)));
        for (Sector s : Sectors.load(new org.partnercoach.curriculum.CurriculumLoader(null)).all()) {
            ana.runs(PartnerFeature.Paths.ADD, "name", "Org " + s.key(), "sector", s.key());
        }
        assertThat(report.render(report.of(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)))
                .plainText()).contains("Every sector has at least one organization");
    }
}
