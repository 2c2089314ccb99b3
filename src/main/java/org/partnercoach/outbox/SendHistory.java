package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;

/**
 * What became of the outbox's sends, as the features read it: the messages a send became (to edit or point to them),
 * what went out to a member or was given up, and a server's counts for its coordinators. Reads only, each in its own
 * transaction or the caller's; the queue itself (queuing, claiming, outcomes, pruning) is {@link Outbox}'s, which
 * hands this out ({@link Outbox#history()}).
 */
public final class SendHistory {

    private static final String COLUMNS = ScheduledSend.COLUMNS;
    /** Rows of servers that have the bot, as the claim reads them. */
    private static final String HAS_BOT = MemberHomes.hasBot("scheduled_sends.guild_id");
    private static final String SENT_MESSAGE_ID =
            "SELECT message_id FROM scheduled_sends WHERE id = ? AND guild_id = ? AND status = 'SENT'";
    /** The newest sent post of one kind about one row, in one channel (found through the index on the recipient). */
    private static final String SENT_POST_MESSAGE_ID = """
            SELECT message_id FROM scheduled_sends
             WHERE guild_id = ? AND kind = ? AND recipient_id = 0 AND target_id = ? AND channel_id = ? AND payload = ?
               AND status = 'SENT' AND message_id <> 0
             ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""";
    /** A recipient's sent posts of one kind that became a message, oldest first (through the recipient index). */
    private static final String SENT_TO = "SELECT " + COLUMNS + ", message_id FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status = 'SENT' AND message_id <> 0 "
            + "ORDER BY id";
    private static final String LATEST_POST_SINCE = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = 0 AND target_id = ? AND channel_id = ? "
            + "AND created_at > ? AND status IN ('PENDING', 'CLAIMED', 'SENT') "
            + "AND payload = ANY(?) ORDER BY id DESC FETCH FIRST 1 ROWS ONLY";
    /*
     * The rows that went out in one message with row {@code ?}: one claim takes every row due for a recipient, and
     * they go out as one message (SendKind#oneMessagePerRecipient), all stamped with that claim's time. A copy sent
     * again after a crash is claimed again as a whole, so the rows keep sharing one claim time. CLAIMED: sent, its
     * SENT mark not committed yet.
     */
    private static final String SENT_TOGETHER = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status IN ('SENT', 'CLAIMED') "
            + "AND claimed_at = (SELECT a.claimed_at FROM scheduled_sends a WHERE a.id = ? AND a.guild_id = ? "
            + "AND a.status IN ('SENT', 'CLAIMED')) ORDER BY requested_at, id";
    private static final String ABOUT = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND target_id = ? ORDER BY id";
    /**
     * A column: when the send of one kind tried last (sent or given up, however long ago) to {@code recipient} (a
     * column) was given up with one kind of trouble, while nothing of the kind is open for them; null otherwise. Its
     * parameters: server, kind, trouble. Through the recipient index, as {@link #LAST_SENDS}: only a send given up
     * with that trouble is looked at further. {@link #recent} works out the same for one recipient in Java.
     */
    private static String givenUpLast(String recipient) {
        return """
                (SELECT MAX(g.claimed_at) FROM scheduled_sends g
                  WHERE g.guild_id = ? AND g.kind = ? AND g.recipient_id = %s AND g.status = 'FAILED' AND g.trouble = ?
                    AND NOT EXISTS (SELECT 1 FROM scheduled_sends l WHERE %s
                           AND (l.status IN ('PENDING', 'CLAIMED') OR %s)))""".formatted(recipient, sameRecipient("g"),
                triedAfter("g"));
    }

    /** A row {@code l} of the same server, kind and recipient as the row {@code of}: by the recipient index. */
    static String sameRecipient(String of) {
        return "l.guild_id = %1$s.guild_id AND l.kind = %1$s.kind AND l.recipient_id = %1$s.recipient_id"
                .formatted(of);
    }

    /** The row {@code l} was tried (sent or given up) after the row {@code of}: later, or as late and made later. */
    static String triedAfter(String of) {
        return ("l.status IN ('SENT', 'FAILED') AND (l.claimed_at > %1$s.claimed_at"
                + " OR l.claimed_at = %1$s.claimed_at AND l.id > %1$s.id)").formatted(of);
    }

