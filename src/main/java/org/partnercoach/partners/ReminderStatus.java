package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Count;

/**
 * How the reminders to keep in touch stand for one partner, told by the reminders feature (which owns them) so
 * the outreach list can show it wherever a partner is described: {@code /partner show} and {@code /partner log}.
 */
public interface ReminderStatus {

    /**
     * One line about a partner's reminders ("every 14 days · next check-in ...", "Paused ..."), and the button
     * that resumes them when they are paused or on hold.
     */
    record Line(String text, Optional<Button> action) {
    }

    /**
     * Where the partner's reminders stand now, as member {@code readerId} reads it: its owner is told about her own
     * check-ins in the second person ("didn't reach you"), anyone else about hers.
     */
    Line of(Partner partner, long readerId);

    /**
     * When the member's last check-in about her partners could not reach her: one note to her, with what lets the
     * next ones through, for a page of her own partners ({@code /partner list mine:true}); one read, however many
     * partners she has. Empty otherwise, and by default.
     */
    default String missedCheckIn(long guildId, long memberId) {
        return "";
    }

    /**
     * What a member reads once they set a partner's cadence, the same after {@code /partner cadence} and
     * {@code /partner edit cadence:}, to follow the partner's name: the reminders feature says "may go 30 days
     * without contact before a reminder. Reminders: (where they stand, {@link #of}). ..."; by default, only where
     * they stand.
     */
    default Line afterCadence(Partner partner, long readerId) {
        Line now = of(partner, readerId);
        return new Line("has its cadence saved. Reminders: " + now.text() + ".", now.action());
    }

    /**
     * Forgets what the reminders keep about a partner being deleted, in the deletion's transaction (their table has
     * no key to the partners': each feature looks after its own rows). Nothing by default.
     */
    default void partnerDeleted(Connection c, long guildId, long partnerId) throws SQLException {
    }

    /**
     * Lets the reminders start afresh for a partner handed to another member, in the handover's transaction: the
     * count of reminders without contact and any open "pause or keep going?" belong to the member it was with.
     * Nothing by default.
     */
    default void ownerChanged(Connection c, long guildId, long partnerId) throws SQLException {
    }

    /** For a list without reminders (tests of the list alone). */
    ReminderStatus NONE = (p, reader) -> new Line(p.cadenceDays() == null ? "the server's default cadence"
            : "every " + Count.of(p.cadenceDays(), "day"), Optional.empty());
}
