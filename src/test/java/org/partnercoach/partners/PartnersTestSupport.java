package org.partnercoach.partners;

import org.partnercoach.support.TestBot;

/** Reads the outreach list behind a test bot, as another feature would. */
final class PartnersTestSupport {

    private PartnersTestSupport() {
    }

    static PartnerDirectory directory(TestBot bot) {
        return new PartnerDirectory(bot.app().database(), bot.clockView(), new PartnerStore(), new TouchpointStore());
    }

    static Partner partner(TestBot bot, long guildId, String name) {
        return directory(bot).activePartners(guildId).stream().filter(p -> p.name().equals(name)).findFirst()
                .or(() -> allOf(bot, guildId, name))
                .orElseThrow(() -> new AssertionError("no partner " + name));
    }

    private static java.util.Optional<Partner> allOf(TestBot bot, long guildId, String name) {
        return bot.app().database().read(c -> new PartnerStore().all(c, guildId)).stream()
                .filter(p -> p.name().equals(name)).findFirst();
    }
}
