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

    /**
     * Discord's markup in a message's text that a place showing plain text (a thread's name) shows raw: a member
     * ({@code <@1>}, {@code <@!1>}, group 1 their id), a role, a channel, a timestamp, a server's own emoji (group 2
     * its name).
     */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "<@!?(\\d{1,20})>|<@&\\d{1,20}>|<#\\d{1,20}>|<t:-?\\d{1,20}(?::[tTdDfFR])?>|<a?:(\\w{2,32}):\\d{1,20}>");

    /** The members {@code text} mentions, by id, in the order they come. */
    public static java.util.Set<Long> membersIn(String text) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = MARKUP.matcher(text == null ? "" : text);
        while (m.find()) {
            if (m.group(1) != null) {
                try {
                    ids.add(Long.parseLong(m.group(1)));
                } catch (NumberFormatException e) {
                    // more digits than an id has: no member
                }
            }
        }
        return ids;
    }

    /**
     * {@code text} for a place that shows plain text, where a mention would show as its raw markup (a thread's name):
     * each member it mentions as "@" and their name in {@code names}, a server's own emoji as ":name:", and any other
     * mention (a member not in {@code names}, a role, a channel, a timestamp) left out; spaces run together. A joining
     * word or sign left hanging by one left out goes too ("Planning with @alice and" reads "Planning with @alice").
     */
    public static String plain(String text, java.util.Map<Long, String> names) {
        String plain = MARKUP.matcher((text == null ? "" : text).replace(DROPPED, " ")).replaceAll(m -> {
            String shown = DROPPED;
            if (m.group(1) != null) {
                String name = membersIn(m.group()).stream().findFirst().map(names::get).orElse(null);
                shown = name == null || name.isBlank() ? DROPPED : "@" + name.strip();
            } else if (m.group(2) != null) {
                shown = ":" + m.group(2) + ":";
            }
            return java.util.regex.Matcher.quoteReplacement(shown);
        });
        plain = HANGING_AT_END.matcher(plain).replaceAll("");
        plain = HANGING_AT_START.matcher(plain).replaceAll("");
        plain = HANGING_BETWEEN.matcher(plain).replaceAll("$1");
        return plain.replace(DROPPED, " ").strip().replaceAll("\\s+", " ");
    }

    /** Where {@link #plain} left a mention out, until the joiners it leaves hanging are tidied away. */
    private static final String DROPPED = "\uE000";
    /** A word or sign that joins a name to the words before or after it. */
    private static final String JOINER = "(?:(?i:\\band\\b|\\bwith\\b)|[&,:\\-])";
    /** Only mentions left out and the joiners between them, at the end or at the start. */
    private static final java.util.regex.Pattern HANGING_AT_END = java.util.regex.Pattern.compile(
            "(?:\\s|" + DROPPED + "|" + JOINER + ")*" + DROPPED + "(?:\\s|" + DROPPED + "|" + JOINER + ")*$");
    private static final java.util.regex.Pattern HANGING_AT_START = java.util.regex.Pattern.compile(
            "^(?:\\s|" + DROPPED + "|" + JOINER + ")*" + DROPPED + "(?:\\s|" + DROPPED + "|" + JOINER + ")*");
    /** Mentions left out between two joiners ("with _ and @bea"): the first joiner stays. */
    private static final java.util.regex.Pattern HANGING_BETWEEN = java.util.regex.Pattern.compile(
            "(" + JOINER + ")(?:\\s|" + DROPPED + ")*" + DROPPED + "(?:\\s|" + DROPPED + ")*" + JOINER);

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
