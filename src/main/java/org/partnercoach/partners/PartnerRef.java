package org.partnercoach.partners;

/**
 * Which partner a member means, and how they said it. A typed option (or a suggestion picked on Discord, whose value
 * is the exact name) is a {@link #typed name}, whatever it looks like: "12" is the partner called 12. A button or a
 * menu the bot made carries the partner's {@link #id}. The two never mix.
 */
record PartnerRef(String typed, long id) {

    /** What the member typed or picked: looked up by name only. */
    static PartnerRef typed(String text) {
        return new PartnerRef(text == null ? "" : text, 0);
    }

    /** A partner id carried by the bot's own button or menu. */
    static PartnerRef id(long partnerId) {
        return new PartnerRef(null, partnerId);
    }

    /** An id in a button's or menu's value; anything else names no partner. */
    static PartnerRef id(String value) {
        try {
            return id(Long.parseLong(value == null ? "" : value.strip()));
        } catch (NumberFormatException e) {
            return id(-1);
        }
    }

    /**
     * The {@code partner:} option naming {@code name} in a command the bot gives a member to copy, in the console's
     * grammar: quoted, with a quote in the name as {@code \"} (The "Y" Center is {@code partner:"The \"Y\" Center"}).
     */
    static String option(String name) {
        return "partner:\"" + name.replace("\"", "\\\"") + "\"";
    }

    boolean byId() {
        return typed == null;
    }
}
