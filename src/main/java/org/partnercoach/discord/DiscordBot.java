package org.partnercoach.discord;

import org.partnercoach.config.AppConfig;

/** Placeholder until the Discord adapter lands: connects the bot to Discord. */
public final class DiscordBot {

    private DiscordBot() {
    }

    public static void runUntilStopped(AppConfig config) {
        throw new UnsupportedOperationException("the Discord adapter is not built yet; run without DISCORD_TOKEN");
    }
}
