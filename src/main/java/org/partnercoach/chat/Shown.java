package org.partnercoach.chat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one member typed (a partner's name, a note, an answer, a reminder), made safe to show to others in a message.
 * The text is stored as typed; only its display is neutralised: Markdown becomes literal characters (no masked
 * link, heading, quote, spoiler or code block), and the invisible characters that could make a name look like
 * another, vanish, or read in a different order (zero-width characters, right-to-left overrides and isolates, Hangul
 * fillers: {@link #hidden}) are left out (a joiner inside an emoji stays: it is part of the picture). Mentions of
 * members, roles and channels ({@code <@123>}, {@code <@!123>}, {@code <@&123>}, {@code <#123>}), Discord timestamps
 * ({@code <t:1700000000:R>}) and a server's own emoji ({@code <:wave:123>}) stay as typed, so they show as the name,
 * the time or the emoji, as the member meant: they ping nobody, since every message is sent with no mentions allowed
 * but the members the bot itself names in {@link Reply#mentionUsers()}.
 * Not for button labels, menu options or form values: the platform shows those as plain text already.
 */
public final class Shown {

    private static final String MARKDOWN = "\\*_`~|>#[]()<-+";
    /**
     * A web address as Discord links it ({@code https://example.org/health_partners#board}): shown as typed, since
     * Discord reads the address before any Markdown in it and would keep an escape's backslash in the link. It ends
     * before a space, a bracket, a backtick, a bar, a star or a backslash (which are escaped as usual), and before a
     * closing stop, comma or parenthesis.
     */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>`|*\\\\\\[\\]]*[^\\s<>`|*\\\\\\[\\].,:;\"')]",
            Pattern.CASE_INSENSITIVE);

    /**
     * A mention of a member, role or channel, a timestamp, or a server's own emoji ({@code <:wave:123>},
     * {@code <a:party:456>}, as Discord writes one a member picked), as Discord reads it: shown as typed.
     */
    private static final Pattern MENTION =
            Pattern.compile("<(?:@[!&]?\\d{1,20}|#\\d{1,20}|t:-?\\d{1,20}(?::[tTdDfFR])?|a?:\\w{2,32}:\\d{1,20})>");

    private Shown() {
    }

    /** A line break with the spaces around it. */
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    /**
     * Member text on one line, not yet made literal: its line breaks show as " / ", so a list written one per line
     * stays a list and does not run together into one sentence.
     */
    public static String oneLine(String raw) {
        return raw == null ? "" : LINE_BREAKS.matcher(raw.strip()).replaceAll(" / ");
    }

    /** {@code raw} as others should see it in a message: literal, visible, in the order typed; "" for null. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String visible = visible(raw);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        boolean lineStart = true;
        Matcher url = URL.matcher(visible);
        Matcher mention = MENTION.matcher(visible);
        for (int i = 0; i < visible.length(); ) {
            // a web address Discord makes a link of, before any Markdown (an escape in it would break the link), or a
            // mention or a timestamp, which an escape would show as its raw markup; each is tried only where one can
            // begin, as a reminder of many partners' names and notes reads every character of them
            char at = visible.charAt(i);
            Matcher kept = (at == 'h' || at == 'H') && url.region(i, visible.length()).lookingAt() ? url
                    : at == '<' && mention.region(i, visible.length()).lookingAt() ? mention : null;
            if (kept != null) {
                out.append(kept.group());
                i = kept.end();
                lineStart = false;
                continue;
            }
            int cp = visible.codePointAt(i);
            i += Character.charCount(cp);
            if (escaped(cp, lineStart)) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
            lineStart = cp == '\n' || lineStart && cp == ' ';
        }
        return out.toString();
    }

    /**
     * {@link #text} cut to at most {@code max} characters, ending with an ellipsis when something was cut: the limit
     * counts the escapes, so a line full of Markdown still fits where it is shown, and a cut never falls between an
     * escape and its character (which would escape the ellipsis), inside an emoji, nor inside a web address or a
     * mention (it ends before it instead).
     */
    public static String text(String raw, int max) {
        String shown = text(raw);
        if (shown.length() <= max) {
            return shown;
        }
        return shown.substring(0, safeCut(shown, Math.max(0, max - 1))) + "…";
    }

    /**
     * Text already {@link #text shown} in pieces of at most {@code max} characters each, for a card's fields: nothing
     * is cut off, each cut falls at a line's or word's end where one is near, and never where {@link #text(String,
     * int)} would not cut.
     */
    public static List<String> pieces(String shown, int max) {
        List<String> out = new java.util.ArrayList<>();
        String rest = shown;
        while (rest.length() > max) {
            int end = safeCut(rest, max);
            int gap = Math.max(rest.lastIndexOf('\n', end), rest.lastIndexOf(' ', end));
            if (gap > max / 2 && gap < end) {
                end = gap;
            }
            if (end <= 0) {
                end = max; // one web address longer than a piece: cut it all the same rather than loop
            }
            out.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** Where text may be cut at or before {@code end}: not inside a link or mention, an emoji, nor after an escape. */
    private static int safeCut(String shown, int end) {
        end = beforeCutLink(shown, end);
        if (end > 0 && Character.isHighSurrogate(shown.charAt(end - 1))) {
            end--;
        }
        int slashes = 0;
        while (slashes < end && shown.charAt(end - 1 - slashes) == '\\') {
            slashes++;
        }
        if (slashes % 2 == 1) {
            end--;
        }
        return end;
    }

    /**
     * Where a cut of {@code text} at {@code end} falls so that no web address is cut short (Discord would still make a
     * link of what is left of it, to a shorter, wrong address), nor a mention or a timestamp (what is left of it would
     * show as stray markup). A cut inside one falls before it (and the spaces before it) instead; elsewhere it stays
     * at {@code end}.
     */
    static int beforeCutLink(String text, int end) {
        for (Pattern link : List.of(URL, MENTION)) {
            Matcher m = link.matcher(text);
            while (m.find() && m.start() < end) {
                if (m.end() > end) {
                    int before = m.start();
                    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                        before--;
                    }
                    return before;
                }
            }
        }
        return end;
    }

    /**
     * A message as its reader sees it, for a screen that shows Markdown as plain characters (the console): each
     * backslash {@link #text} put before a Markdown character is dropped, as Discord drops it, so that ":-)" a member
     * typed reads ":-)" there too and not ":-\)".
     */
    public static String rendered(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' && i + 1 < message.length() && MARKDOWN.indexOf(message.charAt(i + 1)) >= 0) {
                c = message.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code raw} inside a command shown as inline code, for a member to copy: Markdown is literal there without
     * escapes, but a backtick in a partner's name would end the span early, so such a name gets the double-backtick
     * span Discord also reads (with a zero-width space between two backticks in a row, which would end that one).
     */
    public static String code(String raw) {
        String inside = visible(raw == null ? "" : raw).replace("\n", "");
        if (inside.indexOf('`') < 0) {
            return "`" + inside + "`";
        }
        return "`` " + inside.replace("``", "`\u200B`") + " ``";
    }

    /**
     * {@code raw} for a label Discord shows as plain text (a menu's option, a suggested choice, a button): without the
     * hidden characters a message drops too, so a right-to-left override in a name cannot turn the label around; as
     * it was when nothing visible is left.
     */
    public static String label(String raw) {
        if (raw == null) {
            return null;
        }
        String shown = visible(raw);
        return shown.isBlank() ? raw : shown;
    }

    /**
     * Whether a reader would see nothing of {@code raw}: it is empty, or spaces (a no-break one, the blank braille
     * cell) and {@linkplain #hidden hidden} characters alone. Such a name or text is as good as none.
     */
    public static boolean blank(String raw) {
        return raw == null || raw.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x2800 || hidden(cp));
    }

    /**
     * {@code raw} without its hidden characters, but with those that hold an emoji together; a Hangul filler between
     * words shows as the space it looked like.
     */
    public static String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int previous = -1;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int next = i < raw.length() ? raw.codePointAt(i) : -1;
            if (filler(cp)) {
                // a blank as wide as a letter on screen: between words ("Lincoln" filler "High") it read as a space
                if (previous != -1 && previous != ' ' && !Character.isWhitespace(previous) && next != -1
                        && !Character.isWhitespace(next) && !filler(next)) {
                    out.append(' ');
                    previous = ' ';
                }
                continue;
            }
            if (hidden(cp) && !joinsEmoji(previous, cp, next)) {
                continue;
            }
            out.appendCodePoint(cp);
            previous = cp;
        }
        return out.toString();
    }

    /**
     * A zero-width joiner between two pictographs (👩🏽‍⚕️ is a woman, a skin tone, a joiner and a medical symbol), or
     * a tag letter after a black flag (the flags of England, Scotland, Wales): invisible characters that are part of
     * one emoji, which would fall apart into several pictures without them.
     */
    private static boolean joinsEmoji(int previous, int cp, int next) {
        if (cp == 0x200D) {
            return pictograph(previous) && pictograph(next);
        }
        boolean tag = cp >= 0xE0020 && cp <= 0xE007F;
        return tag && (previous == 0x1F3F4 || previous >= 0xE0020 && previous <= 0xE007F);
    }

    /** A picture in an emoji sequence: a symbol, a skin tone, or the selector that asks for a coloured emoji. */
    private static boolean pictograph(int cp) {
        if (cp < 0) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0xFE0F;
    }

    /**
     * What shows as nothing, or turns the text around it: Unicode's default-ignorable characters. The one rule for
     * what members typed: such a character is left out where the text is shown, is never the letter a name or a note
     * needs, and makes no two names or session titles differ. Not the variation selectors, which are no letter
     * either: they pick how the character before them is drawn (U+FE0F makes ❤ a coloured heart).
     */
    public static boolean hidden(int cp) {
        // zero-width space, joiners, bidi marks, overrides and isolates, word joiner, BOM, soft hyphen, tags: format
        return Character.getType(cp) == Character.FORMAT
                // the Hangul fillers: letters to Unicode, a blank on screen
                || filler(cp)
                // the combining grapheme joiner and Khmer's inherent vowels, marks that draw nothing
                || cp == 0x034F || cp == 0x17B4 || cp == 0x17B5
                // set aside for more of these: unassigned in Java's Unicode, hidden by clients that know a newer one
                || (cp == 0x2065 || cp >= 0xFFF0 && cp <= 0xFFF8 || cp >= 0xE0000 && cp <= 0xE0FFF)
                        && Character.getType(cp) == Character.UNASSIGNED;
    }

    /** The Hangul fillers: letters to Unicode, a blank as wide as a letter on screen. */
    private static boolean filler(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Markdown's punctuation always; '-' and '+' only at the start of a line, where they would start a list. */
    private static boolean escaped(int cp, boolean lineStart) {
        if (cp == '-' || cp == '+') {
            return lineStart;
        }
        return cp < 128 && MARKDOWN.indexOf(cp) >= 0;
    }

    /**
     * Names typed by members, in bold, as a sentence lists them: "**A**", "**A** and **B**", ... "**A**, **B**, **C**,
     * **D** and 3 more" (each shown literally, at most 100 characters).
     */
    public static String names(List<String> raw) {
        return andFirst(raw.stream().map(name -> "**" + text(name, 100) + "**").toList(), 5);
    }

    /** Names as a sentence lists them: "a", "a and b", "a, b and c" (empty: ""). */
    public static String and(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * At most {@code most} of {@code names} as {@link #and} lists them, the last place saying how many more there
     * are ("a, b, c, d and 3 more"), so that a list as long as a member's paste keeps a reply short.
     */
    public static String andFirst(List<String> names, int most) {
        if (names.size() <= most) {
            return and(names);
        }
        List<String> shown = new java.util.ArrayList<>(names.subList(0, most - 1));
        shown.add(Count.number(names.size() - shown.size()) + " more");
        return and(shown);
    }
}