    /*
     * Each recipient's rows found through the index on (guild_id, kind, recipient_id), one small lookup per
     * recipient: "recipient_id = ANY(?)" would read every row of the kind in the server and test it, and a join with
     * an OR of the two statuses let PostgreSQL read every sent row of the table instead (its plan, kept for the
     * statement, cannot know how many recipients the array holds).
     */
    static final String LAST_SENDS = """
            SELECT r.id,
                   (SELECT MAX(s.sent_at) FROM scheduled_sends s WHERE s.guild_id = ? AND s.kind = ?
                       AND s.recipient_id = r.id AND s.status = 'SENT' AND s.sent_at > ?),
                   (SELECT MAX(s.claimed_at) FROM scheduled_sends s WHERE s.guild_id = ? AND s.kind = ?
                       AND s.recipient_id = r.id AND s.status = 'FAILED' AND s.claimed_at > ?),
                   %s
              FROM UNNEST(?) AS r(id)""".formatted(givenUpLast("r.id"));
    private static final String LAST_TRIED_OF = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status IN ('SENT', 'FAILED') AND claimed_at >= ?"
            + " ORDER BY claimed_at DESC, id DESC LIMIT 1";
    /**
     * One recipient's rows of one kind that {@link #recent} reads: every one, through the recipient index, as the
     * look-ups of {@link #LAST_SENDS} go through it for her. A recipient has few (one check-in a day at most, kept
     * {@link Outbox#KEEP_CLOSED} once sent, {@link Outbox#KEEP_FAILED} once given up), and a read of one table with
     * three keys is planned in a tenth of the time PostgreSQL took for the four look-ups in one statement, on every
     * run.
     */
    private static final String ROWS_OF_RECIPIENT = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status <> 'CANCELLED'";
    /**
     * A member's sends of two kinds that went out since a time, in the servers of {@link Outbox#SERVERS} that have the
     * bot, with how each went: her DMs are one channel, whichever server wrote in them. By the index that begins with
     * the server, for each of them.
     */
    private static final String SENT_TO_MEMBER = "SELECT " + COLUMNS + ", delivered_via FROM scheduled_sends "
            + "WHERE guild_id = ANY(?) AND kind IN (?, ?) AND recipient_id = ? AND status = 'SENT' AND sent_at >= ? AND "
            + HAS_BOT;
    /**
     * A member's newest DM of any kind sent since a time, in the servers of {@link Outbox#SERVERS} that have the bot:
     * what her DM with the bot shows last of what it sent by itself. Read only for a puzzled line ("what is this?"),
     * so the server's rows are read without a kind.
     */
    private static final String NEWEST_DM = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ANY(?) AND recipient_id = ? AND status = 'SENT' AND sent_at >= ? AND claimed_at >= ? "
            + "AND delivered_via = ? "
            + "AND " + HAS_BOT + " ORDER BY sent_at DESC, id DESC FETCH FIRST 1 ROWS ONLY";
    static final String FAILED_SINCE = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND status = 'FAILED' AND claimed_at >= ? ORDER BY claimed_at, id";
    /** Those within {@link Outbox#KEEP_FAILED}: a refusal kept past it ({@link Outbox#prune}) is no news to list. */
    private static final String LATEST_FAILED = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND status = 'FAILED' AND COALESCE(claimed_at, due_at) >= ?"
            + " ORDER BY claimed_at DESC, id DESC LIMIT ?";
    /**
     * Per status, how many rows, how many of them are set for later: not due before {@code ?} and never tried (a send
     * waiting to be tried again is a backlog, not a plan), and how many last happened before the second {@code ?} (a
     * FAILED row kept past {@link Outbox#KEEP_FAILED}, {@link Outbox#prune}, is not counted as failed).
     */
    private static final String COUNT_BY_STATUS = "SELECT status, COUNT(*), SUM(CASE WHEN due_at > ? AND attempts = 0"
            + " THEN 1 ELSE 0 END), SUM(CASE WHEN COALESCE(claimed_at, due_at) < ? THEN 1 ELSE 0 END)"
            + " FROM scheduled_sends WHERE guild_id = ? GROUP BY status";

    private final Database db;

    SendHistory(Database db) {
        this.db = db;
    }

