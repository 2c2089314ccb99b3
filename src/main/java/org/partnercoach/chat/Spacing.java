package org.partnercoach.chat;

import java.util.regex.Pattern;

/**
 * How what a member typed is spaced when it is kept, shown or compared: a name, a title or a line pasted with tabs,
 * line breaks or double spaces reads with single spaces, as "Eastside  Food\tBank" is "Eastside Food Bank".
 */
public final class Spacing {

    /** A run of spaces, tabs, line breaks, vertical tabs or form feeds. */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spacing() {
    }

    /**
     * {@code text} with each run of spaces, tabs or line breaks as one space, its ends left as they are. Searched only
     * when it has something to change: most of what members type has single spaces alone, and an answer's every name
     * passes here. Features call {@link #tidied}; this is apart for its test.
     */
    static String oneSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a tab, a line break, a vertical tab, a form feed (\t to \r), or a second space in a row
            if (c >= '\t' && c <= '\r' || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return RUN.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** {@code text} without spaces at its ends and with single spaces inside it. */
    public static String tidied(String text) {
        return oneSpaced(text.strip());
    }
}
