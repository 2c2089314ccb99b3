package org.partnercoach.chat;

/**
 * What one member typed (a partner's name, a note, an answer, a reminder), made safe to show to others in a message.
 * The text is stored as typed; only its display is neutralised: Markdown becomes literal characters (no masked
 * link, heading, quote, spoiler or code block), and the invisible characters that could make a name look like
 * another, vanish, or read in a different order (zero-width characters, right-to-left overrides and isolates) are
 * left out. Mentions need no escaping: a reply pings only the members it names in {@link Reply#mentionUsers()}.
 * Not for button labels, menu options or form values: the platform shows those as plain text already.
 */
public final class Shown {

    private static final String MARKDOWN = "\\*_`~|>#[]()<-+";

    private Shown() {
    }

    /** {@code raw} as others should see it in a message: literal, visible, in the order typed; "" for null. */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (hidden(cp)) {
                continue;
            }
            if (escaped(cp, lineStart)) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
            lineStart = cp == '\n' || lineStart && cp == ' ';
        }
        return out.toString();
    }

    /**
     * {@code raw} inside a command shown as inline code, for a member to copy: Markdown is literal there without
     * escapes, but a backtick in a partner's name would end the span early, so such a name gets the double-backtick
     * span Discord also reads (with a zero-width space between two backticks in a row, which would end that one).
     */
    public static String code(String raw) {
        StringBuilder visible = new StringBuilder();
        (raw == null ? "" : raw).codePoints().filter(cp -> !hidden(cp) && cp != '\n').forEach(visible::appendCodePoint);
        String inside = visible.toString();
        if (inside.indexOf('`') < 0) {
            return "`" + inside + "`";
        }
        return "`` " + inside.replace("``", "`\u200B`") + " ``";
    }

    /** Bidi overrides and isolates, zero-width characters, and other invisible format characters. */
    static boolean hidden(int cp) {
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return true;
        }
        // zero-width space, joiners, marks, word joiner, BOM, soft hyphen, and every other format character
        return cp == 0x180E || Character.getType(cp) == Character.FORMAT;
    }

    /** Markdown's punctuation always; '-' and '+' only at the start of a line, where they would start a list. */
    private static boolean escaped(int cp, boolean lineStart) {
        if (cp == '-' || cp == '+') {
            return lineStart;
        }
        return cp < 128 && MARKDOWN.indexOf(cp) >= 0;
    }
}
