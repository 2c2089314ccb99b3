package org.partnercoach.partners;

/**
 * Which partner a member means, and how they said it. A typed option (or a suggestion picked on Discord, whose value
 * is the exact name) is a {@link #typed name}, whatever it looks like: "12" is the partner called 12. A button or a
 * menu the bot made carries the partner's {@link #id}, and {@code meant}, the command it stands for ("partner
 * intro"): when that partner was deleted and another is called so since, the member is pointed to it with that command
 * ({@link PartnerDeletions.Deletion#told(String)}). The two never mix.
 */
record PartnerRef(String typed, long id, String meant) {

    /** What the member typed or picked: looked up by name only. */
    static PartnerRef typed(String text) {
        return new PartnerRef(text == null ? "" : text, 0, null);
    }

    /** A partner id carried by the bot's own button or menu that shows the partner (a page, the list's menu). */
    static PartnerRef id(long partnerId) {
        return id(partnerId, PartnerFeature.Paths.SHOW);
    }

    /** A partner id carried by the bot's own button that does what the command {@code meant} does. */
    static PartnerRef id(long partnerId, String meant) {
        return new PartnerRef(null, partnerId, meant);
    }

    /** An id in a button's or menu's value; anything else names no partner. */
    static PartnerRef id(String value, String meant) {
        try {
            return id(Long.parseLong(value == null ? "" : value.strip()), meant);
        } catch (NumberFormatException e) {
            return id(-1, meant);
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
