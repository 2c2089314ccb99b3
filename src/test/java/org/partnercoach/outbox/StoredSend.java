package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.partnercoach.storage.Database;

/**
 * A row of the outbox as a delivery run would have left it, written straight into its table: for tests of what
 * reads the outbox's history (the check-ins' hold, the digest's and {@code /coach status}'s failed sends, pruning),
 * where queuing and running the send through the bot would take a fake Discord failing on cue. Requested, due,
 * tried and created at one time unless told otherwise; a send tried once is claimed then, and sent then when SENT.
 * Its text is empty (the table's default) unless given.
 */
public record StoredSend(long guildId, String kind, long recipientId, String payload, Instant due,
                         ScheduledSend.Status status, int attempts, Instant claimedAt, Instant sentAt,
                         String lastError, String trouble, Instant createdAt) {

    private static final String INSERT = "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload,"
            + " requested_at, due_at, status, attempts, claimed_at, sent_at, last_error, trouble, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A send waiting for its time, never tried. */
    public static StoredSend pending(long guildId, String kind, long recipientId, String payload, Instant due) {
        return new StoredSend(guildId, kind, recipientId, payload, due, ScheduledSend.Status.PENDING, 0, null, null,
                null, null, due);
    }

    /** A send tried once at {@code at}, left in {@code status} (sent then, when SENT). */
    public static StoredSend tried(long guildId, String kind, long recipientId, ScheduledSend.Status status,
                                   Instant at) {
        return new StoredSend(guildId, kind, recipientId, "", at, status, 1, at,
                status == ScheduledSend.Status.SENT ? at : null, null, null, at);
    }

    /** A send given up at {@code at} after {@code attempts} tries, with the error the last one met. */
    public static StoredSend failed(long guildId, String kind, long recipientId, int attempts, String lastError,
                                    Instant at) {
        return new StoredSend(guildId, kind, recipientId, "", at, ScheduledSend.Status.FAILED, attempts, at, null,
                lastError, null, at);
    }

    public StoredSend withPayload(String text) {
        return new StoredSend(guildId, kind, recipientId, text, due, status, attempts, claimedAt, sentAt, lastError,
                trouble, createdAt);
    }

    /** The trouble the bot read from the failure (a {@code SendTrouble} name), or null. */
    public StoredSend withTrouble(String name) {
        return new StoredSend(guildId, kind, recipientId, payload, due, status, attempts, claimedAt, sentAt, lastError,
                name, createdAt);
    }

    /** Queued at {@code at}, earlier than it falls due. */
    public StoredSend createdAt(Instant at) {
        return new StoredSend(guildId, kind, recipientId, payload, due, status, attempts, claimedAt, sentAt, lastError,
                trouble, at);
    }

    /** Never claimed by a run (a row the run's claim has not reached yet). */
    public StoredSend neverClaimed() {
        return new StoredSend(guildId, kind, recipientId, payload, due, status, attempts, null, sentAt, lastError,
                trouble, createdAt);
    }

    /** Writes the row on {@code c}; its id. */
    public long insert(Connection c) throws SQLException {
        return Database.insert(c, INSERT, guildId, kind, recipientId, payload, due, due, status.name(), attempts,
                claimedAt, sentAt, lastError, trouble, createdAt);
    }

    /** Writes the row in a transaction of its own; its id. */
    public long insert(Database db) {
        return db.write(this::insert);
    }
}
