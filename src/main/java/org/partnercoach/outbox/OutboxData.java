package org.partnercoach.outbox;

import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * The messages queued for or sent to a member in one server (their {@code /remind} reminders, cultivate reminders,
 * notices), for {@code /privacy}. Forget deletes them all, waiting ones included: nothing more is sent to them.
 */
public final class OutboxData {

    private static final String MINE = "SELECT id, kind, payload, about, requested_at, due_at, status, sent_at,"
            + " last_error FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ? ORDER BY id";
    private static final String FORGET = "DELETE FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ?";

    private OutboxData() {
    }

    public static PersonalData of(Database db) {
        return new MemberRows(db, "messages_and_reminders", MINE, FORGET);
    }
}
