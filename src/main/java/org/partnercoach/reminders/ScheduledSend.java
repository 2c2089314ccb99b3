package org.partnercoach.reminders;

import java.time.Instant;

/**
 * One message the bot sends on its own when it falls due.
 *
 * @param kind        which {@link SendKind} builds its message ("personal", "cultivate")
 * @param recipientId the member it is for; 0 posts it in the server's reminder channel
 * @param targetId    the row it is about, by kind (a partner); 0 for none
 * @param payload     the kind's own content (a personal reminder's words)
 * @param about       free text naming what it is about (a personal reminder's partner)
 * @param requestedAt the time that was asked for; {@code dueAt} moves on for quiet hours and retries
 * @param attempts    how many times it was claimed for sending; also fences a claim (see {@link Outbox})
 */
public record ScheduledSend(long id, long guildId, String kind, long recipientId, long targetId, String payload,
                            String about, Instant requestedAt, Instant dueAt, Status status, int attempts,
                            Instant claimedAt, String lastError, Instant sentAt, Instant createdAt) {

    public enum Status {
        /** Waiting for its due time (or for a retry). */
        PENDING,
        /** Taken by a poller that is sending it now; taken again when its lease runs out (a crash). */
        CLAIMED,
        SENT,
        /** Given up after its retries, or impossible to deliver; {@code lastError} says why. */
        FAILED,
        /** Cancelled by its owner, or nothing was left to say when it fell due. */
        CANCELLED
    }

    /** What a feature asks to send: the row before it is stored. */
    public record Draft(long guildId, String kind, long recipientId, long targetId, String payload, String about,
                        Instant dueAt) {
    }
}
