package org.partnercoach.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter ("2026-Q1"), in the server's time zone. */
record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*q([1-4])");
    private static final Pattern KEY = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern QUARTER_FIRST = Pattern.compile("q([1-4])\\s*[-/ ]?\\s*(\\d{4})?");

    Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    static Quarter of(ZonedDateTime at) {
        return new Quarter(at.getYear(), (at.getMonthValue() - 1) / 3 + 1);
    }

    static Quarter containing(Instant at, ZoneId zone) {
        return of(at.atZone(zone));
    }

    String key() {
        return year + "-Q" + number;
    }

    /** The quarter of a {@link #key} ("2026-Q1"); empty for anything else. */
    static Optional<Quarter> ofKey(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        return m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** "Q1 2026 (Jan – Mar)" */
    String label() {
        String from = firstDay().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        String to = firstDay().plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                Locale.ENGLISH);
        return "Q" + number + " " + year + " (" + from + " – " + to + ")";
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return next().start(zone);
    }

    /** The first instant of each month of the quarter and the quarter's end: four bounds, three months. */
    java.util.List<Instant> monthBounds(ZoneId zone) {
        java.util.List<Instant> out = new java.util.ArrayList<>();
        for (int m = 0; m <= 3; m++) {
            out.add(firstDay().plusMonths(m).atStartOfDay(zone).toInstant());
        }
        return out;
    }

    Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + number, o.year * 4 + o.number);
    }

    /**
     * The quarter a coordinator asked for: nothing or "last" is the last finished quarter, "this" the current one
     * so far, "next" the one to come (refused: not begun), each with "quarter" after it or not ("last quarter"), or a
     * quarter like "2026-Q1", "Q1 2026", or "q4" (the latest Q4 that has begun: in January, the one that just ended,
     * not the one at the end of this year). Empty when it cannot be read.
     */
    static Optional<Quarter> parse(String text, Quarter current) {
        // as a coordinator says it: "last quarter", "the current quarter"
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "")
                .replaceFirst("\\s*quarter$", "");
        if (t.isEmpty() || t.equals("last") || t.equals("previous")) {
            return Optional.of(current.previous());
        }
        if (t.equals("this") || t.equals("current") || t.equals("now")) {
            return Optional.of(current);
        }
        if (t.equals("next")) {
            return Optional.of(current.next());
        }
        Matcher m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = QUARTER_FIRST.matcher(t);
        if (m.matches()) {
            int number = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return Optional.of(new Quarter(Integer.parseInt(m.group(2)), number));
            }
            Quarter thisYear = new Quarter(current.year(), number);
            return Optional.of(thisYear.compareTo(current) > 0 ? new Quarter(current.year() - 1, number) : thisYear);
        }
        return Optional.empty();
    }
}
