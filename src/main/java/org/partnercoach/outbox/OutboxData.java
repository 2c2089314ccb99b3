package org.partnercoach.outbox;

import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;

/**
 * The messages queued for or sent to a member in one server (their {@code /remind} reminders, cultivate reminders,
 * notices), for {@code /privacy}. Forget deletes them all, waiting ones included: nothing more is sent to them.
 */
public final class OutboxData implements PersonalData {

    private static final String MINE = "SELECT id, kind, payload, about, requested_at, due_at, status, sent_at,"
            + " last_error FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ? ORDER BY id";
    private static final String FORGET = "DELETE FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ?";

    private final Database db;

    public OutboxData(Database db) {
        this.db = db;
    }

    @Override
    public String section() {
        return "messages_and_reminders";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> Database.rows(c, MINE, guildId, userId));
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> Database.update(c, FORGET, guildId, userId));
    }
}