    /**
     * The sends of {@code kind} that went out to {@code recipientId} in one message with send {@code id} (several of
     * a member's reminders due together, {@link SendKind#oneMessagePerRecipient}), {@code id} among them, in the
     * order they were asked for; empty when it was not sent (or was pruned, {@link Outbox#KEEP_CLOSED} after).
     */
    public List<ScheduledSend> sentTogetherWith(long guildId, String kind, long recipientId, long id) {
        return db.read(c -> Database.list(c, SENT_TOGETHER, ScheduledSend::read, guildId, kind, recipientId, id,
                guildId));
    }

    /** The platform's id of the message a send became, once it was sent (a group question, to edit its count). */
    public Optional<Long> sentMessageId(long guildId, long id) {
        return db.read(c -> Database.one(c, SENT_MESSAGE_ID, rs -> rs.getLong(1), id, guildId)).filter(m -> m != 0);
    }

    /**
     * The platform's id of the message the newest sent post of {@code kind} about {@code targetId} in {@code
     * channelId}, with this payload, became, in the caller's transaction; empty when there is none, or it was pruned
     * ({@link Outbox#KEEP_CLOSED} after it went out). For a feature that did not keep a message it posted (a group
     * session's plan, before its message was kept) and now has to edit it.
     */
    public Optional<Long> sentPostMessageId(Connection c, long guildId, String kind, long targetId, long channelId,
                                            String payload) throws SQLException {
        return Database.one(c, SENT_POST_MESSAGE_ID, rs -> rs.getLong(1), guildId, kind, targetId, channelId, payload);
    }

    /**
     * The sent sends of {@code kind} to {@code recipientId} that became a message, each with that message, in the
     * caller's transaction (none pruned yet: {@link Outbox#KEEP_CLOSED} after they went out): for a feature whose post
     * in a channel named a member and now has to stop naming them, before a forget deletes that member's rows.
     */
    public List<SendKind.Sent> sentTo(Connection c, long guildId, String kind, long recipientId) throws SQLException {
        return Database.list(c, SENT_TO, rs -> new SendKind.Sent(ScheduledSend.read(rs),
                Database.instant(rs, "sent_at"), rs.getLong("message_id")), guildId, kind, recipientId);
    }

    /**
     * The newest post of {@code kind} about {@code targetId} in {@code channelId}, with one of {@code payloads}, queued
     * after {@code since} and still to go out or sent (not given up or cancelled), in the caller's transaction: for a
     * feature that points to a post it just made instead of making the same one again.
     */
    public Optional<ScheduledSend> latestPostSince(Connection c, long guildId, String kind, long targetId,
                                                   long channelId, java.util.Collection<String> payloads,
                                                   Instant since) throws SQLException {
        return Database.one(c, LATEST_POST_SINCE, ScheduledSend::read, guildId, kind, targetId, channelId, since,
                payloads.toArray(String[]::new));
    }

    /**
     * A server's sends of one kind about {@code targetId}, whatever became of them (until pruned: {@link
     * Outbox#KEEP_CLOSED} after they went out), oldest first: for a feature that tells what a run of its own queued.
     */
    public List<ScheduledSend> about(long guildId, String kind, long targetId) {
        return db.read(c -> Database.list(c, ABOUT, ScheduledSend::read, guildId, kind, targetId));
    }

    /**
     * What became of a recipient's latest sends of one kind after some time: when the last one went out, and when the
     * last one was given up (its last try); null for none since then. And, however long ago, when the last one tried
     * was given up because the recipient had left the server ({@link SendTrouble#LEFT_SERVER}), while nothing of the
     * kind is queued for them since; null when it was not.
     */
    public record LastSends(Instant sent, Instant failed, Instant leftServer) {
    }

