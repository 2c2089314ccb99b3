package org.partnercoach.discord;

/**
 * Discord did not accept the bot token: a start-up problem like a bad setting, told in one line (no stack trace)
 * that names {@code DISCORD_TOKEN} and never shows the token.
 */
public final class TokenRefused extends IllegalStateException {

    TokenRefused(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message says everything: where it was thrown helps nobody who reads it
    }
}
