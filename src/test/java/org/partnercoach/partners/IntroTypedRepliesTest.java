package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A reply typed in the DM under an introduction request or its follow-up is about the introduction, not "
        + "an answer to a walk")
class IntroTypedRepliesTest {

    private static final String NAME = "Eastside Food Bank";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.member("cora");

    @BeforeEach
    void beaHasAWalkOpen() {
        // GIVEN bea answered the first question of her walk in the DM
        bea.types("start");
        bea.types("Lincoln High School");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private String progress() {
        return bea.runs("coach progress").plainText();
    }

    @Test
    @DisplayName("GIVEN cora asked bea for an introduction WHEN bea types \"sure, happy to introduce you!\" THEN she is "
            + "told which button answers it, her walk keeps no answer and does not move, and the request still waits")
    void yesTypedUnderTheRequest() {
        String before = progress();
        PartnersTestSupport.introductionAsked(bot, NAME, ana, bea, cora);

        for (String typed : List.of("sure, happy to introduce you!", "Yes", "sure i can introduce u", "no sorry")) {
            Reply reply = bea.types(typed);
            assertThat(reply.text()).as(typed).contains("press **I'll introduce you** or **I don't know them well** "
                    + "on my message above", "<@" + cora.id() + ">", "I didn't keep your line as an answer")
                    .doesNotContain("Saved");
        }
        assertThat(progress()).isEqualTo(before);
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", NAME).plainText())
                .doesNotContain("will introduce them");
        // AND a puzzled line is told what the request is
        assertThat(bea.types("what is this?").text()).contains("<@" + cora.id() + "> is reaching out to “" + NAME
                + "”", "press **I'll introduce you**");
    }

    @Test
    @DisplayName("GIVEN bea agreed a week ago WHEN cora, whose walk is open below the follow-up, types \"yes we met!\" "
            + "THEN she is told We've met logs it, and nothing is saved to her walk or logged")
    void metTypedUnderTheFollowUp() {
        cora.types("start");
        cora.types("Westside Clinic");
        String coraBefore = cora.runs("coach progress").plainText();
        PartnersTestSupport.introductionAsked(bot, NAME, ana, bea, cora);
        bea.reads(PartnersTestSupport.lastDmTo(bot, bea));
        bea.presses("I'll introduce you");
        bot.advance(Duration.ofDays(8));
        assertThat(PartnersTestSupport.lastDmTo(bot, cora).buttons()).extracting(b -> b.label())
                .contains("We've met");

        Reply reply = cora.types("yes we met!");

        assertThat(reply.text()).contains("press **We've met** on my message above: it logs the introduction")
                .doesNotContain("Saved");
        assertThat(cora.runs("coach progress").plainText()).isEqualTo(coraBefore);
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", NAME).plainText()).contains("Last touchpoint: none yet");
    }

    @Test
    @DisplayName("once bea's walk moved after the request, or she answered it, a \"yes\" is the walk's as before")
    void otherwiseTheWalkTakesIt() {
        PartnersTestSupport.introductionAsked(bot, NAME, ana, bea, cora);
        bea.reads(PartnersTestSupport.lastDmTo(bot, bea));
        bea.presses("I'll introduce you");

        assertThat(bea.types("Yes").text()).doesNotContain("I'll introduce you");
    }
}
