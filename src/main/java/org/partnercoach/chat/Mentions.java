package org.partnercoach.chat;

/**
 * Discord's markup for naming a member, channel or role in a message. Naming never pings on its own: only the
 * members in {@link Reply#mentionUsers()} may be pinged. The console prints these as names.
 */
public final class Mentions {

    /**
     * A member, role, channel or command as Discord writes it in a message's text, a server's own emoji, or a crowd
     * typed as {@code @everyone}: none of it is words of the typist's own.
     */
    private static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![\\w@])@(?:everyone|here)\\b|<(?:@[!&]?|#)\\d+>|<a?:\\w+:\\d+>|</[^<>:]+:\\d+>",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    /**
     * {@code text} with its mentions (and a server's own emoji) taken out, each left as a space so the words around
     * it stay apart: what is left are the typist's own words, if any.
     */
    public static String removedFrom(String text) {
        return IN_TEXT.matcher(text).replaceAll(" ");
    }

    /** What stands where a member who asked to be forgotten was named (their id is stored as 0). */
    public static final String FORMER_MEMBER = "a former member";

    /** The member, or {@link #FORMER_MEMBER} for id 0. */
    public static String user(long userId) {
        return userId == 0 ? FORMER_MEMBER : "<@" + userId + ">";
    }

    /** Several members in a sentence: "@ana", "@ana and @bea", "@ana, @bea and @cal". */
    public static String users(java.util.Collection<Long> userIds) {
        return Shown.and(userIds.stream().map(Mentions::user).toList());
    }

    public static String channel(long channelId) {
        return "<#" + channelId + ">";
    }

    public static String role(long roleId) {
        return "<@&" + roleId + ">";
    }
}
