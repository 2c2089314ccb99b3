package org.partnercoach.chat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line that asks what the bot's last message is ("what is this?", "what's this", "??", "huh?", "what does this
 * mean?"): only such words, so "What is this partner's budget?" is none. The features that sent a message by DM
 * (a check-in, the quarterly value question) answer it while theirs is the newest the bot sent.
 */
public final class PuzzledLine {

    private static final String IT = "(?:this|that|it)(?:\\s+(?:message|about|for|one))?";
    private static final String PUZZLE = "(?:what\\s+is\\s+" + IT + "|what'?s\\s+" + IT
            + "|what\\s+does\\s+(?:this|that|it)\\s+mean|what\\s+(?:is|are)\\s+(?:these|those)"
            + "|what\\s+do\\s+i\\s+do\\s+(?:with\\s+(?:this|that|it)|here)"
            + "|why\\s+(?:did\\s+i\\s+get|am\\s+i\\s+getting|do\\s+i\\s+get)\\s+(?:this|that|these)"
            + "|wha+t+|hu+h+|i\\s+don'?t\\s+(?:get\\s+it|understand)|(?:i'?m\\s+)?(?:so\\s+)?confused|\\?+)";
    private static final Pattern LINE = Pattern.compile("(?:(?:um+|hm+|sorry|hi|hey|hello|ok(?:ay)?|wait),?\\s*)?"
            + PUZZLE + "(?:[\\s,.!?;…]+" + PUZZLE + ")*[\\s,.!?…\\p{So}\\p{Cf}]*");

    private PuzzledLine() {
    }

    /** Whether {@code text}, as typed, only asks what the message above is. */
    public static boolean asks(String text) {
        if (text == null) {
            return false;
        }
        String said = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return !said.isEmpty() && LINE.matcher(said).matches();
    }
}
