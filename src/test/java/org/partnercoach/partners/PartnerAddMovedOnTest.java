package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * Adding (or renaming to) the name of a partner the coalition has moved on from gives the way back, {@code /partner
 * restore}, with who may run it (its owner or a coordinator; a coordinator only when nobody looks after it), where it
 * pointed to {@code /partner log}, which a moved-on partner has no use for.
 */
@DisplayName("/partner add and rename: a moved-on partner's name gives the way back")
class PartnerAddMovedOnTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member bea = bot.member("bea");
    private final Member dan = bot.member("dan");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    private void graceChurchMovedOn() {
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        bea.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Grace Church", "reason", "No capacity");
    }

    private String beaId() {
        return "<@" + bea.id() + ">";
    }

    @Test
    @DisplayName("GIVEN bea's Grace Church moved on WHEN dan adds it again, as typed or in another case THEN he reads "
            + "that it moved on and that bea or a coordinator brings it back with /partner restore; nothing is added")
    void addRefusedWithTheWayBack() {
        graceChurchMovedOn();

        String exact = dan.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith").plainText();
        String alike = dan.runs(PartnerFeature.Paths.ADD, "name", "  GRACE   church ", "sector", "faith").plainText();

        assertThat(exact).isEqualTo("The coalition has moved on from “Grace Church” (Faith communities), kept with "
                + "its history, so I didn't add it again. `/partner restore partner:\"Grace Church\"` brings it back: "
                + beaId() + ", who looks after it, or a coordinator can run it. Ask one of them.")
                .doesNotContain("/partner log");
        assertThat(alike).isEqualTo(exact);
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).hasSize(1);
        // its owner, or a coordinator, may run it herself
        assertThat(bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith").plainText())
                .endsWith("so I didn't add it again. `/partner restore partner:\"Grace Church\"` brings it back.");
        assertThat(cora.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith").plainText())
                .endsWith("`/partner restore partner:\"Grace Church\"` brings it back.");
        // and that command does
        assertThat(bea.runs(PartnerFeature.Paths.RESTORE, "partner", "Grace Church").plainText())
                .startsWith("“Grace Church” is back on the list");
    }

    @Test
    @DisplayName("a partner still on the list is refused as before, with /partner show and /partner log")
    void activeDuplicateAsBefore() {
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");

        assertThat(dan.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith").plainText())
                .isEqualTo("“Grace Church” is already on the list (Faith communities, researching). See it with "
                        + "`/partner show partner:\"Grace Church\"`, or log news about it with `/partner log`.");
    }

    @Test
    @DisplayName("a rename to a moved-on partner's name is refused with the way back too")
    void renameRefusedWithTheWayBack() {
        graceChurchMovedOn();
        dan.runs(PartnerFeature.Paths.ADD, "name", "First Baptist", "sector", "faith");

        String renamed = dan.runs(PartnerFeature.Paths.EDIT, "partner", "First Baptist", "name", "Grace Church")
                .plainText();

        assertThat(renamed).isEqualTo("Another partner on the list is already called “Grace Church” (Faith "
                + "communities, moved on), so I left “First Baptist” as it was: nothing was changed. Pick another "
                + "name. The coalition has moved on from that one, kept with its history: `/partner restore "
                + "partner:\"Grace Church\"` brings it back: " + beaId() + ", who looks after it, or a coordinator can "
                + "run it. Ask one of them.");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "First Baptist").name()).isEqualTo("First Baptist");
    }

    @Test
    @DisplayName("a name spelled like a moved-on partner's is added, and its heads-up gives the way back to that one")
    void spelledAlikeHeadsUp() {
        graceChurchMovedOn();

        String added = dan.runs(PartnerFeature.Paths.ADD, "name", "GraceChurch", "sector", "faith").plainText();

        assertThat(added).startsWith("Added “GraceChurch” (Faith communities)")
                .endsWith("\n\nHeads-up: the coalition has moved on from “Grace Church” (Faith communities), spelled "
                        + "a little differently. If it is the same organization, delete this one with `/partner "
                        + "delete partner:\"GraceChurch\"`. `/partner restore partner:\"Grace Church\"` brings that "
                        + "one back: " + beaId() + ", who looks after it, or a coordinator can run it. Ask one of "
                        + "them.");
    }

    @Test
    @DisplayName("a moved-on partner nobody looks after: only a coordinator brings it back, as its page says")
    void nobodyLooksAfterIt() {
        graceChurchMovedOn();
        bea.runs("privacy forget");
        bea.presses("Delete my data");

        assertThat(dan.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith").plainText())
                .endsWith("so I didn't add it again. Nobody looks after it: a coordinator can bring it back with "
                        + "`/partner restore partner:\"Grace Church\"` and hand it on with `/partner owner`. Ask one.");
    }
}