    /**
     * {@link LastSends} of each of {@code recipientIds} in a server after {@code since}, by recipient, in one read (a
     * planner's check for the owners it has work for, or one owner's); a recipient with none of the three is left out.
     */
    public java.util.Map<Long, LastSends> lastSends(Connection c, long guildId, String kind,
                                                    java.util.Collection<Long> recipientIds, Instant since)
            throws SQLException {
        java.util.Map<Long, LastSends> byRecipient = new java.util.HashMap<>();
        if (recipientIds.isEmpty()) {
            return byRecipient;
        }
        for (Object[] row : Database.list(c, LAST_SENDS, rs -> new Object[] {rs.getLong(1), Database.instant(rs, 2),
                Database.instant(rs, 3), Database.instant(rs, 4)}, guildId, kind, since, guildId, kind, since,
                guildId, kind, SendTrouble.LEFT_SERVER.name(), recipientIds.stream().distinct().toArray(Long[]::new))) {
            if (row[1] != null || row[2] != null || row[3] != null) {
                byRecipient.put((Long) row[0], new LastSends((Instant) row[1], (Instant) row[2], (Instant) row[3]));
            }
        }
        return byRecipient;
    }

    /**
     * What became of a recipient's latest sends of one kind: {@link LastSends} after {@code since} (null for none),
     * and the send tried last after {@code triedSince} ({@link #lastTried}).
     */
    public record Recent(LastSends last, Optional<ScheduledSend> tried) {
    }

    /**
     * {@link Recent} of one recipient, in one read of her rows of the kind: what {@link #lastSends} and
     * {@link #lastTried} tell, worked out here as their statements do.
     */
    public Recent recent(long guildId, String kind, long recipientId, Instant since, Instant triedSince) {
        List<ScheduledSend> rows = db.read(c -> Database.list(c, ROWS_OF_RECIPIENT, ScheduledSend::read, guildId, kind,
                recipientId));
        Instant sent = null;
        Instant failed = null;
        ScheduledSend last = null;
        boolean open = false;
        for (ScheduledSend row : rows) {
            switch (row.status()) {
                case SENT -> sent = later(sent, row.sentAt(), since);
                case FAILED -> failed = later(failed, row.claimedAt(), since);
                default -> open = true;
            }
            boolean tried = row.status() == ScheduledSend.Status.SENT || row.status() == ScheduledSend.Status.FAILED;
            if (tried && row.claimedAt() != null && (last == null || TRIED_LATER.compare(row, last) > 0)) {
                last = row;
            }
        }
        // as givenUpLast: the send tried last was given up because she left, and nothing is queued for her since
        Instant left = !open && last != null && last.status() == ScheduledSend.Status.FAILED
                && last.trouble() == SendTrouble.LEFT_SERVER ? last.claimedAt() : null;
        return new Recent(sent == null && failed == null && left == null ? null : new LastSends(sent, failed, left),
                last == null || last.claimedAt().isBefore(triedSince) ? Optional.empty() : Optional.of(last));
    }

    /** Sends tried later last: by their last try's claim, then by the row made later, as the statements order them. */
    private static final Comparator<ScheduledSend> TRIED_LATER = Comparator.comparing(ScheduledSend::claimedAt)
            .thenComparingLong(ScheduledSend::id);

    /** The later of {@code latest} and {@code at}, counting {@code at} only after {@code since}. */
    private static Instant later(Instant latest, Instant at, Instant since) {
        return at == null || !at.isAfter(since) || latest != null && !at.isAfter(latest) ? latest : at;
    }

    /** A recipient's send of one kind tried last since {@code since}, as it ended: sent, or given up. */
    public Optional<ScheduledSend> lastTried(long guildId, String kind, long recipientId, Instant since) {
        return db.read(c -> Database.one(c, LAST_TRIED_OF, ScheduledSend::read, guildId, kind, recipientId, since));
    }

    /**
     * A member's send of one kind that went out last in one server: whether it went by DM (else it was posted in a
     * channel, mentioning them), and whether a message of another kind that answers to the same words (a personal
     * reminder, for a check-in) reached them by DM after it, from any server: their DM then shows it below.
     */
    public record LastSent(ScheduledSend send, boolean byDm, boolean dmAfter) {
    }

