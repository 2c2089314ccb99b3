package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A button or menu about a partner deleted for good names the partner, when and by whom it was deleted")
class DeletedPartnerPressedTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    private static void deletes(Member who, String name) {
        who.runs(PartnerFeature.Paths.DELETE, "partner", name);
        assertThat(who.presses("Delete for good").text()).startsWith("Deleted “" + name + "”");
    }

    private static String deletedLine(String name, Instant at, String by) {
        return "“" + name + "” was deleted from the list on " + TimeMarkup.full(at) + " by " + by + ". "
                + "To add it again, use `/partner add name:\"" + name + "\"` and pick its sector.";
    }

    /** The buttons of a partner's card that name it by its id (all but the list's own). */
    private static List<CustomId> partnerButtons(Reply card) {
        return card.buttons().stream().map(Button::id).filter(id -> id.feature().equals("partner")).toList();
    }

    @Test
    @DisplayName("GIVEN bea has Sunrise Clinic's card open WHEN ana deletes it and bea presses a button of the card "
            + "THEN bea hears which partner, when and by whom it was deleted, and how to add it again")
    void cardButtonsAfterDelete() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        Reply card = bea.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic");
        List<CustomId> buttons = partnerButtons(card);
        assertThat(buttons).isNotEmpty();
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");

        for (CustomId id : buttons) {
            assertThat(bea.pressesId(id).text()).as(id.toString())
                    .isEqualTo(deletedLine("Sunrise Clinic", at, "<@" + ana.id() + ">"));
        }
    }

    @Test
    @DisplayName("the list's menu, picking a partner deleted since, names it too")
    void listMenuAfterDelete() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic").id();
        bea.runs(PartnerFeature.Paths.LIST);
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");

        assertThat(bea.picks(String.valueOf(id)).text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, "<@" + ana.id() + ">"));
        // AND the deletion keeps the partner's id
        assertThat(bot.storedRows().<java.util.Optional<Long>>read(c -> Database.one(c, "SELECT partner_id FROM partner_deletions",
                rs -> rs.getLong(1)))).contains(id);
    }

    @Test
    @DisplayName("a partner deleted by a member who used /privacy forget since is told as deleted by a former member")
    void forgotten() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic").id();
        bea.runs(PartnerFeature.Paths.LIST);
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");
        ana.runs("privacy forget");
        ana.presses("Delete my data");

        assertThat(bea.picks(String.valueOf(id)).text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, "a former member"))
                .doesNotContain(String.valueOf(ana.id()));
    }

    @Test
    @DisplayName("a deletion recorded before partner ids were kept, an unknown id, or another server's deleted partner "
            + "get the general answer, naming nothing of another server")
    void noIdKnown() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic").id();
        bea.runs(PartnerFeature.Paths.LIST);
        deletes(ana, "Sunrise Clinic");

        // another server's member pressing a button with that id hears nothing of it
        Member olu = bot.memberOfOtherServer("olu");
        assertThat(olu.pressesId(CustomId.of("partner", "coach", id)).text()).startsWith("I can't find that partner")
                .doesNotContain("Sunrise");
        // nor does an id no partner ever had, or one that is no number
        assertThat(bea.pressesId(CustomId.of("partner", "coach", 999_999)).text())
                .startsWith("I can't find that partner");
        assertThat(bea.pressesId(CustomId.of("partner", "coach", "x")).text()).startsWith("I can't find that partner");

        // a record of an earlier version, without the id
        bot.storedRows().write(c -> Database.update(c, "UPDATE partner_deletions SET partner_id = NULL"));
        assertThat(bea.pressesId(CustomId.of("partner", "coach", id)).text()).startsWith("I can't find that partner");
    }

    @Test
    @DisplayName("the deletion's partner id survives a restart")
    void survivesRestart(@TempDir Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member cora = fileBot.coordinator("cora");
            Member dee = fileBot.member("dee");
            dee.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
            Reply card = dee.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic");
            Instant at = fileBot.clock().instant();
            deletes(cora, "Sunrise Clinic");

            fileBot.restart();

            assertThat(fileBot.member("dee").pressesId(partnerButtons(card).get(0)).text())
                    .isEqualTo(deletedLine("Sunrise Clinic", at, "<@" + cora.id() + ">"));
        }
    }
}
