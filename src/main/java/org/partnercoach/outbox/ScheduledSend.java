package org.partnercoach.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.partnercoach.storage.Database;
import org.partnercoach.chat.SendTrouble;

/**
 * One message the bot sends on its own when it falls due.
 *
 * @param kind        which {@link SendKind} builds its message ("personal", "cultivate")
 * @param recipientId the member it is for; 0 posts it in the server's reminder channel
 * @param targetId    the row it is about, by kind (a partner; for a personal reminder set again from one that came,
 *                    that reminder); 0 for none
 * @param channelId   a channel or thread to post in instead of reaching the member (a digest's coordinators'
 *                    channel, a group session's thread); 0 to reach the recipient as the server asks
 * @param payload     the kind's own content (a personal reminder's words)
 * @param about       free text naming what it is about (a personal reminder's partner, as it was called when the
 *                    reminder was set)
 * @param partnerId   the partner it is about, for a kind whose target is another row (a personal reminder); 0 for
 *                    none, and for a reminder set before V75 whose partner was renamed or deleted by then
 * @param requestedAt the time that was asked for; {@code dueAt} moves on for quiet hours and retries
 * @param attempts    how many times it was claimed for sending; also fences a claim (see {@link Outbox})
 * @param lastError   why its latest try failed, in plain words a coordinator may read; null for none
 * @param trouble     what kind of trouble its latest try met (what to do about it follows from it); null for none,
 *                    and for a send that failed before the bot kept the kind (V46)
 */
public record ScheduledSend(long id, long guildId, String kind, long recipientId, long targetId, long channelId,
                            String payload,
                            String about, long partnerId, Instant requestedAt, Instant dueAt, Status status,
                            int attempts,
                            Instant claimedAt, String lastError, SendTrouble trouble, Instant sentAt,
                            Instant createdAt) {

    public enum Status {
        /** Waiting for its due time (or for a retry). */
        PENDING,
        /** Taken by a poller that is sending it now; taken again when its lease runs out (a crash). */
        CLAIMED,
        SENT,
        /** Given up after its retries, or impossible to deliver; {@code lastError} says why, {@code trouble} what kind. */
        FAILED,
        /** Cancelled by its owner, or nothing was left to say when it fell due. */
        CANCELLED
    }

    /**
     * The nonce the platform uses to refuse a second copy of this message: the same for every try of the row, so a
     * resend after a crash between the platform's answer and our SENT mark is not a second message. At most 25
     * characters (Discord's limit).
     */
    public String nonce() {
        return "pc" + id;
    }

    /**
     * The nonce of several rows sent as one message: the same for the same rows, another as soon as one more (or
     * one fewer) is in it. Under the first row's own nonce, a message resent after a crash with a reminder that fell
     * due meanwhile would be taken by the platform for the first copy, and the new reminder marked sent unseen. At
     * most 25 characters: the first id and a hash of them all, in base 36.
     */
    public static String nonceOf(java.util.List<ScheduledSend> together) {
        if (together.size() == 1) {
            return together.get(0).nonce();
        }
        long[] ids = together.stream().mapToLong(ScheduledSend::id).toArray();
        return "pc" + Long.toString(ids[0], Character.MAX_RADIX) + "g"
                + Integer.toString(java.util.Arrays.hashCode(ids) & Integer.MAX_VALUE, Character.MAX_RADIX);
    }

    /** The same row, claimed now by this process. */
    ScheduledSend claimed(Instant at) {
        return new ScheduledSend(id, guildId, kind, recipientId, targetId, channelId, payload, about, partnerId,
                requestedAt, dueAt, Status.CLAIMED, attempts + 1, at, lastError, trouble, null, createdAt);
    }

    /** What a feature asks to send: the row before it is stored. */
    public record Draft(long guildId, String kind, long recipientId, long targetId, long channelId, String payload,
                        String about, Instant dueAt, long partnerId) {

        /** A send about no partner of its own (or one named in its payload or target). */
        public Draft(long guildId, String kind, long recipientId, long targetId, long channelId, String payload,
                     String about, Instant dueAt) {
            this(guildId, kind, recipientId, targetId, channelId, payload, about, dueAt, 0);
        }

        /** A send to a member (recipient 0: the server's reminder channel), delivered as the server asks. */
        public Draft(long guildId, String kind, long recipientId, long targetId, String payload, String about,
                     Instant dueAt) {
            this(guildId, kind, recipientId, targetId, 0, payload, about, dueAt);
        }

        /** A post in one channel or thread of the server, whatever the server's delivery setting. */
        public static Draft post(long guildId, String kind, long channelId, long targetId, String payload,
                                 Instant dueAt) {
            return new Draft(guildId, kind, 0, targetId, channelId, payload, "", dueAt);
        }
    }

    /** The columns {@link #read} reads, for the outbox's statements. */
    static final String COLUMNS = "id, guild_id, kind, recipient_id, target_id, channel_id, payload, about, "
            + "partner_id, requested_at, due_at, status, attempts, claimed_at, last_error, trouble, sent_at, "
            + "created_at";

    /** The send in the current row of {@code rs}, which has {@link #COLUMNS}. */
    static ScheduledSend read(ResultSet rs) throws SQLException {
        return new ScheduledSend(rs.getLong("id"), rs.getLong("guild_id"), rs.getString("kind"),
                rs.getLong("recipient_id"), rs.getLong("target_id"), rs.getLong("channel_id"), rs.getString("payload"),
                rs.getString("about"), rs.getLong("partner_id"),
                Database.instant(rs, "requested_at"), Database.instant(rs, "due_at"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Database.instant(rs, "claimed_at"), rs.getString("last_error"), trouble(rs.getString("trouble")),
                Database.instant(rs, "sent_at"),
                Database.instant(rs, "created_at"));
    }

    /** A kind of trouble stored by this version or an earlier one; one this version does not know reads as none. */
    private static SendTrouble trouble(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return SendTrouble.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
