package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberRows;

/**
 * The messages queued for or sent to a member in one server (their {@code /remind} reminders, cultivate reminders,
 * notices), for {@code /privacy}. Forget deletes them all, waiting ones included: nothing more is sent to them; and
 * in the messages other members get, it takes her out where their kind names her ({@link SendKind.NamesMembers#withoutMember}).
 * The export names each message as its kind does for coordinators ("A reminder") with what it was about in words,
 * never the codes and ids the bot keeps in its rows, and one still waiting with when it comes, as
 * {@code /reminders list} says it (after her quiet hours, for a kind that waits for them).
 */
public final class OutboxData extends MemberRows {

    private static final String MINE = "SELECT " + ScheduledSend.COLUMNS
            + " FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ? ORDER BY id";
    private static final String FORGET = "DELETE FROM scheduled_sends WHERE guild_id = ? AND recipient_id = ?";
    /** The rows of one kind another member gets (or a channel), which may name her (index scheduled_sends_of_recipient). */
    private static final String OTHERS = "SELECT " + ScheduledSend.COLUMNS
            + " FROM scheduled_sends WHERE guild_id = ? AND kind = ? AND recipient_id <> ? ORDER BY id";
    private static final String REWORD = "UPDATE scheduled_sends SET payload = ?, about = ? WHERE id = ? AND guild_id = ?";

    private final Database db;
    /** Every kind the outbox sends; the composition root fills it once each feature made its own. */
    private final List<SendKind> kinds;
    private final ServerSettings settings;
    private final Clock clock;

    private OutboxData(Database db, List<SendKind> kinds, ServerSettings settings, Clock clock) {
        super(db, "messages_and_reminders", MINE, FORGET);
        this.db = db;
        this.kinds = kinds;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param kinds    the outbox's kinds, read at each export and forget (a list filled after this is made is fine)
     * @param settings the quiet hours a waiting message is held for
     */
    public static PersonalData of(Database db, List<SendKind> kinds, ServerSettings settings, Clock clock) {
        return new OutboxData(db, kinds, settings, clock);
    }

    @Override
    public void forget(Connection c, long guildId, long userId) throws SQLException {
        super.forget(c, guildId, userId);
        for (SendKind kind : kinds) {
            if (!(kind instanceof SendKind.NamesMembers naming)) {
                continue;
            }
            for (ScheduledSend send : Database.list(c, OTHERS, ScheduledSend::read, guildId, kind.name(), userId)) {
                Optional<SendKind.Words> words = naming.withoutMember(c, send, userId);
                if (words.isPresent()) {
                    Database.update(c, REWORD, words.get().payload(), words.get().about(), send.id(), guildId);
                }
            }
        }
    }

    @Override
    public Object export(long guildId, long userId) {
        List<ScheduledSend> mine = db.read(c -> Database.list(c, MINE, ScheduledSend::read, guildId, userId));
        return mine.stream().map(this::inWords).toList();
    }

    private Map<String, Object> inWords(ScheduledSend send) {
        Optional<SendKind> kind = SendKind.named(kinds, send.kind());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("message", kind.map(SendKind::described).orElse("A message"));
        kind.flatMap(k -> k.aboutInWords(send)).filter(words -> !words.isBlank())
                .ifPresent(words -> row.put("about", words));
        // instants as text, which the export writes at her own clock as it does every "..._at"
        row.put("requested_at", String.valueOf(send.requestedAt()));
        row.put("due_at", String.valueOf(comes(send, kind)));
        row.put("status", switch (send.status()) {
            case PENDING -> "waiting";
            case CLAIMED -> "being sent";
            case SENT -> "sent";
            case FAILED -> "couldn't be delivered";
            case CANCELLED -> "cancelled";
        });
        if (send.sentAt() != null) {
            row.put("sent_at", send.sentAt().toString());
        }
        if (send.lastError() != null && !send.lastError().isBlank()) {
            row.put("last_error", send.lastError());
        }
        return row;
    }

    /**
     * When a message still waiting reaches her: when it is due (now, for one due already), held past her quiet hours
     * as the outbox will hold it, the rule {@code /reminders list} reads too; for any other, when it was due.
     */
    private Instant comes(ScheduledSend send, Optional<SendKind> kind) {
        if (send.status() != ScheduledSend.Status.PENDING || !kind.map(SendKind::waitsForQuietHours).orElse(true)) {
            return send.dueAt();
        }
        Instant now = clock.instant();
        Instant ready = send.dueAt().isAfter(now) ? send.dueAt() : now;
        return OutboxJob.afterQuietHours(settings, send.guildId(), send.recipientId(), ready);
    }
}
