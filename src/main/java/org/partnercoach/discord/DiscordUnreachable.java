package org.partnercoach.discord;

/**
 * Discord could not be reached when the bot logged in (no network yet, a DNS failure, Discord down or answering
 * with an error): a start-up problem told in one line that names where the bot looked, like a bad setting.
 */
public final class DiscordUnreachable extends IllegalStateException {

    DiscordUnreachable(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message says everything: where it was thrown helps nobody who reads it
    }
}
