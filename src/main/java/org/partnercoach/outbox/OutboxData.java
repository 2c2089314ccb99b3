package org.partnercoach.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * The messages queued for or sent to a member in one server (their {@code /remind} reminders, cultivate reminders,
 * notices), for {@code /privacy}. Forget deletes them all, waiting ones included: nothing more is sent to them. The
 * export names each message as its kind does for coordinators ("A reminder") with what it was about in words, never
 * the codes and ids the bot keeps in its rows.
 */
public final class OutboxData extends MemberRows {

    private static final String MINE = "SELECT " + ScheduledSend.COLUMNS
            + " FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ? ORDER BY id";
    private static final String FORGET = "DELETE FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ?";

    private final Database db;
    /** Every kind the outbox sends; the composition root fills it once each feature made its own. */
    private final List<SendKind> kinds;

    private OutboxData(Database db, List<SendKind> kinds) {
        super(db, "messages_and_reminders", MINE, FORGET);
        this.db = db;
        this.kinds = kinds;
    }

    /** @param kinds the outbox's kinds, read at each export (a list filled after this is made is fine) */
    public static PersonalData of(Database db, List<SendKind> kinds) {
        return new OutboxData(db, kinds);
    }

    @Override
    public Object export(long guildId, long userId) {
        List<ScheduledSend> mine = db.read(c -> Database.list(c, MINE, ScheduledSend::read, guildId, userId));
        return mine.stream().map(this::inWords).toList();
    }

    private Map<String, Object> inWords(ScheduledSend send) {
        Optional<SendKind> kind = kinds.stream().filter(k -> k.name().equals(send.kind())).findFirst();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("message", kind.map(SendKind::described).orElse("A message"));
        kind.flatMap(k -> k.aboutInWords(send)).filter(words -> !words.isBlank())
                .ifPresent(words -> row.put("about", words));
        // instants as text, which the export writes at her own clock as it does every "..._at"
        row.put("requested_at", String.valueOf(send.requestedAt()));
        row.put("due_at", String.valueOf(send.dueAt()));
        row.put("status", switch (send.status()) {
            case PENDING -> "waiting";
            case CLAIMED -> "being sent";
            case SENT -> "sent";
            case FAILED -> "couldn't be delivered";
            case CANCELLED -> "cancelled";
        });
        row.put("sent_at", send.sentAt() == null ? null : send.sentAt().toString());
        row.put("last_error", send.lastError());
        return row;
    }
}
