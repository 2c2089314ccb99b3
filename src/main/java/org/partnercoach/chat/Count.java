package org.partnercoach.chat;

/** A number with its noun, as a reply writes it out: "1 day", "14 days", "1 partner", "3 answers". */
public final class Count {

    private Count() {
    }

    /** {@code n} and {@code noun}, which takes an "s" unless {@code n} is one. */
    public static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
