package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A partner's page says which of its owner and those who know someone there have left the server")
class PartnerPageWhoLeftTest {

    private static final String OWNER_LEFT = " (has left the server, so no reminders reach them: a coordinator "
            + "hands it to someone with `/partner owner`)";

    private final TestBot bot = TestBot.inMemory();
    private final Member cora = bot.coordinator("cora");
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member carl = bot.member("carl");

    @BeforeEach
    void list() {
        // ana looks after the food bank; bea and carl know someone there
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        carl.runs("partner know", "partner", "Eastside Food Bank");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private String page(Member reader) {
        return reader.runs("partner show", "partner", "Eastside Food Bank").plainText();
    }

    private int questions() {
        return bot.messenger().membershipQuestions().size();
    }

    @Test
    @DisplayName("the owner and carl left: a coordinator's page marks both, says what to do about the owner, and "
            + "leaves bea as she was; nothing is stored, so once they are back the page names them plainly")
    void ownerAndHelperLeft() {
        // GIVEN ana and carl have left the server
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().leaves(TestBot.GUILD, carl.id());

        // WHEN cora reads the page
        String page = page(cora);

        // THEN the owner and carl are marked, bea is not
        assertThat(page).contains("Owner: <@" + ana.id() + ">" + OWNER_LEFT)
                .contains("<@" + carl.id() + "> (has left the server)")
                .doesNotContain("<@" + bea.id() + "> (has left");
        // AND Discord was asked once, about the three of them
        assertThat(bot.messenger().membersAskedAbout()).last()
                .isEqualTo(Set.of(ana.id(), bea.id(), carl.id()));

        // WHEN they come back
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        bot.messenger().comesBack(TestBot.GUILD, carl.id());

        // THEN the page names them as before
        assertThat(page(cora)).contains("Owner: <@" + ana.id() + ">\n").doesNotContain("has left");
    }

    @Test
    @DisplayName("the member reading is never asked about, and a page with nobody else on it asks Discord nothing")
    void readerNotAskedAbout() {
        // WHEN bea reads the page: Discord is asked about ana and carl only
        page(bea);
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(Set.of(ana.id(), carl.id()));

        // WHEN ana reads the page of a partner she looks after, that nobody else knows
        ana.runs("partner add", "name", "Westside YMCA", "sector", "youth");
        int asked = questions();
        ana.runs("partner show", "partner", "Westside YMCA");

        // THEN Discord was not asked
        assertThat(questions()).isEqualTo(asked);
    }

    @Test
    @DisplayName("an unknown partner is refused as before, without asking Discord; a moved-on partner's page still "
            + "marks who left")
    void refusedAndMovedOn() {
        int asked = questions();
        assertThat(cora.runs("partner show", "partner", "Nowhere Clinic").plainText())
                .contains("I can't find a partner called “Nowhere Clinic”");
        assertThat(cora.runs("partner show", "partner", "@everyone '; DROP TABLE partners;--").plainText())
                .contains("I can't find a partner");
        assertThat(questions()).isEqualTo(asked);

        ana.runs("partner archive", "partner", "Eastside Food Bank");
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        assertThat(page(cora)).contains("<@" + bea.id() + "> (has left the server)");
    }

    @Test
    @DisplayName("a page opened from /partner list's menu asks Discord too, and marks the owner and carl who left")
    void openedFromTheList() {
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        cora.runs("partner list");
        int asked = questions();

        String page = cora.picks(String.valueOf(partnerId())).plainText();

        assertThat(page).contains("Owner: <@" + ana.id() + ">" + OWNER_LEFT)
                .contains("<@" + carl.id() + "> (has left the server)")
                .doesNotContain("<@" + bea.id() + "> (has left");
        assertThat(questions()).isEqualTo(asked + 1);
    }

    @Test
    @DisplayName("the page's Ask for an introduction button asks Discord first, as /partner intro does: carl, who left, "
            + "is not asked, and the reply says so; bea is")
    void introButtonSkipsWhoLeft() {
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        cora.runs("partner show", "partner", "Eastside Food Bank");

        String asked = cora.presses("Ask for an introduction").plainText();

        assertThat(asked).contains("I'm asking <@" + bea.id() + "> by DM")
                .contains("<@" + carl.id() + "> has left the server, so I didn't ask them")
                .doesNotContain("I'm asking <@" + carl.id() + ">");
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(Set.of(bea.id(), carl.id()));
    }

    @Test
    @DisplayName("the same button on a page seen in a DM asks Discord about the partner's server first: carl, who "
            + "left, is not asked, and the reply says so; bea is")
    void introButtonInADmSkipsWhoLeft() {
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        Reply page = cora.runs("partner show", "partner", "Eastside Food Bank");
        cora.reads(page);

        String asked = cora.presses("Ask for an introduction").plainText();

        assertThat(asked).contains("I'm asking <@" + bea.id() + "> by DM")
                .contains("<@" + carl.id() + "> has left the server, so I didn't ask them")
                .doesNotContain("I'm asking <@" + carl.id() + ">");
        assertThat(bot.messenger().membershipQuestions()).last().isEqualTo(TestBot.GUILD);
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(Set.of(bea.id(), carl.id()));
    }

    @Test
    @DisplayName("a page opened in a DM from the list's menu marks the owner and carl who left, as in the server")
    void openedInADm() {
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().leaves(TestBot.GUILD, carl.id());
        cora.reads(cora.runs("partner list"));

        String page = cora.picks(String.valueOf(partnerId())).plainText();

        assertThat(page).contains("Owner: <@" + ana.id() + ">" + OWNER_LEFT)
                .contains("<@" + carl.id() + "> (has left the server)")
                .doesNotContain("<@" + bea.id() + "> (has left");
        assertThat(bot.messenger().membershipQuestions()).last().isEqualTo(TestBot.GUILD);
    }

    /** The food bank's id, as the list's menu offers it. */
    private long partnerId() {
        return bot.app().partners().activePartners(TestBot.GUILD).stream()
                .filter(p -> p.name().equals("Eastside Food Bank")).findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("when Discord cannot tell in time about someone, the page does not say they left")
    void platformCannotTell() {
        bot.messenger().noAnswerAbout(TestBot.GUILD, carl.id());

        assertThat(page(cora)).contains("<@" + carl.id() + ">").doesNotContain("has left");
    }
}
