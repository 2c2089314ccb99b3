package org.partnercoach.reminders;

import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.partners.PartnerDirectory;

/**
 * A personal reminder's partner as the member reads it when the reminder is shown ({@code /reminders list}, the DM):
 * the partner as it is now, not as it was called when she set the reminder.
 *
 * @param name     its name now; for one deleted since (and no partner of that name on the list again), or a reminder set before reminders kept the partner's id (V75)
 *                 and not linked then, the name the reminder was set with
 * @param was      the name she set the reminder with, when the partner has been renamed since; "" otherwise
 * @param standing whether it is still on the outreach list
 * @param restore  for a partner moved on, the command that brings it back; "" otherwise
 */
record ReminderPartner(String name, String was, Standing standing, String restore) {

    enum Standing {
        /** On the list (or a reminder whose partner is known only by name, as it was set). */
        ON_LIST,
        /** The coalition has moved on from it (archived). */
        MOVED_ON,
        /** Deleted from the list since the reminder was set. */
        DELETED
    }

    /**
     * The partner of {@code send}, read from {@code now} (what the partners' package says of the reminders' partner
     * ids, read once for them all) and, for a partner deleted since, from {@code calledNow} (the partners on the list
     * now by the names the reminders were set with, read once for them all, and only when some partner is gone): one
     * of that name added again shows as that partner. Empty for a reminder about no partner.
     */
    static Optional<ReminderPartner> of(ScheduledSend send, Map<Long, PartnerDirectory.Named> now,
                                        Map<String, PartnerDirectory.Named> calledNow) {
        String asSet = send.about() == null ? "" : send.about().strip();
        if (send.partnerId() == 0) {
            return asSet.isEmpty() ? Optional.empty()
                    : Optional.of(new ReminderPartner(asSet, "", Standing.ON_LIST, ""));
        }
        PartnerDirectory.Named named = now.get(send.partnerId());
        if (named == null) {
            named = calledNow.get(asSet);
        }
        if (named == null) {
            return Optional.of(new ReminderPartner(asSet, "", Standing.DELETED, ""));
        }
        return Optional.of(new ReminderPartner(named.name(), named.stillCalled(asSet) ? "" : asSet,
                named.movedOn() ? Standing.MOVED_ON : Standing.ON_LIST,
                named.movedOn() ? named.restoreCommand() : ""));
    }

    /**
     * Its name, Markdown escaped, with the name she knew it by after a rename: "Abraham Lincoln Academy (was Lincoln
     * High)".
     */
    String shown() {
        return shown(Shown::text);
    }

    /** {@link #shown}, each name written by {@code text} (Markdown escaped in a message, as it is in a file). */
    private String shown(java.util.function.UnaryOperator<String> text) {
        return text.apply(name) + (was.isEmpty() ? "" : " (was " + text.apply(was) + ")");
    }

    /** {@link #shown} with where it stands, for a line of {@code /reminders list}. */
    String listed() {
        return listed(Shown::text);
    }

    /** {@link #listed}, each name written by {@code text}: as it is, for the member's {@code /privacy export}. */
    String listed(java.util.function.UnaryOperator<String> text) {
        return shown(text) + switch (standing) {
            case ON_LIST -> "";
            case MOVED_ON -> " (moved on)";
            case DELETED -> " (no longer on the outreach list)";
        };
    }

    /**
     * What the reminder's DM says of a partner no longer on the list (a line under its name); "" for one still on it.
     */
    String note() {
        return switch (standing) {
            case ON_LIST -> "";
            case MOVED_ON -> "The coalition has moved on from this partner. If you're reaching out again, " + restore
                    + " brings it back.";
            case DELETED -> "It's no longer on the outreach list. If you still work with them, `/partner add` puts it "
                    + "back.";
        };
    }

    /** Its name and note, as the value of a card's field. */
    String withNote() {
        return shown() + (note().isEmpty() ? "" : "\n" + note());
    }
}
