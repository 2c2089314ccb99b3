package org.partnercoach.chat;

import java.util.Locale;

/** A number with its noun, as a reply writes it out: "1 day", "14 days", "1 partner", "3 answers". */
public final class Count {

    private Count() {
    }

    /** {@code n} and {@code noun}, which takes an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return number(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /** {@code n} as a reply writes it, thousands set apart: "4,000", "10,000", "12". */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
