package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.TestBot;

/**
 * Handing on, archiving, restoring and deleting a partner are its owner's or a coordinator's. When its owner has left
 * the server, a coordinator's only, and so is deleting a partner nobody looks after (its owner used {@code /privacy
 * forget}): a member refused reads that, and to ask a coordinator, never to ask someone who is gone.
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
        // a coordinator asks nothing: she may
        olga.runs("partner restore", "partner", "Old Mill");
        assertThat(bot.messenger().membersAskedAbout()).hasSize(4);
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
}
