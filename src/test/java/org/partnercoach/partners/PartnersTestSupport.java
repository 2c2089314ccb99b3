package org.partnercoach.partners;

import org.partnercoach.support.TestBot;

/** Reads the outreach list behind a test bot, as another feature would. */
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
}
