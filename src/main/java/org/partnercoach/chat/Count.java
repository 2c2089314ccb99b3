package org.partnercoach.chat;

/** A number with its noun, as a reply writes it out: "1 day", "14 days", "1 partner", "3 answers". */
public final class Count {

    private Count() {
    }

    /** {@code n} and {@code noun}, which takes an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return number(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /**
     * How long {@code text} is, as a refusal of a text over a limit says it: "4,120 characters long", with
     * {@link #emojiCounted} when it holds emoji.
     */
    public static String charactersLong(String text) {
        return number(text.length()) + " characters long" + emojiCounted(text);
    }

    /**
     * Said after a length the bot counts, when {@code text} holds emoji: " (an emoji counts as two here: your 60
     * characters count as 120)"; else nothing. Discord counts an emoji as one character, as a person does, but the bot
     * keeps its limits in Java's units (its database counts an emoji as two), so "120 characters" alone would puzzle
     * someone who typed 60.
     */
    public static String emojiCounted(String text) {
        int units = text.length();
        int seen = text.codePointCount(0, units);
        return seen == units ? "" : " (an emoji counts as two here: your " + number(seen) + " characters count as "
                + number(units) + ")";
    }

    /**
     * {@code n} as a reply writes it, thousands set apart: "4,000", "10,000", "12". Set apart here rather than by
     * {@code String.format("%,d")}, which builds a new number format on every call: a poll that tells 500 owners how
     * long ago each of 10,000 partners was touched spent a tenth of its time on that.
     */
    public static String number(long n) {
        String digits = Long.toString(n);
        if (n > -1000 && n < 1000) {
            return digits;
        }
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        StringBuilder out = new StringBuilder(digits.length() + length / 3).append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(sign + i));
        }
        return out.toString();
    }
}
