package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Undoing mistakes on the list: deleting a partner, taking back 'I know someone there'")
class PartnerDeleteAndUnknowTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the owner deletes a partner after a confirm step; its plans and history go with it")
    void ownerDeletes() {
        ana.runs("partner add", "name", "Eastsde Food Bnak", "sector", "food");
        ana.runs("partner log", "partner", "Eastsde Food Bnak", "what", "Called them");
        ana.runs("partner coach", "partner", "Eastsde Food Bnak");
        ana.presses("Answer");
        ana.submits("answer", "They feed families");

        Reply ask = ana.runs("partner delete", "partner", "Eastsde Food Bnak");
        assertThat(ask.text()).contains("Delete “Eastsde Food Bnak” for good?").contains("can't be undone")
                .contains("`/partner archive`");
        assertThat(ask.buttons()).extracting(Button::label).containsExactly("Delete for good", "Keep it");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(1);

        Reply kept = ana.presses("Keep it");
        assertThat(kept.text()).contains("Kept “Eastsde Food Bnak”").contains("Nothing was deleted");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(1);

        ana.runs("partner delete", "partner", "Eastsde Food Bnak");
        Reply gone = ana.presses("Delete for good");
        assertThat(gone.text()).contains("Deleted “Eastsde Food Bnak” from the outreach list");
        assertThat(gone.update()).isTrue();
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).isEmpty();
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("They feed families");
        assertThat(ana.runs("partner show", "partner", "Eastsde Food Bnak").text()).isNotBlank()
                .doesNotContain("Called them");
        // the same name can be added again, spelled right
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        // an old confirm button, pressed again, explains itself
        assertThat(ana.presses("Coach me on this partner").plainText()).contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("a Delete for good button pressed more than 15 minutes after it was shown deletes nothing and asks to "
            + "run /partner delete again, as Delete my data does")
    void deleteForGoodExpires() {
        // GIVEN ana asked to delete a partner and left the confirmation there
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner delete", "partner", "Eastside Food Bank");

        // WHEN she presses Delete for good 16 minutes later (a touchpoint was logged in between)
        bea.runs("partner log", "partner", "Eastside Food Bank", "what", "Called them");
        bot.clock().advance(java.time.Duration.ofMinutes(16));
        Reply late = ana.presses("Delete for good");

        // THEN nothing is deleted, and she is told how to confirm again
        assertThat(late.plainText()).isEqualTo("That confirmation is from a while ago, and “Eastside Food Bank” may "
                + "have changed since, so nothing was deleted. Run `/partner delete` again to confirm.");
        assertThat(late.update()).isTrue();
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(1);

        // AND a fresh confirmation, pressed within 15 minutes, deletes it
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        bot.clock().advance(java.time.Duration.ofMinutes(15));
        assertThat(ana.presses("Delete for good").plainText()).startsWith("Deleted “Eastside Food Bank”");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).isEmpty();
    }

    @Test
    @DisplayName("a member in the middle of a plan for a partner that is deleted is told by DM that the plan went "
            + "with it, once; the one who deleted it is told that they will be")
    void planOfAnotherMemberGoesWithTheDeletedPartner() {
        // GIVEN bea is half-way through a plan for ana's partner, and ana has one too
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        bea.presses("Answer");
        bea.submits("answer", "They run the county's food pantries");

        // WHEN a coordinator deletes the partner
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        Reply gone = cora.presses("Delete for good");

        // THEN the coordinator hears that both will be told, and each gets one DM saying the plan went with it (ana's
        // also says that the partner she looked after went)
        assertThat(gone.text()).contains("Deleted “Eastside Food Bank”")
                .contains("I'll let <@" + bea.id() + "> know by DM, since their plan for it went too.")
                .contains("I'll let <@" + ana.id() + "> know by DM, since they looked after it (their plan for it "
                        + "went too).");
        bot.advance(java.time.Duration.ZERO);
        bot.advance(java.time.Duration.ofDays(1));
        assertThat(bot.messenger().directTo(bea.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("“Eastside Food Bank” was deleted from the coalition's outreach list, "
                        + "and your plan for it went with it").contains("`/coach progress`"));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
        assertThat(bot.messenger().directTo(cora.id())).isEmpty();
        // AND a button of the plan's question on her screen says why the walk is gone and where the others are,
        // rather than sending her to a walk she never began
        assertThat(bea.presses("Skip").text()).contains("“Eastside Food Bank” was deleted from the list on",
                        "Your plan for it went with it.").contains("`/coach progress`")
                .doesNotContain("`/coach start`");
        assertThat(bea.runs("coach progress").plainText()).doesNotContain("Eastside Food Bank");
    }

    @Test
    @DisplayName("the owner deleting a partner only they planned for is not told by DM what they just did")
    void ownPlanNoDm() {
        ana.runs("partner add", "name", "Library", "sector", "education");
        ana.runs("partner coach", "partner", "Library");
        ana.runs("partner delete", "partner", "Library");
        assertThat(ana.presses("Delete for good").text()).contains("Deleted “Library”").doesNotContain("by DM");
        bot.advance(java.time.Duration.ZERO);
        bot.advance(java.time.Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
    }

    @Test
    @DisplayName("only the owner or a coordinator may delete, and the confirm button checks again")
    void whoMayDelete() {
        ana.runs("partner add", "name", "Library", "sector", "education");

        Reply refused = bea.runs("partner delete", "partner", "Library");
        assertThat(refused.text()).contains("Only").contains("or a coordinator can delete it");

        Reply ask = ana.runs("partner delete", "partner", "Library");
        // (a refused command changes nothing, not even the server bea's DMs continue: she looks at the list first)
        bea.runs("partner list");
        bea.reads(ask);
        assertThat(bea.presses("Delete for good").text()).contains("or a coordinator can delete it");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(1);

        cora.runs("partner delete", "partner", "Library");
        assertThat(cora.presses("Delete for good").text()).contains("Deleted “Library”");
        ana.reads(ask);
        // (pressed once it is gone, it says which partner went, when and by whom)
        assertThat(ana.presses("Delete for good").text()).startsWith("“Library” was deleted from the list on")
                .contains("by <@" + cora.id() + ">");

        assertThat(bot.memberOfOtherServer("zed").runs("partner delete", "partner", "Library").text())
                .doesNotContain("Delete “Library” for good");
    }

    @Test
    @DisplayName("a partner deleted a moment ago is not answered with unrelated names: neither one numbered otherwise "
            + "(“ORG 02 partner” for “ORG 01 partner”) nor one sharing a single word with it; a typo still is")
    void deletedPartnerIsNotTakenForAnother() {
        // GIVEN a list of numbered partners and one more with the same last word, and ana deletes two of them
        for (String name : new String[] {"ORG 01 partner", "ORG 02 partner", "ORG 03 partner", "ORG 04 partner",
            "Lakeside partner"}) {
            ana.runs("partner add", "name", name, "sector", "community");
        }
        for (String name : new String[] {"ORG 01 partner", "Lakeside partner"}) {
            ana.runs("partner delete", "partner", name);
            ana.presses("Delete for good");
        }

        // WHEN she opens or logs either by the name it had THEN she is told it was deleted, with no other named
        assertThat(ana.runs("partner show", "partner", "ORG 01 partner").plainText())
                .isEqualTo("“ORG 01 partner” was deleted from the list on " + org.partnercoach.chat.TimeMarkup.full(
                        bot.clock().instant()) + " by <@" + ana.id() + ">. To add it again, use "
                        + "`/partner add name:\"ORG 01 partner\"` and pick its sector.");
        assertThat(ana.runs("partner log", "partner", "Lakeside partner", "what", "Call").plainText())
                .startsWith("“Lakeside partner” was deleted from the list").doesNotContain("Did you mean");
        // AND a name never on the list is not found, with no other named
        assertThat(ana.runs("partner show", "partner", "ORG 05 partner").plainText())
                .isEqualTo("I can't find a partner called “ORG 05 partner” in this server. `/partner list` shows the "
                        + "ones we have, and `/partner add` adds a new one.");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(3)
                .allSatisfy(p -> assertThat(p.lastTouchAt()).isNull());

        // AND a name a letter off one on the list is still offered
        assertThat(ana.runs("partner show", "partner", "ORG 02 partnr").plainText())
                .endsWith("Did you mean “ORG 02 partner”?");
    }

    @Test
    @DisplayName("a member takes back 'I know someone there', by command or button, and is no longer asked")
    void unknow() {
        ana.runs("partner add", "name", "YMCA", "sector", "youth");
        Reply knows = bea.runs("partner know", "partner", "YMCA");
        assertThat(knows.buttons()).extracting(Button::label).contains("Take that back");
        Reply back = bea.presses("Take that back");
        assertThat(back.text()).contains("Taken back").contains("won't ask you for introductions");

        assertThat(bea.runs("partner unknow", "partner", "YMCA").text()).contains("nothing to take back");
        bea.runs("partner know", "partner", "YMCA");
        assertThat(bea.runs("partner unknow", "partner", "YMCA").text()).contains("Taken back");
        assertThat(bot.messenger().sent()).isEmpty();

        Reply intro = ana.runs("partner intro", "partner", "YMCA");
        assertThat(intro.plainText()).contains("Nobody in the coalition has said they know someone at “YMCA”");
    }

    @Test
    @DisplayName("a button of a partner deleted since (its page's, its add reply's) says it was deleted for good, when "
            + "and by whom, and how to add it again, after a restart too")
    void buttonOfADeletedPartner(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            // GIVEN ana's page of a partner that cora then deleted for good
            Member a = onFile.member("ana");
            Member c = onFile.coordinator("cora");
            a.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            Reply page = a.runs("partner show", "partner", "Eastside Food Bank");
            c.runs("partner delete", "partner", "Eastside Food Bank");
            c.presses("Delete for good");
            onFile.restart();

            // WHEN she presses a button of that page
            a.reads(page);
            Reply pressed = a.presses("I know someone there");

            // THEN she is told what may have happened and what she can do; nothing is stored for it
            assertThat(pressed.plainText()).isEqualTo("“Eastside Food Bank” was deleted from the list on "
                    + org.partnercoach.chat.TimeMarkup.full(onFile.clock().instant()) + " by <@" + c.id() + ">. To add "
                    + "it again, use `/partner add name:\"Eastside Food Bank\"` and pick its sector.");
            assertThat(PartnersTestSupport.directory(onFile).allPartners(TestBot.GUILD)).isEmpty();
        }
    }
    @Test
    @DisplayName("a delete is one transaction: the partner, every plan for it and every DM it owes are committed "
            + "together, the DMs queued to be sent after it")
    void deleteIsOneTransaction() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "Eastside Food Bank");
        bea.presses("Answer");
        bea.submits("answer", "They run the county's food pantries");
        bot.member("dan").runs("partner know", "partner", "Eastside Food Bank");
        Member eve = bot.member("eve");
        eve.runs("partner intro", "partner", "Eastside Food Bank");
        bot.advance(java.time.Duration.ZERO);
        int sentBefore = bot.messenger().sent().size();
        cora.runs("partner delete", "partner", "Eastside Food Bank");

        org.partnercoach.storage.Database db = bot.app().database();
        org.partnercoach.storage.Database.Usage before = db.usage();
        Reply gone = cora.presses("Delete for good");
        org.partnercoach.storage.Database.Usage used = db.usage().since(before);

        assertThat(gone.text()).contains("Deleted “Eastside Food Bank”").contains("<@" + bea.id() + ">")
                .contains("<@" + eve.id() + ">").contains("<@" + ana.id() + ">");
        // (before it, a read of its own for its owner, whom Discord is asked about: ana looks after it, not cora)
        assertThat(used).isEqualTo(new org.partnercoach.storage.Database.Usage(2, 1));
        assertThat(bot.messenger().membersAskedAbout()).last().isEqualTo(java.util.Set.of(ana.id()));
        // nothing is pushed from inside the press: the outbox sends them
        assertThat(bot.messenger().sent()).hasSize(sentBefore);
        bot.advance(java.time.Duration.ZERO);
        assertThat(bot.messenger().directTo(bea.id())).hasSize(1);
        assertThat(bot.messenger().directTo(eve.id())).last().extracting(s -> s.reply().plainText()).asString()
                .contains("“Eastside Food Bank” was deleted");
        assertThat(bot.messenger().directTo(ana.id())).last().extracting(s -> s.reply().plainText()).asString()
                .contains("deleted “Eastside Food Bank”");
    }
}
