package org.partnercoach.chat;

/**
 * Which server a member's DMs belong to. A DM carries no server, so the bot remembers the server where the member
 * last used a command and files their DM answers there.
 */
public interface HomeServer {

    /** The member's server, or 0 if they have never used the bot in one. */
    long homeOf(long userId);

    void remember(long userId, long guildId);
}
