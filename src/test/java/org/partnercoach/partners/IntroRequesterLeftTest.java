package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("\"I'll introduce you\" and \"I don't know them well\" ask Discord first whether the member who asked is still in the server")
class IntroRequesterLeftTest {

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

    @Test
    @DisplayName("GIVEN cora asked bea for an introduction and then left the server WHEN bea presses I'll introduce "
            + "you THEN Discord is asked about cora, bea is told cora left and that nothing is left for her to do, no "
            + "DM is queued to cora nor a follow-up, and the page keeps bea's offer")
    void requesterLeft() {
        Reply request = lastDmTo(bea);
        bot.messenger().leaves(TestBot.GUILD, cora.id());
        int dmsToCora = bot.messenger().directTo(cora.id()).size();
        int questions = bot.messenger().membersAskedAbout().size();

        bea.reads(request);
        Reply yes = bea.presses("I'll introduce you");

        assertThat(bot.messenger().membersAskedAbout()).hasSize(questions + 1).last().isEqualTo(Set.of(cora.id()));
        assertThat(yes.text()).isEqualTo("Thank you! <@" + cora.id() + "> has left the server since asking for an "
                + "introduction to someone at “" + NAME + "”, so I can't pass your answer on by DM, and there's "
                + "nothing for you to do now. I've noted your offer on the partner's page: should they come back and "
                + "ask again, they'll see you offered.").doesNotContain("know by DM");
        assertThat(yes.update()).isTrue();
        // AND nothing goes to cora: neither the answer nor, a week on, the follow-up
        bot.advance(Duration.ofDays(8));
        assertThat(bot.messenger().directTo(cora.id())).hasSize(dmsToCora);
        assertThat(bot.storedRows().<Long>read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM scheduled_sends WHERE kind IN "
                        + "('intro-answer', 'intro-follow-up')", rs -> rs.getLong(1)).orElseThrow())).isZero();
        // AND the page shows the offer
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", NAME).plainText())
                .contains("<@" + bea.id() + "> will introduce them");
    }

    @Test
    @DisplayName("GIVEN cora is still in the server WHEN bea presses I'll introduce you THEN Discord is asked about "
            + "cora alone, and she is told by DM as before")
    void requesterStillHere() {
        bea.reads(lastDmTo(bea));
        int questions = bot.messenger().membersAskedAbout().size();

        Reply yes = bea.presses("I'll introduce you");

        assertThat(bot.messenger().membersAskedAbout()).hasSize(questions + 1).last().isEqualTo(Set.of(cora.id()));
        assertThat(yes.text()).startsWith("Thank you! I'll let <@" + cora.id() + "> know by DM");
        bot.advance(Duration.ZERO);
        assertThat(lastDmTo(cora).plainText()).contains("<@" + bea.id() + "> will introduce you");
    }

    @Test
    @DisplayName("GIVEN cora asked bea for an introduction and then left the server WHEN bea presses I don't know them "
            + "well THEN Discord is asked about cora, bea is told cora left and that nothing is left for her to do, "
            + "with how to stop being asked, no DM is queued to cora, and bea still shows as knowing someone there")
    void requesterLeftAndHelperDoesNotKnowThemWell() {
        Reply request = lastDmTo(bea);
        bot.messenger().leaves(TestBot.GUILD, cora.id());
        int dmsToCora = bot.messenger().directTo(cora.id()).size();
        int questions = bot.messenger().membersAskedAbout().size();

        bea.reads(request);
        Reply no = bea.presses("I don't know them well");

        assertThat(bot.messenger().membersAskedAbout()).hasSize(questions + 1).last().isEqualTo(Set.of(cora.id()));
        assertThat(no.text()).isEqualTo("Thanks for saying so. <@" + cora.id() + "> has left the server since asking "
                + "for an introduction to someone at “" + NAME + "”, so there's no one to pass your answer on to and "
                + "nothing for you to do now. You're still listed as knowing someone at “" + NAME + "”; if you no "
                + "longer do, `/partner unknow partner:\"" + NAME + "\"` in the server takes it back, so you aren't asked "
                + "again.").doesNotContain("know by DM");
        assertThat(no.update()).isTrue();
        bot.advance(Duration.ofDays(8));
        assertThat(bot.messenger().directTo(cora.id())).hasSize(dmsToCora);
        assertThat(bot.storedRows().<Long>read(c -> org.partnercoach.storage.Database.one(c,
                "SELECT COUNT(*) FROM scheduled_sends WHERE kind = 'intro-answer'", rs -> rs.getLong(1))
                .orElseThrow())).isZero();
        // AND the page shows her answer, as it does for a member still here
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", NAME).plainText())
                .contains("doesn't know them well");
    }

    @Test
    @DisplayName("GIVEN cora is still in the server WHEN bea presses I don't know them well THEN cora is told by DM, "
            + "as the answer says")
    void requesterStillHereAndHelperDoesNotKnowThemWell() {
        bea.reads(lastDmTo(bea));

        Reply no = bea.presses("I don't know them well");

        assertThat(no.text()).startsWith("Thanks for saying so. I'll let <@" + cora.id() + "> know by DM");
        bot.advance(Duration.ZERO);
        assertThat(lastDmTo(cora).plainText()).contains("<@" + bea.id() + ">");
    }

    @Test
    @DisplayName("a press that promises no DM asks Discord nothing: someone else's request")
    void asksOnlyWhenADmIsPromised() {
        Reply request = lastDmTo(bea);
        bot.messenger().leaves(TestBot.GUILD, cora.id());
        int questions = bot.messenger().membersAskedAbout().size();

        ana.reads(request);
        assertThat(ana.presses("I'll introduce you").text()).contains("meant for someone else");
        ana.reads(request);
        assertThat(ana.presses("I don't know them well").text()).contains("meant for someone else");

        assertThat(bot.messenger().membersAskedAbout()).hasSize(questions);
    }
}
