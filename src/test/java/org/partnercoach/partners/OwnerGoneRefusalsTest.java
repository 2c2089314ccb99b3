package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.TestBot;

/**
 * Handing on, archiving, restoring and deleting a partner are its owner's or a coordinator's. When nobody looks after
 * it (its owner used {@code /privacy forget}) or its owner has left the server, a coordinator's only, and a member
 * refused reads that, and to ask a coordinator, never to ask someone who is gone. A member may still take a partner
 * nobody looks after on herself.
 */
@DisplayName("A partner whose owner is gone (forgotten, or left the server): who may hand it on, archive, restore or "
        + "delete it, and whom a refusal names")
class OwnerGoneRefusalsTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member bea = bot.member("bea");
    private final Member cora = bot.member("cora");
    private final Member dave = bot.member("dave");
    private final Member olga = bot.coordinator("olga");

    @AfterEach
    void close() {
        bot.close();
    }

    private Partner partner(String name) {
        return PartnersTestSupport.partner(bot, TestBot.GUILD, name);
    }

    /** bea adds West Library and Eastside Food Bank, then asks to be forgotten: nobody looks after them now. */
    private void forgottenOwner() {
        bea.runs("partner add", "name", "West Library", "sector", "education");
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        assertThat(partner("West Library").hasOwner()).isFalse();
    }

    @Test
    @DisplayName("a member deleting a partner nobody looks after reads that nobody does and to ask a coordinator, not "
            + "\"<@0>\"; nothing changes, and a coordinator may")
    void deleteOfAPartnerNobodyLooksAfter() {
        forgottenOwner();
        Snapshot before = Snapshot.of(bot);

        Reply refused = cora.runs("partner delete", "partner", "West Library");

        assertThat(refused.plainText()).isEqualTo("Nobody looks after “West Library” now, so only a coordinator can "
                + "delete it. If it was added by mistake, ask one; they can also hand it to a member with `/partner "
                + "owner`, or archive it with `/partner archive` (which keeps its history) if the coalition has moved "
                + "on from it.");
        assertThat(refused.plainText()).doesNotContain("<@0>", "former member");
        assertThat(refused.buttons()).isEmpty();
        assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();

        olga.runs("partner delete", "partner", "West Library");
        assertThat(olga.presses("Delete for good").plainText()).startsWith("Deleted “West Library”");
    }

    @Test
    @DisplayName("a member may not archive, restore or hand to someone else a partner nobody looks after: she reads "
            + "that nobody does and to ask a coordinator; nothing changes, and a coordinator may")
    void archiveRestoreAndHandOnOfAPartnerNobodyLooksAfter() {
        forgottenOwner();
        Snapshot before = Snapshot.of(bot);

        Reply archive = cora.runs("partner archive", "partner", "West Library", "reason", "closed");
        Reply handOn = cora.runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(dave.id()));

        assertThat(archive.plainText()).isEqualTo("Nobody looks after “West Library” now, so only a coordinator can "
                + "archive it. Ask one: they can also hand it to a member with `/partner owner`. Meanwhile you can "
                + "still log touchpoints with `/partner log`.");
        assertThat(handOn.plainText()).isEqualTo("Nobody looks after “Eastside Food Bank” now, so only a coordinator "
                + "can hand it to someone else. Ask one, or look after it yourself: `/partner owner` with you as "
                + "`member:`.");
        assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
        bot.advance(java.time.Duration.ofMinutes(1));
        assertThat(bot.messenger().directTo(dave.id())).isEmpty();

        // a coordinator moves it on; a member may not bring it back, the coordinator may
        assertThat(olga.runs("partner archive", "partner", "West Library").plainText()).contains("has moved on");
        Snapshot archived = Snapshot.of(bot);
        assertThat(cora.runs("partner restore", "partner", "West Library").plainText()).isEqualTo("Nobody looks "
                + "after “West Library” now, so only a coordinator can restore it. Ask one: they can also hand it to "
                + "a member with `/partner owner`. Meanwhile you can still log touchpoints with `/partner log`.");
        assertThat(Snapshot.of(bot).changedSince(archived)).isEmpty();
        assertThat(olga.runs("partner restore", "partner", "West Library").plainText()).contains("is back on the list");
        // and hands the other to dave, who is told by DM
        assertThat(olga.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(dave.id()))
                .plainText()).contains("<@" + dave.id() + "> now looks after “Eastside Food Bank”");
        // (Discord was asked about nobody: there is no owner to ask about)
        assertThat(bot.messenger().membersAskedAbout()).isEmpty();
    }

    @Test
    @DisplayName("a member may take a partner nobody looks after on herself, and then looks after it: she may archive "
            + "it")
    void memberTakesOnAPartnerNobodyLooksAfter() {
        forgottenOwner();

        Reply taken = cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(cora.id()));

        assertThat(taken.plainText()).startsWith("You now look after “Eastside Food Bank”.");
        assertThat(partner("Eastside Food Bank").ownerId()).isEqualTo(cora.id());
        assertThat(cora.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Owner: <@" + cora.id() + ">");
        assertThat(cora.runs("partner archive", "partner", "Eastside Food Bank").plainText()).contains("has moved on");
        // the other one still has nobody: its page says what a member and a coordinator can do
        assertThat(dave.runs("partner show", "partner", "West Library").plainText()).contains("Owner: nobody at the "
                + "moment: `/partner owner` with you as `member:` takes it on, or a coordinator hands it to someone");
    }

    @Test
    @DisplayName("a member may not take on herself a partner nobody looks after that the coalition has moved on from "
            + "(she could then restore it): she reads that only a coordinator can bring it back or hand it on; "
            + "nothing changes, and a coordinator may")
    void memberMayNotTakeOnAMovedOnPartnerNobodyLooksAfter() {
        forgottenOwner();
        olga.runs("partner archive", "partner", "West Library", "reason", "closed");
        Snapshot before = Snapshot.of(bot);

        Reply taken = cora.runs("partner owner", "partner", "West Library", "member", String.valueOf(cora.id()));
        Reply handOn = cora.runs("partner owner", "partner", "West Library", "member", String.valueOf(dave.id()));
        Reply restore = cora.runs("partner restore", "partner", "West Library");

        String bringBack = "a coordinator can bring it back with `/partner restore` and hand it on with `/partner "
                + "owner`";
        assertThat(taken.plainText()).isEqualTo("Nobody looks after “West Library” and the coalition has moved on "
                + "from it: only " + bringBack + ". Ask one.");
        assertThat(handOn.plainText()).isEqualTo("Nobody looks after “West Library” now, so only a coordinator can "
                + "hand it to someone else. The coalition has moved on from it: " + bringBack + ". Ask one.");
        assertThat(restore.plainText()).startsWith("Nobody looks after “West Library” now, so only a coordinator can "
                + "restore it.");
        assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
        assertThat(partner("West Library").hasOwner()).isFalse();
        assertThat(partner("West Library").active()).isFalse();
        assertThat(cora.runs("partner show", "partner", "West Library").plainText()).contains("Owner: nobody at the "
                + "moment: " + bringBack);

        // a coordinator may take it on herself, moved on as it is
        assertThat(olga.runs("partner owner", "partner", "West Library", "member", String.valueOf(olga.id()))
                .plainText()).startsWith("You now look after “West Library”.");
    }

    @Test
    @DisplayName("a coordinator who loses the role before pressing Delete for good, on a partner whose owner left the "
            + "server, reads that she left and to ask a coordinator, as /partner delete says it, never to ask her; "
            + "nothing is deleted")
    void deleteForGoodPressedOnceNoLongerACoordinator() {
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        Reply confirm = olga.runs("partner delete", "partner", "Eastside Food Bank");
        org.partnercoach.chat.CustomId deleteForGood = confirm.buttons().stream()
                .filter(b -> b.label().equals("Delete for good")).findFirst().orElseThrow().id();
        Snapshot before = Snapshot.of(bot);

        // WHEN she is a coordinator no more, and presses the button she was shown
        Reply refused = bot.member("olga").pressesId(deleteForGood);

        assertThat(refused.plainText()).isEqualTo("<@" + bea.id() + ">, who looks after “Eastside Food Bank”, has "
                + "left the server, so only a coordinator can delete it. If it was added by mistake, ask one; they "
                + "can also hand it to a member with `/partner owner`, or archive it with `/partner archive` (which "
                + "keeps its history) if the coalition has moved on from it.");
        assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
        // AND bea, back in the server, is the one to ask again
        bot.messenger().comesBack(TestBot.GUILD, bea.id());
        assertThat(bot.member("olga").pressesId(deleteForGood).plainText()).startsWith("Only <@" + bea.id() + ">, "
                + "who looks after “Eastside Food Bank”, or a coordinator can delete it.");
        // AND a coordinator's press deletes it, once Discord was asked about bea only (whether to DM her the news)
        int asked = bot.messenger().membersAskedAbout().size();
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        assertThat(olga.pressesId(deleteForGood).plainText()).startsWith("Deleted “Eastside Food Bank”")
                .contains("<@" + bea.id() + ">, who looked after it, has left the server, so I won't DM them.");
        assertThat(bot.messenger().membersAskedAbout()).hasSize(asked + 1).last().isEqualTo(Set.of(bea.id()));
    }

    @Test
    @DisplayName("a member archiving, restoring, deleting or handing on a partner whose owner left the server reads "
            + "that she left and to ask a coordinator; Discord is asked about the owner, and only for a member refused")
    void ownerWhoLeftTheServer() {
        bea.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner add", "name", "Old Mill", "sector", "business");
        bea.runs("partner archive", "partner", "Old Mill", "reason", "closed");
        bot.messenger().leaves(TestBot.GUILD, bea.id());
        Snapshot before = Snapshot.of(bot);
        String gone = "<@" + bea.id() + ">, who looks after ";

        assertThat(cora.runs("partner archive", "partner", "Eastside Food Bank").plainText()).isEqualTo(gone
                + "“Eastside Food Bank”, has left the server, so only a coordinator can archive it. Ask one: they "
                + "can also hand it to a member with `/partner owner`. Meanwhile you can still log touchpoints with "
                + "`/partner log`.");
        assertThat(cora.runs("partner restore", "partner", "Old Mill").plainText()).isEqualTo(gone + "“Old Mill”, "
                + "has left the server, so only a coordinator can restore it. Ask one: they can also hand it to a "
                + "member with `/partner owner`. Meanwhile you can still log touchpoints with `/partner log`.");
        assertThat(cora.runs("partner delete", "partner", "Eastside Food Bank").plainText()).isEqualTo(gone
                + "“Eastside Food Bank”, has left the server, so only a coordinator can delete it. If it was added by "
                + "mistake, ask one; they can also hand it to a member with `/partner owner`, or archive it with "
                + "`/partner archive` (which keeps its history) if the coalition has moved on from it.");
        assertThat(cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(dave.id()))
                .plainText()).isEqualTo(gone + "“Eastside Food Bank”, has left the server, so only a coordinator can "
                + "hand it to someone else. Ask one to run `/partner owner`; meanwhile you can still log touchpoints "
                + "with `/partner log`.");
        assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(bea.id()), Set.of(bea.id()),
                Set.of(bea.id()), Set.of(bea.id()));

        // an archive of a partner already moved on is refused for that, and asks nothing
        assertThat(cora.runs("partner archive", "partner", "Old Mill").plainText()).contains("has already moved on");
        // a coordinator may: Discord is asked about bea only so as not to promise her a DM, which is not
        assertThat(olga.runs("partner restore", "partner", "Old Mill").plainText()).contains("<@" + bea.id() + ">, "
                + "who looks after it, has left the server, so I won't DM them").doesNotContain("by DM");
        assertThat(bot.messenger().membersAskedAbout()).hasSize(5).last().isEqualTo(Set.of(bea.id()));
        assertThat(partner("Old Mill").active()).isTrue();

        // back in the server, she is the one to ask, with a coordinator
        bot.messenger().comesBack(TestBot.GUILD, bea.id());
        assertThat(cora.runs("partner archive", "partner", "Eastside Food Bank").plainText()).isEqualTo("Only <@"
                + bea.id() + ">, who looks after “Eastside Food Bank”, or a coordinator can archive it. Ask one of "
                + "them; meanwhile you can still log touchpoints with `/partner log`.");
        // and she archives her own partner with nobody asked about
        int asked = bot.messenger().membersAskedAbout().size();
        assertThat(bea.runs("partner archive", "partner", "Eastside Food Bank").plainText()).contains("has moved on");
        assertThat(bot.messenger().membersAskedAbout()).hasSize(asked);
    }

    @Test
    @DisplayName("the forget's confirm and the page of a partner nobody looks after say who can give it an owner")
    void toldWhoCanGiveItAnOwner() {
        bea.runs("partner add", "name", "West Library", "sector", "education");

        Reply confirm = bea.runs("privacy forget");

        assertThat(confirm.plainText()).contains("**West Library** stays on the outreach list with no one looking "
                + "after it (a coordinator can hand it to a member with `/partner owner`, and a member can take it "
                + "on).");
        bea.presses("Delete my data");
        List<String> owner = cora.runs("partner show", "partner", "West Library").plainText().lines()
                .filter(l -> l.startsWith("Owner:")).toList();
        assertThat(owner).containsExactly("Owner: nobody at the moment: `/partner owner` with you as `member:` "
                + "takes it on, or a coordinator hands it to someone");
    }
}
