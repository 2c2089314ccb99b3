package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.config.Shards;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled sends in H2: queued by features, claimed by the {@link OutboxJob}, closed with their outcome.
 *
 * <p><b>Claim protocol.</b> A due row is claimed in one transaction ({@code SELECT ... FOR UPDATE SKIP LOCKED},
 * then {@code status = CLAIMED, claimed_at = now, attempts + 1}), which commits before the message is sent. After
 * the send, one transaction locks the row again, checks that the claim is still the one it made ({@code attempts}
 * is the fence), and records the outcome (SENT with the kind's bookkeeping, a retry, or FAILED). A claim older
 * than {@link #LEASE} belongs to a poller that died between claim and outcome: the row is due again and is sent
 * once, at most a lease late. Each row is claimed in the name of one bot process ({@code claimed_by}); on start a
 * process takes back its own claims at once ({@link #releaseOwnClaims}). A crash after the platform accepted the
 * message and before the outcome commits leaves a message that will be sent again: it carries the row's
 * {@link ScheduledSend#nonce()}, so the platform returns the first copy instead of showing a second.
 *
 * <p>The poll is the one query across servers (it serves them all); every other statement names its server. What
 * became of the sends, as the features read it (the messages they became, what a member was sent or not, a server's
 * counts), is {@link SendHistory}'s, through {@link #history()}.
 */
public final class Outbox {

    /** How long a claim is honoured; longer than any send takes, short enough that a crash delays little. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String COLUMNS = ScheduledSend.COLUMNS;
    private static final String OPEN = "status IN ('PENDING', 'CLAIMED')";
    /**
     * Rows of the servers this process runs: Discord's shard of a server, {@code (guild_id >> 22) % total}
     * ({@link Shards#of}), is one of this process's shards. Always true for one shard of one.
     */
    private static final String OF_SHARDS = "MOD(guild_id / 4194304, CAST(? AS INTEGER)) = ANY(?)";
    /**
     * Rows of servers that have the bot: a server that removed it keeps its rows waiting, unclaimed, until it adds
     * the bot back (then they go out once, as after the bot was down). In the claim's own reads: no statement more.
     */
    private static final String HAS_BOT = MemberHomes.hasBot("scheduled_sends.guild_id");
    /**
     * The servers with messages in the outbox (a personal reminder waiting, any message queued and not sent yet, and
     * those sent and not pruned yet), as one read of {@code guild_id}: read with the other packages' lists in one
     * statement when the bot connects (storage's {@code MemberHomes}). Every row and not the open ones alone, one
     * entry of the index on (guild_id, kind, recipient_id) per server: 0.2-0.4 ms for a million rows of 7 servers on
     * PostgreSQL, where its {@code SELECT DISTINCT} read every row (210-260 ms); H2 is as quick either way (0.04-0.2
     * ms).
     */
    public static final String SERVERS = MemberHomes.serversByIndex("scheduled_sends");
    private static final String INSERT = """
            INSERT INTO scheduled_sends (guild_id, kind, recipient_id, target_id, channel_id, payload, about,
                   partner_id, requested_at, due_at, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""";
    /*
     * The claim reads candidates with two index range scans (PENDING by due time, CLAIMED by claim time: V24), never
     * an OR across both, and takes row locks only on the ids it picked: H2 locks every row a FOR UPDATE query
     * visits, so FETCH FIRST with FOR UPDATE would lock every due row in the table. They order by the index's own
     * columns (status first, although it is fixed), so that H2 reads the index in order and stops after {@code max}
     * rows: ordered by the time alone, it read and sorted every due row for each batch (ties are broken in Java).
     */
    static final String DUE_IDS = "SELECT id, due_at FROM scheduled_sends WHERE status = 'PENDING' "
            + "AND due_at <= ? AND " + OF_SHARDS + " AND " + HAS_BOT
            + " ORDER BY status, due_at FETCH FIRST ? ROWS ONLY";
    /** The due time of the first row pending after {@code ?}: the index on (status, due_at), read for one row. */
    static final String NEXT_DUE = "SELECT due_at FROM scheduled_sends WHERE status = 'PENDING' AND due_at > ? AND "
            + OF_SHARDS + " AND " + HAS_BOT + " ORDER BY status, due_at FETCH FIRST 1 ROWS ONLY";
    static final String LAPSED_IDS = "SELECT id, due_at FROM scheduled_sends WHERE status = 'CLAIMED' "
            + "AND claimed_at <= ? AND " + OF_SHARDS + " AND " + HAS_BOT
            + " ORDER BY status, claimed_at FETCH FIRST ? ROWS ONLY";
    private static final String LOCK_DUE = "SELECT " + COLUMNS + """
             FROM scheduled_sends
            WHERE id = ANY(?) AND ((status = 'PENDING' AND due_at <= ?) OR (status = 'CLAIMED' AND claimed_at <= ?))
            ORDER BY due_at, id
            FOR UPDATE SKIP LOCKED""";
    /**
     * The ids due for some recipients of one server and kind: the index on (guild_id, kind, recipient_id, due_at, V55),
     * looked up once per recipient for the rows due by now (H2 reads the index by server and kind alone for {@code
     * recipient_id = ANY(?)}). A claim past its lease was due when it was claimed, so its due time is before now too.
     */
    static final String REST_DUE_IDS = """
            SELECT s.id FROM UNNEST(?) AS r(id)
              JOIN scheduled_sends s ON s.guild_id = ? AND s.kind = ? AND s.recipient_id = r.id AND s.due_at <= ?
            WHERE s.status = 'PENDING' OR (s.status = 'CLAIMED' AND s.claimed_at <= ?)""";
    private static final String POSTPONE = """
            UPDATE scheduled_sends SET status = 'PENDING', due_at = ?
            WHERE id = ? AND guild_id = ? AND attempts = ?""";
    /*
     * A row held for quiet hours: pending, never tried, its due time moved past the time asked for and still ahead.
     * Its due time goes back to the time asked for (now, if that has passed), so that the next claim decides again
     * with the settings as they now are. A hold never outlasts the quiet hours (under a day), so the due time is also
     * bounded from above: the scan of the index on (status, due_at) stops there, not at the last reminder queued.
     */
    private static final String RECONSIDER_HELD = """
            UPDATE scheduled_sends SET due_at = GREATEST(requested_at, ?)
            WHERE status = 'PENDING' AND due_at > ? AND due_at < ? AND guild_id = ? AND attempts = 0
              AND due_at > requested_at""";
    private static final Duration LONGEST_HOLD = Duration.ofDays(2);
    private static final String CLAIM_ALL = """
            UPDATE scheduled_sends SET status = 'CLAIMED', claimed_at = ?, claimed_by = ?, attempts = attempts + 1
            WHERE id = ANY(?)""";
    /*
     * An outcome is recorded only while the claim is still the one this process made: the row is still CLAIMED
     * with the attempt count it was claimed at (the fence). The update locks the row, so it is also the check.
     */
    private static final String STILL_OURS = " WHERE id = ? AND guild_id = ? AND status = 'CLAIMED' AND attempts = ?";
    /** A claim given back unsent: due again as it was, and not counted as an attempt. */
    private static final String RELEASE = "UPDATE scheduled_sends SET status = 'PENDING', attempts = attempts - 1,"
            + " claimed_by = NULL" + STILL_OURS;
    /*
     * A server's due rows moved to the back of the queue: due now instead of when they were queued. The index on
     * (status, due_at), read up to now: the due rows, not the ones waiting for later.
     */
    private static final String PUSH_BACK = """
            UPDATE scheduled_sends SET due_at = ?
            WHERE status = 'PENDING' AND due_at < ? AND guild_id = ?""";
    private static final String RELEASE_OWN_CLAIMS = """
            UPDATE scheduled_sends SET status = 'PENDING', due_at = ?
            WHERE status = 'CLAIMED' AND claimed_by = ?""";
    private static final String MARK_SENT = """
            UPDATE scheduled_sends SET status = 'SENT', sent_at = ?, delivered_via = ?, message_id = ?,
                   last_error = NULL, trouble = NULL""" + STILL_OURS;
    private static final String RETRY = "UPDATE scheduled_sends SET status = 'PENDING', due_at = ?, last_error = ?,"
            + " trouble = ?" + STILL_OURS;
    private static final String CLOSE = "UPDATE scheduled_sends SET status = ?, last_error = ?, trouble = ?"
            + STILL_OURS;
    private static final String FIND = "SELECT " + COLUMNS + " FROM scheduled_sends WHERE id = ? AND guild_id = ?";
    /** The sends set again from any of some sends (their targets), oldest first: the first of each is the one. */
    private static final String SET_AGAIN_FROM = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND target_id = ANY(?) ORDER BY id";
    /** The rows a press sets again, locked in the order of their ids, so that two presses at once queue each once. */
    private static final String LOCK_SOME = "SELECT id FROM scheduled_sends WHERE id = ANY(?) AND guild_id = ? "
            + "ORDER BY id FOR UPDATE";
    private static final String OPEN_OF = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND " + OPEN + " ORDER BY requested_at, id";
    /*
     * Two range scans of the index on (status, due_at), one per open status: with "status IN (...)" the planner
     * reads every open row (a million pending reminders) and filters them on the time.
     */
    private static final String OPEN_STATUS_BETWEEN = "SELECT " + COLUMNS + " FROM scheduled_sends "
            + "WHERE status = ? AND due_at > ? AND due_at <= ? AND guild_id = ? AND kind = ?";
    private static final String OPEN_BETWEEN = Database.overUnion(OPEN_STATUS_BETWEEN + " UNION ALL "
            + OPEN_STATUS_BETWEEN) + " ORDER BY due_at, id";
    private static final String COUNT_OPEN = "SELECT COUNT(*) FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND " + OPEN;
    private static final String CANCEL = """
            UPDATE scheduled_sends SET status = 'CANCELLED', last_error = NULL, trouble = NULL
            WHERE id = ? AND guild_id = ? AND kind = ? AND recipient_id = ? AND status = 'PENDING'""";
    /** A FAILED row sent again as a new one: closed, so that it is sent again once (and no longer shown as failed). */
    private static final String SENT_AGAIN = "UPDATE scheduled_sends SET status = 'CANCELLED'"
            + " WHERE id = ? AND guild_id = ? AND status = 'FAILED'";
    /** A kind's FAILED rows whose news no longer holds: closed, so no longer shown as failed (nor sent again). */
    private static final String CLOSE_FAILED = "UPDATE scheduled_sends SET status = 'CANCELLED'"
            + " WHERE guild_id = ? AND kind = ? AND status = 'FAILED'";
    /** {@link #CLOSE_FAILED} for one recipient and one kind of trouble: by the recipient index. */
    private static final String CLOSE_FAILED_WITH = "UPDATE scheduled_sends SET status = 'CANCELLED'"
            + " WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status = 'FAILED' AND trouble = ?";
    /** A row whose content is already the same is not written again (planners refresh on every run). */
    private static final String REFRESH_PENDING = "UPDATE scheduled_sends SET payload = ? "
            + "WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status = 'PENDING' AND payload <> ?";
    /*
     * The same send already waiting and never tried: no copy of it can have reached the platform, so nothing was
     * shown under its nonce yet, and one row is enough. Found through the index on (guild_id, kind, recipient_id).
     */
    private static final String WAITING_SAME = """
            SELECT id FROM scheduled_sends
             WHERE guild_id = ? AND kind = ? AND recipient_id = ? AND status = 'PENDING' AND attempts = 0
               AND channel_id = ? AND target_id = ? AND payload = ?
             ORDER BY id FETCH FIRST 1 ROWS ONLY""";
    /** Takes the new draft's place; fenced as the select was, in case a poller claimed the row meanwhile. */
    private static final String JOIN_WAITING = """
            UPDATE scheduled_sends SET about = ?, due_at = LEAST(due_at, ?), requested_at = LEAST(requested_at, ?)
             WHERE id = ? AND guild_id = ? AND status = 'PENDING' AND attempts = 0""";
    private static final String OPEN_RECIPIENTS = "SELECT DISTINCT recipient_id FROM scheduled_sends "
            + "WHERE guild_id = ? AND kind = ? AND " + OPEN;
    /** The servers with closed rows: pruning then works one server at a time. */
    private static final String GUILDS_WITH_CLOSED = "SELECT DISTINCT guild_id FROM scheduled_sends "
            + "WHERE status IN ('SENT', 'CANCELLED', 'FAILED')";
    /**
     * One chunk of a server's closed rows of one status past their retention. A row's age is taken from its last
     * event: sent, else claimed, else due (a reminder cancelled before it fell due is kept until 30 days after its
     * due time). The status comes first so that only rows of that status are read (the index on status and due
     * time), never the million pending ones; no ORDER BY: any chunk will do. The ids are then deleted by key: a
     * "DELETE ... WHERE id IN (SELECT ...)" made H2 test every row of the table against the chunk.
     */
    private static final String PRUNE_CLOSED_IDS = """
            SELECT id FROM scheduled_sends
             WHERE status = ? AND guild_id = ? AND COALESCE(sent_at, claimed_at, due_at) < ?
             FETCH FIRST ? ROWS ONLY""";
    /**
     * FAILED rows to prune. Pruning never changes what {@link SendHistory#lastSends} tells as {@code leftServer}:
     * whether the send of a kind tried last to a member was given up because she had left the server ({@link
     * SendTrouble#LEFT_SERVER}), which holds a planner's messages to her until she is back. So such a refusal is kept
     * past {@link #KEEP_FAILED} while it is the last thing tried of its kind for her (pruned, it would let the planner
     * queue one more message, refused again, every 90 days). Once something of its kind was tried for her after it, it
     * tells nothing more, and goes after {@link #KEEP_CLOSED}, as a sent row does: so it goes no later than what came
     * after it (pruning runs FAILED rows first), and never stands alone as the last word about her. Only refusals (few)
     * are looked up further, by the recipient index; every other FAILED row goes after its 90 days. The {@code ?}s: the
     * server, the 90 days' start, the refusal's trouble twice, the 30 days' start, the chunk.
     */
    private static final String PRUNE_FAILED_IDS = """
            SELECT s.id FROM scheduled_sends s
             WHERE s.status = 'FAILED' AND s.guild_id = ?
               AND (COALESCE(s.claimed_at, s.due_at) < ? AND (s.trouble IS NULL OR s.trouble <> ?)
                    OR s.trouble = ? AND COALESCE(s.claimed_at, s.due_at) < ?
                       AND EXISTS (SELECT 1 FROM scheduled_sends l WHERE %s AND %s))
             FETCH FIRST ? ROWS ONLY""".formatted(SendHistory.sameRecipient("s"),
                    SendHistory.triedAfter("s"));
    private static final String DELETE_IDS = "DELETE FROM scheduled_sends WHERE id = ANY(?) AND guild_id = ?";

    /** Takes the turn when it lapsed, or when this process holds it (a restart under the same name). */
    private static final String TAKE_TURN = """
            UPDATE scheduler_turns SET held_by = ?, held_until = ?
            WHERE guild_id = 0 AND name = ? AND (held_until <= ? OR held_by = ?)""";
    private static final String END_TURN = """
            UPDATE scheduler_turns SET held_until = ? WHERE guild_id = 0 AND name = ? AND held_by = ?""";
    /** The one turn there is: queueing what fell due (the planners). */
    static final String PLANNING = "planning";

    /** How long a sent or cancelled row is kept (for support questions: "did my reminder go out?"). */
    public static final Duration KEEP_CLOSED = Duration.ofDays(30);
    /** How long a FAILED row is kept: longer, since the weekly digest reports failures and coordinators look back. */
    public static final Duration KEEP_FAILED = Duration.ofDays(90);
    /** Rows deleted per statement, so pruning never holds a long lock on the table. */
    static final int PRUNE_CHUNK_ROWS = 1_000;

    /** The rows one claim took, and whether more may be due. */
    record Batch(List<ScheduledSend> claimed, boolean more) {
    }

    private final Database db;
    private final String instance;
    private final Shards shards;
    private final SendHistory history;

    /**
     * @param instance names this bot process in the rows it claims, so that on start it can take back at once what
     *                 it had claimed when it died, instead of waiting for the lease
     */
    public Outbox(Database db, String instance) {
        this(db, instance, Shards.ALL);
    }

    /**
     * An outbox that claims only the sends of the servers in {@code shards}: with Discord's shards split across
     * processes, each process sends for its own servers and leaves the others' rows to them.
     */
    public Outbox(Database db, String instance, Shards shards) {
        this.db = db;
        this.instance = instance;
        this.shards = shards;
        this.history = new SendHistory(db);
    }

    /** What became of the sends: the reads the features make of the messages queued, sent and given up. */
    public SendHistory history() {
        return history;
    }

    /**
     * Makes the sends this process had claimed when it stopped (a kill between a send and its outcome) due again
     * now. Called once on start, before any poll. A message that did reach the platform is not shown twice: it is
     * sent again with the same nonce, which the platform answers with the first copy.
     */
    public int releaseOwnClaims(Instant now) {
        int released = db.write(c -> Database.update(c, RELEASE_OWN_CLAIMS, now, instance));
        if (released > 0) {
            log.info("{} send(s) claimed before the last stop are due again", released);
        }
        return released;
    }

    /**
     * Takes this process's turn at {@code job} for at most {@link #LEASE}: true when no other process holds it now.
     * Several processes on one database take turns; a process that died holding it loses it when the lease runs out.
     */
    boolean takeTurn(String job, Instant now) {
        return db.write(c -> Database.update(c, TAKE_TURN, instance, now.plus(LEASE), job, now, instance)) == 1;
    }

    /** Hands the turn back at once, for the next process that looks. */
    void endTurn(String job, Instant now) {
        db.write(c -> Database.update(c, END_TURN, now, job, instance));
    }

    /** Queues a send inside the caller's transaction; returns its id. */
    public long enqueue(Connection c, ScheduledSend.Draft d, Instant now) throws SQLException {
        return Database.insert(c, INSERT, insertValues(d, now));
    }

    /**
     * Queues a send inside the caller's transaction, unless the very same send (server, kind, recipient, channel,
     * target and payload) waits in the queue, never claimed: that one then stands for both, due at the earlier of the
     * two times. For kinds that build their message from what is stored when it goes out (an edit of a group
     * session's summary), three changes in a row are then one message showing the last. A row claimed or tried
     * before is left alone and a new one queued, as {@link #enqueue} does: it may have been built already, or
     * shown under its nonce. Returns the id of the row that will go out.
     */
    public long enqueueOrJoin(Connection c, ScheduledSend.Draft d, Instant now) throws SQLException {
        Optional<Long> waiting = Database.one(c, WAITING_SAME, rs -> rs.getLong(1), d.guildId(), d.kind(),
                d.recipientId(), d.channelId(), d.targetId(), d.payload());
        if (waiting.isPresent() && Database.update(c, JOIN_WAITING, d.about(), d.dueAt(), d.dueAt(), waiting.get(),
                d.guildId()) == 1) {
            return waiting.get();
        }
        return enqueue(c, d, now);
    }

    /** Queues several sends inside the caller's transaction, as one batch (a planner's run: hundreds at once). */
    public void enqueueAll(Connection c, List<ScheduledSend.Draft> drafts, Instant now) throws SQLException {
        Database.batch(c, INSERT, drafts.stream().map(d -> insertValues(d, now)).toList());
    }

    /** The parameters of {@link #INSERT}. */
    private static Object[] insertValues(ScheduledSend.Draft d, Instant now) {
        return new Object[] {d.guildId(), d.kind(), d.recipientId(), d.targetId(), d.channelId(), d.payload(),
            d.about(), d.partnerId(), d.dueAt(), d.dueAt(), now};
    }

    /** Queues a send unless its recipient already has {@code max} open sends of that kind; empty then. */
    public Optional<ScheduledSend> enqueueBelow(ScheduledSend.Draft d, Instant now, int max) {
        return db.write(c -> {
            if (countOpen(c, d.guildId(), d.kind(), d.recipientId()) >= max) {
                return Optional.empty();
            }
            return Database.one(c, FIND, ScheduledSend::read, enqueue(c, d, now), d.guildId());
        });
    }

    /**
     * Queues {@code d}, a send set again from the row it names as its target (a reminder's "Snooze 1 hour"), once:
     * when a send of the same server, kind and recipient already names that row, whatever became of it since, that
     * one comes back and nothing is queued. The row it comes from is locked first, so that two presses at once queue
     * one. Empty when the recipient already has {@code max} open sends of the kind.
     */
    public Optional<ScheduledSend> enqueueOnceFrom(ScheduledSend.Draft d, Instant now, int max) {
        return enqueueOnceFromAll(List.of(d), now, max).map(queued -> queued.get(0).send());
    }

    /** A send set again from another ({@link #enqueueOnceFromAll}), and whether an earlier press had queued it. */
    public record Queued(ScheduledSend send, boolean earlier) {
    }

    /** {@link #enqueueOnceFromAll(Connection, List, Instant, int)} in a transaction of its own (or the caller's). */
    public Optional<List<Queued>> enqueueOnceFromAll(List<ScheduledSend.Draft> drafts, Instant now, int max) {
        return db.write(c -> enqueueOnceFromAll(c, drafts, now, max));
    }

    /**
     * {@link #enqueueOnceFrom} for several sends of one server, kind and recipient (a message of several reminders
     * snoozed with one press), in the caller's transaction: each draft's row comes back in its order, the one an
     * earlier press queued or a new one. The rows they come from are locked first. Empty, with nothing queued, when
     * the new ones would take the recipient past {@code max} open sends of the kind.
     */
    public Optional<List<Queued>> enqueueOnceFromAll(Connection c, List<ScheduledSend.Draft> drafts, Instant now,
                                                     int max) throws SQLException {
        if (drafts.isEmpty()) {
            return Optional.of(List.of());
        }
        ScheduledSend.Draft first = drafts.get(0);
        Database.list(c, LOCK_SOME, rs -> rs.getLong(1), drafts.stream().map(ScheduledSend.Draft::targetId)
                .toArray(Long[]::new), first.guildId());
        // what earlier presses queued from these sends, read at once (a press may set a hundred again)
        Map<Long, ScheduledSend> queuedBefore = new HashMap<>();
        for (ScheduledSend s : Database.list(c, SET_AGAIN_FROM, ScheduledSend::read, first.guildId(), first.kind(),
                first.recipientId(), drafts.stream().map(ScheduledSend.Draft::targetId).toArray(Long[]::new))) {
            queuedBefore.putIfAbsent(s.targetId(), s);
        }
        List<Optional<ScheduledSend>> earlier = drafts.stream()
                .map(d -> Optional.ofNullable(queuedBefore.get(d.targetId()))).toList();
        long fresh = earlier.stream().filter(Optional::isEmpty).count();
        if (fresh > 0 && countOpen(c, first.guildId(), first.kind(), first.recipientId()) + fresh > max) {
            return Optional.empty();
        }
        List<Queued> queued = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ScheduledSend.Draft d = drafts.get(i);
            queued.add(earlier.get(i).isPresent() ? new Queued(earlier.get(i).get(), true)
                    : new Queued(Database.one(c, FIND, ScheduledSend::read, enqueue(c, d, now), d.guildId())
                    .orElseThrow(), false));
        }
        return Optional.of(queued);
    }

    /**
     * Claims up to {@code max} due rows in one transaction. A row whose recipient is in quiet hours is not
     * claimed: its due time moves to {@code releaseAt} (the morning), and it does not count as an attempt.
     */
    Batch claimDue(Instant now, ReleaseTimes releaseAt, int max) {
        return claimDue(now, releaseAt, max, s -> false);
    }

    /**
     * {@link #claimDue(Instant, ReleaseTimes, int)}, where a full batch also takes every other row due for the
     * recipients of its rows that go {@code together} (one member's reminders, sent as one message): a member whose
     * reminders straddled the batch's end would otherwise get two messages in one run. The batch may then hold more
     * than {@code max}.
     */
    Batch claimDue(Instant now, ReleaseTimes releaseAt, int max, java.util.function.Predicate<ScheduledSend> together) {
        return db.write(c -> {
            List<Long> ids = dueIds(c, now, max);
            List<ScheduledSend> due = ids.isEmpty() ? List.of()
                    : Database.list(c, LOCK_DUE, ScheduledSend::read, ids.toArray(Long[]::new), now, now.minus(LEASE));
            if (ids.size() == max) {
                due = withRestDueOfTheirRecipients(c, due, together, now);
            }
            releaseAt.prepare(due);
            List<ScheduledSend> claimed = new ArrayList<>();
            for (ScheduledSend s : due) {
                Instant release = releaseAt.of(s);
                if (release.isAfter(now)) {
                    Database.update(c, POSTPONE, release, s.id(), s.guildId(), s.attempts());
                } else {
                    claimed.add(s);
                }
            }
            // the rows are locked by this transaction since LOCK_DUE: one statement claims them all
            if (!claimed.isEmpty()) {
                Database.update(c, CLAIM_ALL, now, instance, claimed.stream().map(ScheduledSend::id)
                        .toArray(Long[]::new));
            }
            return new Batch(claimed.stream().map(s -> s.claimed(now)).toList(), ids.size() == max);
        });
    }

    /**
     * When the first row waiting after {@code now} falls due (a personal reminder, a retry, a send held for the end of
     * quiet hours), in one read; empty when none waits.
     */
    Optional<Instant> nextDue(Instant now) {
        Long[] ours = shards.ids().stream().map(Integer::longValue).toArray(Long[]::new);
        return db.read(c -> Database.one(c, NEXT_DUE, rs -> Database.instant(rs, 1), now, shards.total(), ours));
    }

    /**
     * Looks again at one recipient's sends in a server that wait for the end of their quiet hours (their time zone
     * changed), in the caller's transaction: they are due at the time asked for, or now, and the next claim holds
     * them again only if the recipient's night still covers that time. Sends waiting for a retry are left alone.
     */
    public int reconsiderHeld(Connection c, long guildId, long recipientId, Instant now) throws SQLException {
        return Database.update(c, RECONSIDER_HELD + " AND recipient_id = ?", now, now, now.plus(LONGEST_HOLD),
                guildId, recipientId);
    }

    /**
     * Like {@link #reconsiderHeld(Connection, long, long, Instant)} for every recipient in a server but those in
     * {@code except} (a server's zone or quiet hours changed; members with a zone of their own keep it), in one
     * statement.
     */
    public int reconsiderHeldExcept(Connection c, long guildId, java.util.Collection<Long> except, Instant now)
            throws SQLException {
        return Database.update(c, RECONSIDER_HELD + " AND NOT (recipient_id = ANY(?))", now, now,
                now.plus(LONGEST_HOLD), guildId, except.toArray(Long[]::new));
    }

    /**
     * Runs one batch's work with what it reads through {@link Database#remembered} read once (each server's
     * settings, each recipient's zone), from its claim to its last SENT mark: a change made meanwhile counts from the
     * next batch.
     */
    <T> T remembering(java.util.function.Supplier<T> batch) {
        return db.remembering(batch);
    }

    /** When each due row may go out: now, or later (the recipient's quiet hours). */
    @FunctionalInterface
    interface ReleaseTimes {
        Instant of(ScheduledSend due);

        /** Reads at once, in the claim's transaction, what {@link #of} will ask of each of these rows. */
        default void prepare(List<ScheduledSend> due) {
        }
    }

    /**
     * {@code due} and, after it, the other rows due now for the recipients of its rows that go {@code together},
     * locked as the batch's are: one read of their ids per server and kind (the index on (guild_id, kind,
     * recipient_id)), without locks, then one lock of the ids found.
     */
    private static List<ScheduledSend> withRestDueOfTheirRecipients(Connection c, List<ScheduledSend> due,
            java.util.function.Predicate<ScheduledSend> together, Instant now) throws SQLException {
        java.util.Map<List<Object>, java.util.Set<Long>> recipients = new java.util.LinkedHashMap<>();
        for (ScheduledSend s : due) {
            if (together.test(s)) {
                recipients.computeIfAbsent(List.of(s.guildId(), s.kind()), k -> new java.util.TreeSet<>())
                        .add(s.recipientId());
            }
        }
        if (recipients.isEmpty()) {
            return due;
        }
        java.util.Set<Long> inBatch = due.stream().map(ScheduledSend::id).collect(java.util.stream.Collectors.toSet());
        List<Long> rest = new ArrayList<>();
        for (java.util.Map.Entry<List<Object>, java.util.Set<Long>> e : recipients.entrySet()) {
            Database.list(c, REST_DUE_IDS, rs -> rs.getLong(1), e.getValue().toArray(Long[]::new),
                    e.getKey().get(0), e.getKey().get(1), now, now.minus(LEASE)).stream()
                    .filter(id -> !inBatch.contains(id)).forEach(rest::add);
        }
        if (rest.isEmpty()) {
            return due;
        }
        List<ScheduledSend> all = new ArrayList<>(due);
        all.addAll(Database.list(c, LOCK_DUE, ScheduledSend::read, rest.toArray(Long[]::new), now, now.minus(LEASE)));
        return all;
    }

    /** The {@code max} soonest due ids: pending ones past their time and claims past their lease, merged. */
    private List<Long> dueIds(Connection c, Instant now, int max) throws SQLException {
        Long[] ours = shards.ids().stream().map(Integer::longValue).toArray(Long[]::new);
        List<Due> rows = new ArrayList<>(Database.list(c, DUE_IDS, Due::of, now, shards.total(), ours, max));
        rows.addAll(Database.list(c, LAPSED_IDS, Due::of, now.minus(LEASE), shards.total(), ours, max));
        rows.sort(Comparator.comparing(Due::at).thenComparing(Due::id));
        return rows.stream().limit(max).map(Due::id).toList();
    }

    private record Due(long id, Instant at) {
        static Due of(ResultSet rs) throws SQLException {
            return new Due(rs.getLong(1), Database.instant(rs, "due_at"));
        }
    }

    /**
     * Gives claimed sends back unsent, in one transaction: due again at once (their due time is unchanged) for the
     * next run; returns how many were still this process's claims.
     */
    int release(List<ScheduledSend> claimed) {
        return db.write(c -> java.util.Arrays.stream(Database.batch(c, RELEASE, claimed.stream()
                .map(s -> new Object[] {s.id(), s.guildId(), s.attempts()}).toList())).sum());
    }

    /**
     * Moves a server's due sends behind everything due before {@code now}: due at {@code now}, so that the next claim
     * takes other servers' sends first (the server's sends are slow, and a backlog of them would lead every claim).
     * Returns how many moved.
     */
    int pushBack(long guildId, Instant now) {
        return db.write(c -> Database.update(c, PUSH_BACK, now, now, guildId));
    }

    /** Runs {@code work} in a transaction rolled back at its end ({@link Database#rehearseWrites}). */
    void rehearseWrites(Runnable work) {
        db.rehearseWrites(work);
    }

    /** Commits on purpose, on an H2 file, outside the queue's table ({@link Database#rehearseCommits}). */
    void rehearseCommits(Instant now) {
        db.rehearseCommits(now);
    }

    /** A send the platform accepted at {@code at}, waiting for its SENT mark. */
    record Delivered(ScheduledSend send, Instant at, String via, long messageId, SendKind kind) {
    }

    /** Records a delivery, with the kind's bookkeeping, in one transaction; false when the claim was lost. */
    boolean markSent(Delivered d) {
        return !db.write(c -> recordAllSent(c, List.of(d), true)).isEmpty();
    }

    /**
     * Records several deliveries in one transaction, each with its kind's bookkeeping and only while its claim is
     * still ours; returns those recorded. Should the transaction fail (a kind's bookkeeping), each is recorded in a
     * transaction of its own instead, so that one cannot keep the others from their SENT marks; and one whose
     * bookkeeping fails on its own is marked SENT without it. The member has the message: left claimed, it would be
     * sent again each time its lease ran out, once the platform no longer remembered its nonce.
     */
    List<Delivered> markAllSent(List<Delivered> delivered) {
        return markAllSent(delivered, new ArrayList<>());
    }

    /**
     * {@link #markAllSent(List)}, adding to {@code notRecorded} the deliveries whose SENT mark the database did not
     * take even alone (it failed, not a kind's bookkeeping): the caller records them again once it works, before
     * their claims lapse and they go out again.
     */
    List<Delivered> markAllSent(List<Delivered> delivered, List<Delivered> notRecorded) {
        if (delivered.size() > 1) {
            try {
                return db.write(c -> recordAllSent(c, delivered, true));
            } catch (RuntimeException e) {
                log.warn("could not record {} sends together; recording each on its own", delivered.size(), e);
            }
        }
        List<Delivered> marked = new ArrayList<>();
        for (Delivered d : delivered) {
            Boolean ours = markSentAnyway(d);
            if (ours == null) {
                notRecorded.add(d);
            } else if (ours) {
                marked.add(d);
            }
        }
        return marked;
    }

    /**
     * {@link #markSent}, else the SENT mark alone when the kind's bookkeeping fails; false when the claim was lost,
     * null when the database took neither.
     */
    private Boolean markSentAnyway(Delivered d) {
        try {
            return markSent(d);
        } catch (RuntimeException bookkeeping) {
            log.error("the {} bookkeeping for scheduled send {} in guild {}, sent, failed; it is marked sent "
                    + "without it", d.send().kind(), d.send().id(), d.send().guildId(), bookkeeping);
        }
        try {
            return !db.write(c -> recordAllSent(c, List.of(d), false)).isEmpty();
        } catch (RuntimeException e) {
            log.error("could not record scheduled send {} in guild {} as sent; trying again on the next run",
                    d.send().id(), d.send().guildId(), e);
            return null;
        }
    }

    /**
     * Marks several deliveries SENT in one batch, then (when {@code bookkeeping}) runs each kind's bookkeeping for its
     * own once, in the caller's transaction; returns those still ours (the others' claims were lost).
     */
    private static List<Delivered> recordAllSent(Connection c, List<Delivered> delivered, boolean bookkeeping)
            throws SQLException {
        int[] updated = Database.batch(c, MARK_SENT, delivered.stream().map(d -> new Object[] {d.at(), d.via(),
            d.messageId(), d.send().id(), d.send().guildId(), d.send().attempts()}).toList());
        List<Delivered> marked = new ArrayList<>();
        java.util.Map<SendKind, List<SendKind.Sent>> byKind = new java.util.LinkedHashMap<>();
        for (int i = 0; i < delivered.size(); i++) {
            Delivered d = delivered.get(i);
            if (updated[i] == 0) {
                lostClaim(d.send());
                continue;
            }
            marked.add(d);
            byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>())
                    .add(new SendKind.Sent(d.send(), d.at(), d.messageId()));
        }
        if (bookkeeping) {
            for (java.util.Map.Entry<SendKind, List<SendKind.Sent>> e : byKind.entrySet()) {
                e.getKey().sentAll(c, e.getValue());
            }
        }
        return marked;
    }

    /** Puts a failed send back in the queue for {@code at}, with why (plain words) and what kind of trouble. */
    boolean retry(ScheduledSend claimed, Instant at, String reason, SendTrouble trouble) {
        return finish(claimed, c -> Database.update(c, RETRY, at, clip(reason), name(trouble), claimed.id(),
                claimed.guildId(), claimed.attempts()), c -> { });
    }

    /** Closes a send for good: FAILED (with why, and what kind of trouble) or CANCELLED (nothing left to say). */
    boolean close(ScheduledSend claimed, ScheduledSend.Status status, String reason, SendTrouble trouble) {
        return close(claimed, status, reason, trouble, null, null);
    }

    /**
     * Closes a send for good; a FAILED one also runs its kind's {@link SendKind#failed} bookkeeping in the same
     * transaction (an introduction request that could not be delivered is marked so). Should that bookkeeping fail,
     * the send is closed without it in a transaction of its own: left claimed, it would be claimed first again each
     * time its lease ran out, and fail again, ahead of every message due after it.
     */
    boolean close(ScheduledSend claimed, ScheduledSend.Status status, String reason, SendTrouble trouble,
                  SendKind kind, Instant now) {
        Outcome closed = c -> Database.update(c, CLOSE, status, clip(reason), name(trouble), claimed.id(),
                claimed.guildId(), claimed.attempts());
        if (kind == null || status != ScheduledSend.Status.FAILED) {
            return finish(claimed, closed, c -> { });
        }
        try {
            return finish(claimed, closed, c -> kind.failed(c, claimed, reason, trouble, now));
        } catch (RuntimeException e) {
            log.error("the {} bookkeeping for scheduled send {} in guild {}, given up, failed; it is marked failed "
                    + "without it", kind.name(), claimed.id(), claimed.guildId(), e);
            try {
                return finish(claimed, closed, c -> { });
            } catch (RuntimeException notClosed) {
                notClosed.addSuppressed(e);
                throw notClosed;
            }
        }
    }

    /**
     * Deletes sent and cancelled rows older than {@link #KEEP_CLOSED} and FAILED rows older than
     * {@link #KEEP_FAILED} (but those that tell a member had left the server, {@link #PRUNE_FAILED_IDS}), server by
     * server, {@link #PRUNE_CHUNK_ROWS} rows per transaction. Open rows are never touched. Returns how many rows were
     * deleted.
     */
    public int prune(Instant now) {
        Instant closedBefore = now.minus(KEEP_CLOSED);
        Instant failedBefore = now.minus(KEEP_FAILED);
        List<Long> guilds = db.read(c -> Database.list(c, GUILDS_WITH_CLOSED, rs -> rs.getLong(1)));
        int deleted = 0;
        for (long guildId : guilds) {
            // FAILED first: a refusal goes no later than the send that came after it (PRUNE_FAILED_IDS)
            for (String status : List.of("FAILED", "SENT", "CANCELLED")) {
                int chunk;
                do {
                    chunk = db.write(c -> {
                        String left = SendTrouble.LEFT_SERVER.name();
                        List<Long> ids = status.equals("FAILED")
                                ? Database.list(c, PRUNE_FAILED_IDS, rs -> rs.getLong(1), guildId, failedBefore, left,
                                        left, closedBefore, PRUNE_CHUNK_ROWS)
                                : Database.list(c, PRUNE_CLOSED_IDS, rs -> rs.getLong(1), status, guildId,
                                        closedBefore, PRUNE_CHUNK_ROWS);
                        return ids.isEmpty() ? 0 : Database.update(c, DELETE_IDS, ids.toArray(Long[]::new),
                                guildId);
                    });
                    deleted += chunk;
                } while (chunk == PRUNE_CHUNK_ROWS);
            }
        }
        if (deleted > 0) {
            log.info("pruned {} closed scheduled send(s) past their retention", deleted);
        }
        return deleted;
    }

    /** Compacts the database file when less than {@code belowPercent} of it is live data (see {@link OutboxJob}). */
    void compactStorage(int belowPercent) {
        db.compactIfSparse(belowPercent);
    }

    public Optional<ScheduledSend> find(long guildId, long id) {
        return db.read(c -> Database.one(c, FIND, ScheduledSend::read, id, guildId));
    }

    /** A recipient's sends of one kind that are still to go out, soonest first. */
    public List<ScheduledSend> open(long guildId, String kind, long recipientId) {
        return db.read(c -> Database.list(c, OPEN_OF, ScheduledSend::read, guildId, kind, recipientId));
    }

    /** A server's sends of one kind still to go out whose due time falls in (from, to], soonest first. */
    public List<ScheduledSend> openBetween(long guildId, String kind, Instant from, Instant to) {
        return db.read(c -> Database.list(c, OPEN_BETWEEN, ScheduledSend::read, "PENDING", from, to, guildId, kind,
                "CLAIMED", from, to, guildId, kind));
    }

    private int countOpen(Connection c, long guildId, String kind, long recipientId) throws SQLException {
        return Database.one(c, COUNT_OPEN, rs -> rs.getInt(1), guildId, kind, recipientId).orElse(0);
    }

    /**
     * Replaces the content of a recipient's pending sends of one kind (a cultivate reminder waiting for the morning
     * takes in the partners that fell due since); a send being delivered now is left alone.
     */
    public int refreshPending(Connection c, long guildId, String kind, long recipientId, String payload)
            throws SQLException {
        return Database.update(c, REFRESH_PENDING, payload, guildId, kind, recipientId, payload);
    }

    /**
     * Closes a server's sends of one kind that were given up, in the caller's transaction, once what they said no
     * longer holds (the digest that reached nobody reaches someone again): they leave the lists of sends given up, so
     * a later, other trouble is never told with their words. Returns how many were closed.
     */
    public int closeFailed(Connection c, long guildId, String kind) throws SQLException {
        return Database.update(c, CLOSE_FAILED, guildId, kind);
    }

    /**
     * {@link #closeFailed(Connection, long, String)} for the sends of one kind to one recipient (0: the reminder
     * channel) given up with one kind of trouble, whose news no longer holds or is told elsewhere. Returns how many
     * were closed.
     */
    public int closeFailed(Connection c, long guildId, String kind, long recipientId, SendTrouble trouble)
            throws SQLException {
        return Database.update(c, CLOSE_FAILED_WITH, guildId, kind, recipientId, trouble.name());
    }

    /** The recipients in a server with a send of one kind still to go out (a planner's check, for all at once). */
    public java.util.Set<Long> openRecipients(Connection c, long guildId, String kind) throws SQLException {
        return new java.util.HashSet<>(Database.list(c, OPEN_RECIPIENTS, rs -> rs.getLong(1), guildId, kind));
    }

    /** Cancels a recipient's own pending send; false when it is not theirs, not pending, or being sent now. */
    public boolean cancel(long guildId, String kind, long recipientId, long id) {
        return db.write(c -> Database.update(c, CANCEL, id, guildId, kind, recipientId) == 1);
    }

    /** How far back a message given up may be sent again ({@link SendKind#worthSendingAgainFor}, at most this). */
    public static final Duration SEND_AGAIN_WITHIN = Duration.ofDays(1);

    /**
     * The sends of a server given up after a passing outage ({@link SendTrouble#passes}) that are still worth
     * sending at {@code now}, by their kinds' rule ({@code worth}), oldest first: what a coordinator may send again.
     */
    public List<ScheduledSend> worthSendingAgain(long guildId, java.util.function.BiPredicate<ScheduledSend, Instant>
            worth, Instant now) {
        return history.failedSince(guildId, now.minus(SEND_AGAIN_WITHIN)).stream()
                .filter(f -> f.trouble() != null && f.trouble().passes() && worth.test(f, now)).toList();
    }

    /**
     * Sends again, in one transaction, those of {@link #worthSendingAgain} with an id up to {@code upToId} (the ones a
     * coordinator saw): each as a new row due now (a new nonce: its own id), the failed one closed so that a second
     * press sends nothing twice. Returns the new rows' drafts.
     */
    public List<ScheduledSend.Draft> sendAgain(long guildId, long upToId,
                                               java.util.function.BiPredicate<ScheduledSend, Instant> worth,
                                               Instant now) {
        Instant due = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return db.write(c -> {
            List<ScheduledSend.Draft> again = new java.util.ArrayList<>();
            for (ScheduledSend f : Database.list(c, SendHistory.FAILED_SINCE, ScheduledSend::read, guildId,
                    now.minus(SEND_AGAIN_WITHIN))) {
                if (f.id() <= upToId && f.trouble() != null && f.trouble().passes() && worth.test(f, now)
                        && Database.update(c, SENT_AGAIN, f.id(), guildId) == 1) {
                    ScheduledSend.Draft d = new ScheduledSend.Draft(guildId, f.kind(), f.recipientId(), f.targetId(),
                            f.channelId(), f.payload(), f.about(), due, f.partnerId());
                    enqueue(c, d, now);
                    again.add(d);
                }
            }
            return again;
        });
    }

    /** The fenced update of a claimed row: how many rows it changed (0 when the claim was lost). */
    private interface Outcome {
        int record(Connection c) throws SQLException;
    }

    /** What a kind records with an outcome, in the same transaction. */
    private interface Bookkeeping {
        void record(Connection c) throws SQLException;
    }

    private boolean finish(ScheduledSend claimed, Outcome outcome, Bookkeeping bookkeeping) {
        boolean ours = db.write(c -> {
            if (outcome.record(c) == 0) {
                return false;
            }
            bookkeeping.record(c);
            return true;
        });
        if (!ours) {
            lostClaim(claimed);
        }
        return ours;
    }

    private static void lostClaim(ScheduledSend claimed) {
        log.warn("scheduled send {} in guild {} was claimed again before its outcome was recorded "
                + "(its lease ran out)", claimed.id(), claimed.guildId());
    }

    private static String clip(String reason) {
        return reason == null ? null : Limits.clip(reason, 500);
    }

    private static String name(SendTrouble trouble) {
        return trouble == null ? null : trouble.name();
    }
}
