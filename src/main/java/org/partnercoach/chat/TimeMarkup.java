package org.partnercoach.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's timestamp markup: {@code <t:1767225600:f>} shows each reader the time in their own zone, {@code :R}
 * as "in 2 days". Platforms without it (the console) turn it into plain text with {@link #render}.
 */
public final class TimeMarkup {

    private static final Pattern MARKUP = Pattern.compile("<t:(-?\\d{1,12}):([fR])>");
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private TimeMarkup() {
    }

    /** The date and time, in the reader's zone. */
    public static String full(Instant at) {
        return "<t:" + at.getEpochSecond() + ":f>";
    }

    /** "in 2 days", "3 hours ago". */
    public static String relative(Instant at) {
        return "<t:" + at.getEpochSecond() + ":R>";
    }

    /** The date and time, then how far away it is: {@code <t:..:f> (<t:..:R>)}. */
    public static String both(Instant at) {
        return full(at) + " (" + relative(at) + ")";
    }

    /** The text with every timestamp written out for a reader in {@code zone} at {@code now}. */
    public static String render(String text, Instant now, ZoneId zone) {
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
            ZoneId shownZone = zone instanceof java.time.ZoneOffset o && o.getTotalSeconds() == 0 ? ZoneId.of("UTC") : zone;
            String shown = m.group(2).equals("f") ? FULL.format(at.atZone(shownZone)) : relative(now, at);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String relative(Instant now, Instant at) {
        Duration d = Duration.between(now, at);
        // a moment that is now has come: a reminder asked for this minute reads "just now" as it arrives
        boolean future = !d.isNegative() && !d.isZero();
        long s = Math.abs(d.getSeconds());
        String amount;
        if (s < 60) {
            return future ? "in a moment" : "just now";
        } else if (s < 3600) {
            amount = plural(s, 60, "minute");
        } else if (s < 86_400) {
            amount = plural(s, 3600, "hour");
        } else if (s < 30 * 86_400L) {
            amount = plural(s, 86_400, "day");
        } else if (s < 365 * 86_400L) {
            amount = plural(s, 30 * 86_400L, "month");
        } else {
            amount = plural(s, 365 * 86_400L, "year");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** {@code seconds} in whole units, rounded to the nearest: 47h59m is "2 days", as Discord shows it. */
    private static String plural(long seconds, long unitSeconds, String unit) {
        long n = Math.max(1, (seconds + unitSeconds / 2) / unitSeconds);
        return Count.of(n, unit);
    }
}