    /**
     * {@link LastSent} of a member's sends of {@code kind} since {@code since}, one for each server that sent her one
     * (and has the bot), newest first; {@code dmAfter} tells of a DM of {@code answeredToo} after each, from whichever
     * server. Two reads, however many servers: their list, then her sends of both kinds in them.
     */
    public List<LastSent> lastSentInEachServer(String kind, String answeredToo, long recipientId, Instant since) {
        return db.read(c -> {
            List<Long> servers = Database.list(c, Outbox.SERVERS, rs -> rs.getLong(1));
            if (servers.isEmpty()) {
                return List.<LastSent>of();
            }
            java.util.Map<Long, Object[]> latest = new java.util.HashMap<>();
            Instant otherDm = null;
            for (Object[] r : Database.list(c, SENT_TO_MEMBER, rs -> new Object[] {ScheduledSend.read(rs),
                    Courier.VIA_DM.equals(rs.getString("delivered_via"))}, servers.toArray(Long[]::new), kind,
                    answeredToo, recipientId, since)) {
                ScheduledSend send = (ScheduledSend) r[0];
                if (!send.kind().equals(kind)) {
                    if ((Boolean) r[1] && (otherDm == null || send.sentAt().isAfter(otherDm))) {
                        otherDm = send.sentAt();
                    }
                    continue;
                }
                latest.merge(send.guildId(), r, (a, b) -> NEWEST_SENT.compare((ScheduledSend) a[0],
                        (ScheduledSend) b[0]) >= 0 ? a : b);
            }
            Instant after = otherDm;
            return latest.values().stream().sorted((a, b) -> NEWEST_SENT.compare((ScheduledSend) b[0],
                    (ScheduledSend) a[0])).map(r -> new LastSent((ScheduledSend) r[0], (Boolean) r[1],
                    after != null && after.isAfter(((ScheduledSend) r[0]).sentAt()))).toList();
        });
    }

    /**
     * The newest message the bot sent {@code recipientId} by DM since {@code since}, of whichever kind and server
     * (her DM with the bot is one channel): empty when none.
     */
    public Optional<ScheduledSend> newestDm(long recipientId, Instant since) {
        return db.read(c -> {
            List<Long> servers = Database.list(c, Outbox.SERVERS, rs -> rs.getLong(1));
            return servers.isEmpty() ? Optional.<ScheduledSend>empty() : Database.one(c, NEWEST_DM,
                    ScheduledSend::read, servers.toArray(Long[]::new), recipientId, since,
                    // claimed just before it went out: the claim's index reads the recent sends only, where the
                    // server's would read all its rows (no kind is named)
                    since.minus(java.time.Duration.ofHours(1)), Courier.VIA_DM);
        });
    }

    /** Sends in the order they went out: by when, then by id. */
    private static final java.util.Comparator<ScheduledSend> NEWEST_SENT = java.util.Comparator
            .comparing(ScheduledSend::sentAt).thenComparingLong(ScheduledSend::id);

    /**
     * The {@code limit} sends of a server given up most recently, within {@link Outbox#KEEP_FAILED} before {@code now},
     * newest first, with their reasons.
     */
    public List<ScheduledSend> latestFailed(long guildId, int limit, Instant now) {
        return db.read(c -> Database.list(c, LATEST_FAILED, ScheduledSend::read, guildId,
                now.minus(Outbox.KEEP_FAILED), limit));
    }

    /**
     * How many of a server's sends wait: {@code waiting} are due (pending or being sent), {@code later} are set for a
     * time still to come (a reminder for next week), so a coordinator reads a backlog only where there is one; and
     * how many gave up within {@link Outbox#KEEP_FAILED}, as stored now.
     */
    public record Counts(int waiting, int later, int failed) {
    }

    public Counts counts(long guildId, Instant now) {
        return db.read(c -> {
            int waiting = 0;
            int later = 0;
            int failed = 0;
            for (Object[] row : Database.list(c, COUNT_BY_STATUS, rs -> new Object[] {rs.getString(1), rs.getInt(2),
                    rs.getInt(3), rs.getInt(4)}, now, now.minus(Outbox.KEEP_FAILED), guildId)) {
                if ("PENDING".equals(row[0])) {
                    later += (Integer) row[2];
                    waiting += (Integer) row[1] - (Integer) row[2];
                } else if ("CLAIMED".equals(row[0])) {
                    waiting += (Integer) row[1];
                } else if ("FAILED".equals(row[0])) {
                    failed += (Integer) row[1] - (Integer) row[3];
                }
            }
            return new Counts(waiting, later, failed);
        });
    }

    /** The sends of a server that were given up since {@code since} (for the weekly digest), with their reasons. */
    public List<ScheduledSend> failedSince(long guildId, Instant since) {
        return db.read(c -> Database.list(c, FAILED_SINCE, ScheduledSend::read, guildId, since));
    }
}
