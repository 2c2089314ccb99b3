package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("An introduction request's buttons, pressed after its partner was deleted or its asker deleted their data, "
        + "say what became of it")
class IntroButtonsAfterDeleteTest {

    private static final String NAME = "Eastside Food Bank";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.member("cora");

    @BeforeEach
    void coraAsksBea() {
        // GIVEN ana added the food bank, bea knows someone there, and cora asked for an introduction
        PartnersTestSupport.introductionAsked(bot, NAME, ana, bea, cora);
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private Reply lastDmTo(Member member) {
        return PartnersTestSupport.lastDmTo(bot, member);
    }

    private Instant deletes() {
        Instant at = bot.clock().instant();
        ana.runs(PartnerFeature.Paths.DELETE, "partner", NAME);
        assertThat(ana.presses("Delete for good").text()).startsWith("Deleted “" + NAME + "”");
        return at;
    }

    /** What any button about the deleted food bank says (DeletedPartnerPressedTest), with no partner called so now. */
    private String deletedLine(Instant at) {
        return "“" + NAME + "” was deleted from the list on " + TimeMarkup.full(at) + " by <@" + ana.id() + ">. "
                + "To add it again, use `/partner add name:\"" + NAME + "\"` and pick its sector.";
    }

    /** The same, once a partner called so is on the list again: the command that asks there. */
    private String againLine(Instant at) {
        return "“" + NAME + "” was deleted from the list on " + TimeMarkup.full(at) + " by <@" + ana.id() + ">. “"
                + NAME + "” is on the list again, as a new entry since: use `/partner intro partner:\"" + NAME
                + "\"` for it.";
    }

    private static final String HELPER_TAIL = " The request for an introduction went with the deleted entry, and "
            + "whoever was still waiting for one there was told by DM, so there's nothing to do here. Thank you!";

    @Test
    @DisplayName("GIVEN bea's DM asks her to introduce cora WHEN ana deletes the food bank and bea presses either "
            + "button THEN she hears when and by whom it was deleted, and that the request went with it")
    void helperPressesAfterDelete() {
        Reply request = lastDmTo(bea);
        Instant at = deletes();

        bea.reads(request);
        assertThat(bea.presses("I'll introduce you").text()).isEqualTo(deletedLine(at) + HELPER_TAIL);
        bea.reads(request);
        assertThat(bea.presses("I don't know them well").text()).isEqualTo(deletedLine(at) + HELPER_TAIL);
        // AND cora, told of the delete by DM, is told nothing more
        bot.advance(Duration.ZERO);
        assertThat(lastDmTo(cora).plainText()).contains("was deleted from the coalition's outreach list");
    }

    @Test
    @DisplayName("GIVEN the food bank was deleted and added again WHEN bea presses I'll introduce you on the old "
            + "request THEN she hears that it is on the list again, with the /partner intro that asks there")
    void helperPressesAfterDeleteAndAddAgain() {
        Reply request = lastDmTo(bea);
        Instant at = deletes();
        ana.runs(PartnerFeature.Paths.ADD, "name", NAME, "sector", "food");

        bea.reads(request);
        assertThat(bea.presses("I'll introduce you").text()).isEqualTo(againLine(at) + HELPER_TAIL);
        // AND the new entry has no request of cora's, and bea's press promised nothing
        bot.advance(Duration.ofDays(8));
        assertThat(bot.messenger().directTo(cora.id())).extracting(s -> s.reply().plainText())
                .noneMatch(t -> t.contains("will introduce you") || t.startsWith("A week ago"));
    }

    @Test
    @DisplayName("GIVEN cora deleted her data (/privacy forget) WHEN bea presses I'll introduce you THEN she hears "
            + "the member who asked has left the coalition's records, and that there is nothing to do")
    void requesterForgot() {
        Reply request = lastDmTo(bea);
        cora.runs("privacy forget");
        cora.presses("Delete my data");

        bea.reads(request);
        assertThat(bea.presses("I'll introduce you").text()).isEqualTo("The member who asked for that introduction "
                + "has since left the coalition's records (they deleted their data here), so there's nothing to do "
                + "here. Thank you!");
    }

    @Test
    @DisplayName("GIVEN bea agreed and cora got the week's follow-up WHEN the food bank is deleted (and added again) "
            + "and cora presses We've met THEN she hears when and by whom, and nothing is logged")
    void followUpsMetAfterDelete() {
        bea.reads(lastDmTo(bea));
        bea.presses("I'll introduce you");
        bot.advance(Duration.ofDays(8));
        Reply followUp = lastDmTo(cora);
        assertThat(followUp.plainText()).startsWith("A week ago");
        Instant at = deletes();

        cora.reads(followUp);
        assertThat(cora.presses("We've met").text()).isEqualTo(deletedLine(at) + " Your request for an "
                + "introduction went with the deleted entry, so I logged nothing.");

        ana.runs(PartnerFeature.Paths.ADD, "name", NAME, "sector", "food");
        cora.reads(followUp);
        assertThat(cora.presses("We've met").text()).isEqualTo(againLine(at) + " Your request for an "
                + "introduction went with the deleted entry, so I logged nothing.");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", NAME).plainText()).doesNotContain("Met them through");
    }

    @Test
    @DisplayName("a request's button from before its id named the partner still gets the general answer")
    void buttonOfAnEarlierVersion() {
        CustomId yes = lastDmTo(bea).buttons().get(0).id();
        deletes();

        assertThat(bea.pressesId(CustomId.of(yes.feature(), yes.action(), yes.arg(0), yes.arg(1))).text())
                .isEqualTo("I can't find that introduction request any more. Nothing to do here, thank you!");
    }
}
