package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/** Reads the outreach list behind a test bot, as another feature would, and set-ups the partners' tests share. */
final class PartnersTestSupport {

    private PartnersTestSupport() {
    }

    static PartnerDirectory directory(TestBot bot) {
        return bot.app().partners();
    }

    static Partner partner(TestBot bot, long guildId, String name) {
        return directory(bot).allPartners(guildId).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + name));
    }

    /**
     * {@code owner} adds the partner {@code name}, {@code knows} says she knows someone there, and {@code asker} asks
     * for an introduction, whose DM to {@code knows} then goes out.
     */
    static void introductionAsked(TestBot bot, String name, Member owner, Member knows, Member asker) {
        owner.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "food");
        knows.runs(PartnerFeature.Paths.KNOW, "partner", name);
        asker.runs(PartnerFeature.Paths.INTRO, "partner", name);
        bot.advance(java.time.Duration.ZERO);
    }

    /** The last DM the bot sent {@code member}; there must be one. */
    static Reply lastDmTo(TestBot bot, Member member) {
        List<RecordingMessenger.Sent> sent = bot.messenger().directTo(member.id());
        assertThat(sent).as("DMs to %s", member.name()).isNotEmpty();
        return sent.get(sent.size() - 1).reply();
    }
}
