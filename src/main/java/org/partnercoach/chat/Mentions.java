package org.partnercoach.chat;

/**
 * Discord's markup for naming a member, channel or role in a message. Naming never pings on its own: only the
 * members in {@link Reply#mentionUsers()} may be pinged. The console prints these as names.
 */
public final class Mentions {

    private Mentions() {
    }

    public static String user(long userId) {
        return "<@" + userId + ">";
    }

    public static String channel(long channelId) {
        return "<#" + channelId + ">";
    }

    public static String role(long roleId) {
        return "<@&" + roleId + ">";
    }
}
