package org.partnercoach.chat;

/**
 * Which server a member's DMs belong to. A DM carries no server, so the bot remembers the server where the member
 * last used a command and files their DM answers there. A server that removes the bot keeps all its data (a bot
 * added back finds it), but DMs no longer continue its work until it has the bot again.
 */
public interface HomeServer {

    /** The member's server, or 0 if they have never used the bot in one, or if it has since removed the bot. */
    long homeOf(long userId);

    void remember(long userId, long guildId);

    /**
     * Whether the server the member's DMs belonged to has removed the bot since, and they have used no other server
     * since then. Asked only when {@link #homeOf} is 0.
     */
    default boolean homeRemovedBot(long userId) {
        return false;
    }

    /** The bot was removed from this server: the DMs of members whose server it was stop continuing its work. */
    default void botRemoved(long guildId) {
    }

    /** The bot is in this server (again): the DMs of members whose server it was continue its work as before. */
    default void botAdded(long guildId) {
    }

    /**
     * Whether this server has removed the bot (and not added it back): a button of one of its messages in a DM acts
     * on nothing, and its scheduled messages wait.
     */
    default boolean botRemovedFrom(long guildId) {
        return false;
    }

    /**
     * The bot connected, and is in the servers {@code present} (those Discord counts as unavailable for a while
     * included): of the servers the bot has data of that {@code ours} covers (this connection's shard), those not
     * present removed the bot while it was down, and those present have it (again).
     */
    default void botIn(java.util.Set<Long> present, java.util.function.LongPredicate ours) {
    }
}
