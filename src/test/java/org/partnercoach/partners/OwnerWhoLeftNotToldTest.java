package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * A coordinator archives, restores, deletes or hands on a partner someone else looks after: its owner hears of it by
 * DM. When the platform says that owner has left the server, no DM is promised to her or queued (it would only be
 * refused, and land among the digest's failed sends): the reply says she has left, and how to hand it to someone who
 * is here. The platform is asked about the owner once, before the command, and only when a DM would be promised.
 */
@DisplayName("A coordinator's change to a partner whose owner left the server promises her no DM and queues none")
class OwnerWhoLeftNotToldTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member dave = bot.member("dave");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    /** The DMs queued for {@code member}, by kind, as stored. */
    private List<String> queuedFor(Member member) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT kind FROM scheduled_sends WHERE guild_id = ? AND "
                + "recipient_id = ? ORDER BY id", rs -> rs.getString(1), TestBot.GUILD, member.id()));
    }

    private String leftSentence(String did) {
        return "<@" + ana.id() + ">, who " + did + ", has left the server, so I won't DM them";
    }

    @Test
    @DisplayName("archive and restore: the reply says she left and that /partner owner hands it to someone who is "
            + "here; no DM to her is queued, of the change or of her paused plan; Discord is asked about her once each")
    void archiveAndRestore() {
        // GIVEN ana looks after a partner, has a plan for it, and has left the server
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        List<String> before = queuedFor(ana);

        // WHEN cora, a coordinator, archives it, then restores it
        Reply archived = cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "Closed for winter");
        Reply restored = cora.runs("partner restore", "partner", "Eastside Food Bank");

        // THEN neither reply promises ana a DM; each says she left, and what cora can do
        String handOn = ": `/partner owner` hands it to someone who is here.";
        assertThat(archived.plainText()).contains(leftSentence("looks after it") + handOn)
                .doesNotContain("I'll let <@" + ana.id() + ">", "by DM");
        assertThat(restored.plainText()).contains(leftSentence("looks after it") + handOn)
                .doesNotContain("I'll let <@" + ana.id() + ">", "by DM");
        // AND nothing was queued for her: no news, no notice of her plan
        assertThat(queuedFor(ana)).isEqualTo(before);
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        // AND Discord was asked about ana alone, once for each command
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()), Set.of(ana.id()));
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Eastside Food Bank").active()).isTrue();
    }

    @Test
    @DisplayName("hand on: the new owner is told, the one who left is not, and the reply says she left")
    void handOn() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.messenger().leaves(TestBot.GUILD, ana.id());

        Reply handed = cora.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(dave.id()));

        assertThat(handed.plainText()).contains("<@" + dave.id() + "> now looks after “Eastside Food Bank”. I'll let "
                        + "them know by DM. " + leftSentence("looked after it") + ".")
                .doesNotContain("I'll let <@" + ana.id() + ">");
        assertThat(queuedFor(ana)).isEmpty();
        assertThat(queuedFor(dave)).containsExactly(HandoverNotice.KIND);
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()));
    }

    @Test
    @DisplayName("delete: the confirm asks Discord nothing; Delete for good asks about her, says she left, and "
            + "queues no DM for her")
    void deleteForGood() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        List<String> before = queuedFor(ana);

        cora.runs("partner delete", "partner", "Eastside Food Bank");
        assertThat(bot.messenger().membersAskedAbout()).isEmpty();
        Reply deleted = cora.presses("Delete for good");

        assertThat(deleted.plainText()).startsWith("Deleted “Eastside Food Bank”")
                .contains(" " + leftSentence("looked after it") + ". Add it again")
                .doesNotContain("I'll let <@" + ana.id() + ">");
        assertThat(queuedFor(ana)).isEqualTo(before);
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()));
    }

    @Test
    @DisplayName("an owner still in the server is asked about once and promised her DM, as before; nothing is asked "
            + "when the coordinator looks after it herself, or nobody looks after it")
    void askedOnlyWhenADmWouldBePromised() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        cora.runs("partner add", "name", "Grace Church", "sector", "faith");

        assertThat(cora.runs("partner archive", "partner", "Eastside Food Bank").plainText())
                .contains("I'll let <@" + ana.id() + "> know by DM, since they look after it.");
        assertThat(queuedFor(ana)).containsExactly(OwnerNotice.KIND);
        assertThat(bot.messenger().membersAskedAbout()).containsExactly(Set.of(ana.id()));

        // her own partner, archived and restored by herself: nobody to tell, nobody asked about
        cora.runs("partner archive", "partner", "Grace Church");
        cora.runs("partner restore", "partner", "Grace Church");
        // a restore refused (it is on the list) asks nothing either
        cora.runs("partner restore", "partner", "Grace Church");
        assertThat(bot.messenger().membersAskedAbout()).hasSize(1);
    }
}
