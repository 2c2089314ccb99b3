package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A partner added or renamed under a name that differs from one on the list only in spaces or punctuation"
        + " is kept, with a heads-up naming the one already there")
class LookalikeNamesTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("GIVEN “St. Mary's Clinic” on the list WHEN bea adds “St Marys Clinic” THEN it is added, and the reply"
            + " names the other and how to undo it; an unlike name, or one in another server, says nothing")
    void addedLookalike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");

        Reply added = bea.runs(PartnerFeature.Paths.ADD, "name", "St Marys Clinic", "sector", "health-care");

        assertThat(added.text()).startsWith("Added “St Marys Clinic” (Health care) to the outreach list")
                .endsWith("\n\nHeads-up: “St. Mary's Clinic” (Health care, researching) is already on the list,"
                        + " spelled a little differently. If it is the same organization, delete this one with"
                        + " `/partner delete partner:\"St Marys Clinic\"` and carry on with “St. Mary's Clinic”.");
        assertThat(added.buttons()).extracting(org.partnercoach.chat.Button::label)
                .containsExactly("Coach me on this partner", "I know someone there");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's Clinic", "St Marys Clinic");

        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "East Side Food Bank", "sector", "food").text())
                .doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food-Bank", "sector", "food").text())
                .contains("Heads-up: “East Side Food Bank” (Food and nutrition, researching) is already on the list");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Saint Mary's", "sector", "faith").text())
                .doesNotContain("Heads-up");
        assertThat(bot.memberOfOtherServer("olu").runs(PartnerFeature.Paths.ADD, "name", "St Marys Clinic.",
                "sector", "health-care").text()).doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("a moved-on partner spelled alike is named as moved on, with the way back; a name of emoji alone is "
            + "refused, not "
            + "taken as alike to another")
    void movedOnLookalike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Grace Church");
        ana.runs(PartnerFeature.Paths.ADD, "name", "🍎", "sector", "food");

        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "GraceChurch", "sector", "faith").text())
                .contains("Heads-up: the coalition has moved on from “Grace Church” (Faith communities), spelled a "
                        + "little differently.").contains("`/partner restore partner:\"Grace Church\"` brings that "
                        + "one back");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "🍎🍎", "sector", "food").text())
                .contains("has no letter or number").doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("renaming a partner to a name spelled like another's says so; respelling its own name does not")
    void renamedLookalike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Clinic on 5th", "sector", "health-care");

        String renamed = bea.runs(PartnerFeature.Paths.EDIT, "partner", "Clinic on 5th", "name", "St Marys Clinic")
                .text();

        assertThat(renamed).startsWith("Saved the changes to “St Marys Clinic”.")
                .endsWith("\n\nHeads-up: “St. Mary's Clinic” (Health care, researching) is already on the list,"
                        + " spelled a little differently. If they are the same organization, look at both with"
                        + " `/partner show` and delete the one you don't need.");
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "St. Mary's Clinic", "name", "St Mary's Clinic")
                .text()).contains("Heads-up: “St Marys Clinic”");
        ana.runs(PartnerFeature.Paths.DELETE, "partner", "St Marys Clinic");
        ana.presses("Delete for good");
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "St Mary's Clinic", "name", "St. Marys Clinic")
                .text()).doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("GIVEN ana moved on from “Grace Church” and bea added “Grace-Church” since WHEN ana restores “Grace "
            + "Church” THEN the restore's reply gives the heads-up a rename to that name gets; a restore with no "
            + "look-alike gives none")
    void restoredLookalike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Grace Church", "reason", "no capacity");
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace-Church", "sector", "faith");

        String restored = ana.runs("partner restore", "partner", "Grace Church").text();

        assertThat(restored).startsWith("“Grace Church” is back on the list, in the researching stage.")
                .endsWith("\n\nHeads-up: “Grace-Church” (Faith communities, researching) is already on the list,"
                        + " spelled a little differently. If they are the same organization, look at both with"
                        + " `/partner show` and delete the one you don't need.");
        bea.runs("partner delete", "partner", "Grace-Church");
        bea.presses("Delete for good");
        ana.runs("partner archive", "partner", "Grace Church");
        assertThat(ana.runs("partner restore", "partner", "Grace Church").text()).doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("a name that differs from one on the list only in its accents (“Cafe Sol” and “Café Sol”) is added "
            + "with the heads-up, as one that differs in punctuation is; a name in case alone is the same partner")
    void accentsOnly() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Café Sol", "sector", "food");

        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Cafe Sol", "sector", "food").text())
                .startsWith("Added “Cafe Sol”")
                .contains("Heads-up: “Café Sol” (Food and nutrition, researching) is already on the list, spelled a "
                        + "little differently. If it is the same organization, delete this one with "
                        + "`/partner delete partner:\"Cafe Sol\"` and carry on with “Café Sol”.");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "CAFÉ SOL", "sector", "food").text())
                .contains("“Café Sol” is already on the list");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Señora Clínica", "sector", "health-care").text())
                .doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "한국 센터", "sector", "community").text())
                .doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "가".repeat(100), "sector", "community").text())
                .startsWith("Added").doesNotContain("Heads-up");
    }

    @Test
    @DisplayName("a name that differs from one on the list only by a leading “The”, or by “&” for “and”, is added with"
            + " the heads-up; “the” inside a name, or a name that is only “The”, is a name like any other")
    void leadingTheAndAmpersand() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Boys & Girls Club", "sector", "youth");

        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "The Eastside Food Bank", "sector", "food").text())
                .startsWith("Added “The Eastside Food Bank”")
                .contains("Heads-up: “Eastside Food Bank” (Food and nutrition, researching) is already on the list,"
                        + " spelled a little differently.");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Boys and Girls Club", "sector", "youth").text())
                .contains("Heads-up: “Boys & Girls Club” (Youth, researching) is already on the list");
        assertThat(bea.runs(PartnerFeature.Paths.EDIT, "partner", "Boys and Girls Club", "name",
                "The Boys and Girls Club").text()).contains("Heads-up: “Boys & Girls Club”");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank at the Mall", "sector", "food")
                .text()).doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Theater Eastside Food Bank", "sector", "arts")
                .text()).doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "The", "sector", "community").text())
                .startsWith("Added “The”").doesNotContain("Heads-up");
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "&", "sector", "community").text())
                .contains("has no letter or number");
    }

    @Test
    @DisplayName("partners stored before accents counted as spelling are told apart that way after the next start")
    void accentsOfStoredNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            fileBot.member("ana").runs(PartnerFeature.Paths.ADD, "name", "Clínica Esperanza", "sector", "health-care");
            // as the rule before this one kept its letters
            fileBot.storedRows().write(c -> org.partnercoach.storage.Database.update(c,
                    "UPDATE partners SET name_letters = 'clínicaesperanza'")
                    + org.partnercoach.storage.Database.update(c, "UPDATE partner_key_rule SET rule = ?",
                    PartnerInput.KEY_RULE - 1));
            fileBot.restart();

            assertThat(fileBot.member("bea").runs(PartnerFeature.Paths.ADD, "name", "Clinica Esperanza", "sector",
                    "health-care").text()).contains("Heads-up: “Clínica Esperanza” (Health care, researching)");
        }
    }
}
