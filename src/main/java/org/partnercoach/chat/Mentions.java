package org.partnercoach.chat;

import java.util.List;

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
        // every mention has an "@" or a "<": most answers have neither, and are not searched
        return text.indexOf('@') < 0 && text.indexOf('<') < 0 ? text : IN_TEXT.matcher(text).replaceAll(" ");
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
     * mention (a member not in {@code names}, a role, a channel, a timestamp) left out; spaces run together. Hidden
     * characters go too ({@link Shown#visible}), as in a message, so nothing there reads reversed. The line still
     * reads as a sentence wherever one stood: a joining word or sign that only tied it in goes along ("Planning
     * with @alice and @bea" without @bea reads "Planning with @alice", "Planning with @bea today" reads "Planning
     * today"), one that ties the names left stays ("with @ana, @bea and @cal" without @bea reads "with @ana and
     * @cal").
     */
    public static String plain(String text, java.util.Map<Long, String> names) {
        java.util.List<String> shownNames = new java.util.ArrayList<>();
        String visible = Shown.visible(text == null ? "" : text);
        String marked = MARKUP.matcher(visible.replaceAll("[" + DROPPED + SHOWN + "]", " "))
                .replaceAll(m -> {
                    if (m.group(1) != null) {
                        String name = membersIn(m.group()).stream().findFirst().map(names::get).orElse(null);
                        if (Shown.blank(name)) {
                            return DROPPED;
                        }
                        shownNames.add("@" + Shown.visible(name).strip());
                        return SHOWN;
                    }
                    return m.group(2) != null ? java.util.regex.Matcher.quoteReplacement(":" + m.group(2) + ":")
                            : DROPPED;
                });
        StringBuilder tidy = new StringBuilder();
        // nothing left out, nothing to tidy: a long line of commas is not searched for a run that cannot be there
        java.util.regex.Matcher run = LEFT_OUT.matcher(marked.indexOf(DROPPED) < 0 ? "" : marked);
        int from = 0;
        while (run.find()) {
            tidy.append(marked, from, run.start());
            from = run.end();
            boolean between = run.start() > 0 && run.end() < marked.length();
            tidy.append(between ? keptBetween(run.group()) : " ");
            if (closedAList(run.group())) {
                // "@ana, @cal and" lost its last name: the list's "and" moves up ("@ana and @cal")
                java.util.regex.Matcher comma = LAST_COMMA_OF_NAMES.matcher(tidy);
                if (comma.find()) {
                    tidy.replace(comma.start(), comma.end(), " " + joiners(run.group()).get(0) + " ");
                }
            }
        }
        tidy.append(marked.substring(from));
        StringBuilder plain = new StringBuilder();
        java.util.Iterator<String> shown = shownNames.iterator();
        for (char ch : tidy.toString().toCharArray()) {
            plain.append(ch == SHOWN.charAt(0) ? shown.next() : String.valueOf(ch));
        }
        return Spacing.tidied(plain.toString());
    }

    /**
     * What stays of the joining words around mentions left out between two words: the one before when it brings in
     * a list whose next name stays ("with _ and @bea": "with"), else the one after ("@ana, _ and @bea": "and";
     * "Planning _ with @bea": "with"), else none ("Planning with _ today").
     */
    private static String keptBetween(String run) {
        int first = run.indexOf(DROPPED);
        int last = run.lastIndexOf(DROPPED);
        List<String> before = joiners(run.substring(0, first));
        List<String> after = joiners(run.substring(last + 1));
        String kept = after.isEmpty() ? ""
                : !before.isEmpty() && !LISTS.contains(before.get(before.size() - 1).toLowerCase(java.util.Locale.ROOT))
                        && LISTS.contains(after.get(0).toLowerCase(java.util.Locale.ROOT))
                ? run.substring(0, first) : run.substring(last + 1);
        kept = Spacing.tidied(kept);
        return kept.isEmpty() ? " " : (kept.startsWith(",") || kept.startsWith(":") ? "" : " ") + kept + " ";
    }

    /** Whether mentions left out stood last in a list, after its "and" or "&", with nothing after them to join. */
    private static boolean closedAList(String run) {
        List<String> before = joiners(run.substring(0, run.indexOf(DROPPED)));
        List<String> after = joiners(run.substring(run.lastIndexOf(DROPPED) + 1));
        return after.isEmpty() && before.size() == 1 && AND.contains(before.get(0).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> joiners(String part) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = JOINING.matcher(part);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Where {@link #plain} left a mention out, until the joiners it leaves hanging are tidied away. */
    private static final String DROPPED = "\uE000";
    /** Where {@link #plain} shows a member's name, so a list of names can be told from other words. */
    private static final String SHOWN = "\uE001";
    /** A word or sign that joins a name to the words before or after it. */
    private static final String JOINER = "(?:(?i:\\band\\b|\\bwith\\b)|[&,:\\-])";
    private static final java.util.regex.Pattern JOINING = java.util.regex.Pattern.compile(JOINER);
    /** The joiners between the names of a list; the others ("with", ":", "-") bring a list in. */
    private static final java.util.Set<String> LISTS = java.util.Set.of("and", "&", ",");
    private static final java.util.Set<String> AND = java.util.Set.of("and", "&");
    /** Mentions left out, with the spaces and joiners around them. */
    private static final java.util.regex.Pattern LEFT_OUT = java.util.regex.Pattern.compile(
            "(?:\\s|" + JOINER + ")*+" + DROPPED + "(?:\\s|" + DROPPED + "|" + JOINER + ")*+");
    /** The comma between the last two names shown, at the end of what is tidied so far ("@ana, @cal"). */
    private static final java.util.regex.Pattern LAST_COMMA_OF_NAMES = java.util.regex.Pattern.compile(
            "(?<=" + SHOWN + ")\\s*,\\s*(?=" + SHOWN + "\\s*$)");

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
