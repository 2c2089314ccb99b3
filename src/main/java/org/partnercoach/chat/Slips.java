package org.partnercoach.chat;

/**
 * How many slips of the keys lie between two pieces of typed text: letters left out, added or changed, and two side
 * by side swapped ("lsit" is one slip from "list"). One measure for every feature that offers what was meant: a
 * command mistyped in the console, a partner's name not found.
 */
public final class Slips {

    private Slips() {
    }

    /**
     * The slips between {@code a} and {@code b}; {@link Integer#MAX_VALUE} when either is longer than
     * {@code longest}, which bounds the effort by what the caller compares (names of commands, of partners).
     */
    public static int between(String a, String b, int longest) {
        if (a.length() > longest || b.length() > longest) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
