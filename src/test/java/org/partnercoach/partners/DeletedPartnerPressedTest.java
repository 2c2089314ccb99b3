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
    @DisplayName("GIVEN bea is answering her plan for Sunrise Clinic WHEN ana deletes the partner and bea presses a "
            + "button of the plan's question, or sends the answer form she had open THEN she hears which partner, "
            + "when and by whom it was deleted, how to add it again, and that her plan went with it")
    void planButtonsAfterDelete() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        Reply question = bea.runs("partner coach", "partner", "Sunrise Clinic");
        List<CustomId> buttons = question.buttons().stream().map(Button::id).toList();
        assertThat(buttons).extracting(CustomId::action).containsExactly("answer", "skip", "back", "pause");
        assertThat(bea.presses("Answer").isForm()).isTrue();
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");
        String told = deletedLine("Sunrise Clinic", at, "<@" + ana.id() + ">") + " Your plan for it went with it. "
                + "Run `/coach progress` to see the walks you have and carry on with one.";

        // the form she had open, sent after the delete
        assertThat(bea.submits("answer", "Their nurses run the Saturday clinic").text()).isEqualTo(told);
        for (CustomId id : buttons) {
            assertThat(bea.pressesId(id).text()).as(id.toString()).isEqualTo(told);
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

    /** What a press about the deleted partner says once a partner called {@code now} is on the list again. */
    private static String againLine(String name, Instant at, String by, String command, String now) {
        return "“" + name + "” was deleted from the list on " + TimeMarkup.full(at) + " by " + by + ". “" + now
                + "” is on the list again, as a new entry since: use `/" + command + " partner:\"" + now
                + "\"` for it.";
    }

    @Test
    @DisplayName("GIVEN dan's DM offers Ask for an introduction at Eastside Food Bank WHEN ana deletes it and adds it "
            + "again, and bea knows someone at the new one, THEN dan's button says the old one was deleted and that "
            + "Eastside Food Bank is on the list again, with the /partner intro that asks there, not to add it")
    void dmIntroButtonAfterDeleteAndAddAgain() {
        Member dan = bot.member("dan");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bea.runs(PartnerFeature.Paths.KNOW, "partner", "Eastside Food Bank");
        dan.runs(PartnerFeature.Paths.INTRO, "partner", "Eastside Food Bank");
        bea.runs(PartnerFeature.Paths.UNKNOW, "partner", "Eastside Food Bank");
        bot.advance(java.time.Duration.ZERO);
        Reply dm = bot.messenger().directTo(dan.id()).stream().map(s -> s.reply())
                .filter(r -> r.buttons().stream().anyMatch(b -> b.label().equals("Ask for an introduction")))
                .reduce((a, b) -> b).orElseThrow();
        Instant at = bot.clock().instant();
        deletes(ana, "Eastside Food Bank");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bea.runs(PartnerFeature.Paths.KNOW, "partner", "Eastside Food Bank");

        dan.reads(dm);
        assertThat(dan.presses("Ask for an introduction").text()).isEqualTo(againLine("Eastside Food Bank", at,
                "<@" + ana.id() + ">", "partner intro", "Eastside Food Bank"));
        // AND the command it gives does ask there
        assertThat(dan.runs(PartnerFeature.Paths.INTRO, "partner", "Eastside Food Bank").text())
                .contains("I'm asking <@" + bea.id() + "> by DM");
    }

    @Test
    @DisplayName("a card's buttons, pressed after its partner was deleted and added again, each point to the command "
            + "it stands for on the partner now on the list; the list's menu to its page")
    void cardButtonsAfterDeleteAndAddAgain() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic").id();
        Reply card = bea.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic");
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");
        // added again, spelled a little differently: the command names it as it is called now
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise clinic", "sector", "health-care");

        java.util.Map<String, String> commands = java.util.Map.of("coach", "partner coach", "tip", "partner coach",
                "know", "partner know", "unknow", "partner unknow", PartnerView.INTRO_BUTTON, "partner intro");
        for (CustomId button : partnerButtons(card)) {
            assertThat(bea.pressesId(button).text()).as(button.toString()).isEqualTo(againLine("Sunrise Clinic", at,
                    "<@" + ana.id() + ">", commands.getOrDefault(button.action(), "partner show"), "Sunrise clinic"));
        }
        assertThat(partnerButtons(card)).extracting(CustomId::action).contains(PartnerView.INTRO_BUTTON);
        // AND a pick from the list's menu naming the deleted partner's id (as one opened before the delete did) too
        bea.runs(PartnerFeature.Paths.LIST);
        assertThat(bea.picks(String.valueOf(id)).text()).isEqualTo(againLine("Sunrise Clinic", at,
                "<@" + ana.id() + ">", "partner show", "Sunrise clinic"));
    }

    @Test
    @DisplayName("another partner renamed to a deleted one's name since: a button of the deleted one points to it")
    void anotherRenamedSoSince() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Health", "sector", "health-care");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic").id();
        Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Sunrise Health", "name", "Sunrise Clinic");

        assertThat(bea.pressesId(CustomId.of("partner", "coach", id)).text()).isEqualTo(againLine("Sunrise Clinic",
                at, "<@" + ana.id() + ">", "partner coach", "Sunrise Clinic"));
        // AND once it is renamed again, the deleted one is told as before
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Sunrise Clinic", "name", "Sunrise Health Center");
        assertThat(bea.pressesId(CustomId.of("partner", "coach", id)).text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, "<@" + ana.id() + ">"));
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
