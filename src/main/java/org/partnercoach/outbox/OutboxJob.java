package org.partnercoach.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.settings.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every scheduled message that is due: planners queue what fell due, then due rows are claimed (quiet hours
 * move them to the morning), composed by their kind, delivered by the {@link Courier}, and closed with the outcome.
 * A failed send is tried again after 1, 5 and 30 minutes, then marked FAILED with its reason. Work that fell due
 * while the bot was down is simply due on the first run, once. Pruning closed rows and compacting the file are
 * {@link OutboxHousekeeping}, on the housekeeping thread, so that they never hold up a send.
 */
public final class OutboxJob implements ScheduledJob {

    /** Waits before the 2nd, 3rd and 4th try; after the 4th failure the send is FAILED. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30));
    /**
     * Rows claimed at once: one claim's commit serves them all. A batch is never sent past half its lease
     * ({@link #SEND_WITHIN}): the rest goes back to the queue, so a slow platform never lets a claim lapse mid-batch.
     */
    static final int BATCH = 200;
    /** How long after its claim a batch may still be sent from: half the lease, so no claim lapses while in hand. */
    static final Duration SEND_WITHIN = Outbox.LEASE.dividedBy(2);
    /**
     * SENT marks are committed together, at the latest once this many sends or this much time is waiting. A commit
     * costs more than composing a message and handing it to a fast platform, so when sends are quick (a queue of
     * hundreds) one commit records many; when each send takes longer than the window (Discord's usual answer time),
     * a commit records one or two. A crash before the commit sends those few again with their nonces, which the
     * platform answers with the first copy: the same as for the one send in flight.
     */
    static final int RECORD_EVERY = 25;
    static final Duration RECORD_WITHIN = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);

    private final Outbox outbox;
    private final Courier courier;
    private final ServerSettings settings;
    private final Map<String, SendKind> kinds;
    private final List<DuePlanner> planners;
    private final java.time.Clock clock;
    /**
     * Sends the platform accepted whose SENT marks the database did not take (it failed under the run): recorded at
     * the start of the next run, before its claim, so that they never go out again once their claims would lapse.
     * Runs never overlap (the scheduler runs the sending jobs one at a time).
     */
    private final List<Outbox.Delivered> notRecorded = new java.util.ArrayList<>();

    public OutboxJob(Outbox outbox, Courier courier, ServerSettings settings, List<SendKind> kinds,
                       List<DuePlanner> planners, java.time.Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.courier = courier;
        this.settings = settings;
        this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(SendKind::name, Function.identity()));
        this.planners = List.copyOf(planners);
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public int runDue(Instant now) {
        Unrecorded unrecorded = new Unrecorded();
        unrecorded.recordEarlier();
        plan(now);
        boolean more = true;
        try {
            while (more) {
                more = outbox.remembering(() -> sendBatch(unrecorded));
            }
        } catch (RuntimeException e) {
            // the run broke off (the database failed a write, a kind's bookkeeping threw): what the platform accepted
            // is still marked SENT, or its claim would lapse and send it again after the nonce is forgotten
            try {
                unrecorded.record();
            } catch (RuntimeException notRecorded) {
                e.addSuppressed(notRecorded);
            }
            throw e;
        }
        return unrecorded.marked;
    }

    /**
     * How many times {@link #rehearse} goes through the run's parts. The first pass brings the run's code to Java's
     * compiler; the second runs much of it compiled and brings the rest there, so that less is left to compile while
     * the run itself goes (measured in the sixty-sixth round: the first poll at coalition scale about a fifth shorter
     * with two passes than with one, on both engines; the rehearsal then takes 0.3-1.2 s more, while the bot
     * connects).
     */
    static final int REHEARSAL_PASSES = 2;

    /**
     * The run, in parts, each in a transaction rolled back at its end, {@link #REHEARSAL_PASSES} times: the planners
     * queue a part ({@link DuePlanner#rehearseQueuing}: a slice of one server's owners), then one slice of the due
     * sends is claimed, and those of kinds that allow it ({@link SendKind#rehearsable}) are composed and recorded as
     * sent with their kind's bookkeeping; nothing is delivered, logged as sent, or asked of the platform. A part holds
     * rows no longer than one of the run's own transactions, so that members' actions, and other processes' runs on a
     * database they share, hardly wait for it. The rollbacks never reach the database's commit: on an H2 file, rows
     * of a table of their own are then committed and deleted
     * ({@link org.partnercoach.storage.Database#rehearseCommits}), so that the run's first SENT marks are not the
     * first commits Java meets. A pass with no send to rehearse ends the rehearsal there: a start with nothing due
     * has a first run with nothing to record, and a file that is small leaves its dead space less often.
     */
    @Override
    public void rehearse(Instant now) {
        for (int pass = 0; pass < REHEARSAL_PASSES; pass++) {
            if (rehearsePass(now) == 0) {
                return;
            }
        }
        outbox.rehearseCommits(now);
    }

    /** One pass of {@link #rehearse} through the run's parts; returns how many sends it rehearsed. */
    private int rehearsePass(Instant now) {
        int[] rehearsed = {0};
        planners.forEach(p -> p.rehearseQueuing(now, part -> outbox.rehearseWrites(() -> {
            part.run();
            rehearsed[0] += rehearseSending(now);
        })));
        return rehearsed[0];
    }

    /**
     * {@link #rehearse}'s claim, composing and SENT marks for one part: one slice of the due sends ({@link
     * #RECORD_EVERY}, as the run records them) is claimed, and those of the kinds it rehearses are composed and
     * recorded, on the part's transaction, whose rollback gives them all back. One slice: sends due before the part's
     * own (a backlog after an outage) lead every part's claim, and the parts then rehearse no more sends than they
     * queued. Returns how many sends it rehearsed.
     */
    private int rehearseSending(Instant now) {
        List<ScheduledSend> slice = outbox.claimDue(now, releaseTimes(now), RECORD_EVERY, this::togetherFor)
                .claimed().stream().filter(s -> kinds.containsKey(s.kind()) && kinds.get(s.kind()).rehearsable())
                .toList();
        Map<Long, Composed> messages = compose(slice);
        outbox.markAllSent(slice.stream().filter(s -> messages.get(s.id()).message().isPresent())
                .map(s -> new Outbox.Delivered(s, now, "rehearsal", 0, kinds.get(s.kind()))).toList());
        return slice.size();
    }

    /**
     * The next send time: the first row waiting in the outbox (a reminder asked for, a retry, a send held for the end
     * of quiet hours), or the planners' next, whichever is sooner (the rows they queue are due as they queue them).
     */
    @Override
    public Optional<Instant> nextDue(Instant now) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(outbox.nextDue(now)),
                planners.stream().map(p -> p.nextDue(now))).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /**
     * Claims one batch and sends it, {@link #RECORD_EVERY} at a time: each slice's messages are composed together
     * (a kind reads what they show once for all), then delivered one by one. Returns whether more may be due.
     */
    private boolean sendBatch(Unrecorded unrecorded) {
        // each claim is stamped with the time it is made: its lease counts from then, not from the run's start
        Instant claimedAt = clock.instant();
        Outbox.Batch batch = outbox.claimDue(claimedAt, releaseTimes(claimedAt), BATCH, this::togetherFor);
        List<ScheduledSend> claimed = editsTogether(givenUpWhenNeverClosed(batch.claimed(), claimedAt));
        // how long each server's deliveries took in this batch: the slowest is pushed back if the batch runs late
        Map<Long, Duration> took = new java.util.HashMap<>();
        int from = 0;
        while (from < claimed.size()) {
            // a slice never splits the edits of one thread, nor one member's sends that go as one message (it may
            // then hold a few more)
            int to = Math.min(claimed.size(), from + RECORD_EVERY);
            while (to < claimed.size() && (sameThreadEdits(claimed.get(to - 1), claimed.get(to))
                    || sameRecipient(claimed.get(to - 1), claimed.get(to)))) {
                to++;
            }
            List<ScheduledSend> slice = claimed.subList(from, to);
            Map<Long, Composed> messages = compose(slice);
            int i = 0;
            while (i < slice.size()) {
                Instant at = clock.instant();
                if (at.isAfter(claimedAt.plus(SEND_WITHIN))) {
                    unrecorded.record();
                    int back = outbox.release(claimed.subList(from + i, claimed.size()));
                    log.warn("sending is slow: {} claimed send(s) went back to the queue for the next run", back);
                    pushBackSlowest(took, at);
                    return false;
                }
                int end = runFrom(slice, i, THREAD_EDITS_TOGETHER, this::sameThreadEdits);
                // several sends to one member of a kind that sends them as one message (reminders that waited)
                boolean together = end == i + 1 && end < slice.size() && sameRecipient(slice.get(i), slice.get(end));
                if (together) {
                    end = runFrom(slice, i, kinds.get(slice.get(i).kind()).mostInOneMessage(), this::sameRecipient);
                }
                (together ? deliverTogether(slice.subList(i, end), at) : deliver(slice.subList(i, end), messages, at))
                        .forEach(unrecorded::add);
                took.merge(slice.get(i).guildId(), Duration.between(at, clock.instant()), Duration::plus);
                i = end;
            }
            from = to;
        }
        unrecorded.record();
        return batch.more();
    }

    /**
     * A batch ran past half its lease: the server whose deliveries took the longest in it (Discord rate-limiting its
     * posts, most often) has its due messages pushed back to now, behind what fell due elsewhere meanwhile. Its
     * backlog, due first by the time it was queued, would otherwise lead every claim and fill every batch, and other
     * servers' messages would wait until all of it went out; now each run sends some of it, then the others' first.
     */
    private void pushBackSlowest(Map<Long, Duration> took, Instant now) {
        took.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(slowest -> {
            int moved = outbox.pushBack(slowest.getKey(), now);
            log.warn("guild {} took {} s of this run's sending; its {} due send(s) now wait behind other servers'",
                    slowest.getKey(), slowest.getValue().toSeconds(), moved);
        });
    }

    /**
     * A row claimed more often than its tries allow stopped the bot (or its run) each time before its outcome was
     * recorded: it is given up now, before it is composed or sent, instead of stopping the bot again ahead of every
     * message due after it. A claim taken back at start ({@link Outbox#releaseOwnClaims}) or after its lease counts
     * as a try for this; one given back unsent by a slow run does not. Returns the other rows.
     */
    private List<ScheduledSend> givenUpWhenNeverClosed(List<ScheduledSend> claimed, Instant now) {
        List<ScheduledSend> rest = new java.util.ArrayList<>();
        for (ScheduledSend s : claimed) {
            if (s.attempts() <= RETRY_DELAYS.size() + 1) {
                rest.add(s);
                continue;
            }
            log.error("scheduled {} {} in guild {} was claimed {} times and never sent nor given up (the bot or its run "
                    + "stopped while it was in hand each time); giving it up", s.kind(), s.id(), s.guildId(),
                    s.attempts());
            outbox.close(s, ScheduledSend.Status.FAILED, NEVER_CLOSED, SendTrouble.BOT_FAULT, kinds.get(s.kind()),
                    now);
        }
        return rest;
    }

    /** Why a row claimed more often than its tries allow was given up, as a coordinator reads it. */
    static final String NEVER_CLOSED = "the bot stopped while sending it, again and again";

    /**
     * The most edits of one thread delivered together: an archived thread is reopened once for them, and held open
     * no longer than they take (Discord lets a server have only so many active threads, and rate-limits edits).
     */
    static final int THREAD_EDITS_TOGETHER = RECORD_EVERY;

    /**
     * The claimed rows in the order they are sent: each edit of a message in a channel or thread is moved up to the
     * first edit claimed there (a forget queues the edits of many threads' summaries and plans, each thread's apart),
     * so that the edits of one thread go out together. Every other row keeps its place.
     */
    private List<ScheduledSend> editsTogether(List<ScheduledSend> claimed) {
        Map<Object, List<ScheduledSend>> places = new java.util.LinkedHashMap<>();
        for (ScheduledSend s : claimed) {
            Object place = editsIn(s).<Object>map(channel -> List.of(s.guildId(), channel))
                    .orElseGet(() -> togetherFor(s) ? List.of(s.guildId(), s.kind(), s.recipientId(), s.channelId())
                            : s.id());
            places.computeIfAbsent(place, p -> new java.util.ArrayList<>()).add(s);
        }
        return places.values().stream().flatMap(List::stream).toList();
    }

    /** Whether a claimed row goes out in one message with the others of its kind to its recipient in the run. */
    private boolean togetherFor(ScheduledSend s) {
        SendKind kind = kinds.get(s.kind());
        return kind != null && s.recipientId() != 0 && kind.oneMessagePerRecipient();
    }

    /**
     * The end (exclusive) of the run of rows from {@code i} that go with row {@code i} ({@code with}: the edits of one
     * thread, or one member's sends as one message), at most {@code most} of them.
     */
    private static int runFrom(List<ScheduledSend> slice, int i, int most,
                               java.util.function.BiPredicate<ScheduledSend, ScheduledSend> with) {
        int end = i + 1;
        while (end < slice.size() && end - i < most && with.test(slice.get(i), slice.get(end))) {
            end++;
        }
        return end;
    }

    /** Whether two claimed rows go out in one message: the same kind, server, recipient and channel. */
    private boolean sameRecipient(ScheduledSend a, ScheduledSend b) {
        return togetherFor(a) && a.guildId() == b.guildId() && a.kind().equals(b.kind())
                && a.recipientId() == b.recipientId() && a.channelId() == b.channelId();
    }

    /**
     * Delivers several sends to one member as one message ({@link SendKind#composeTogether}), under the nonce of
     * them all ({@link ScheduledSend#nonceOf}); each row takes its outcome: SENT (returned for the marks), a retry,
     * or given up.
     */
    private List<Outbox.Delivered> deliverTogether(List<ScheduledSend> sends, Instant now) {
        ScheduledSend first = sends.get(0);
        SendKind kind = kinds.get(first.kind());
        Optional<Reply> message;
        try {
            message = kind.composeTogether(sends);
        } catch (RuntimeException | StackOverflowError e) {
            log.error("could not build {} scheduled {} sends together in guild {}", sends.size(), first.kind(),
                    first.guildId(), e);
            sends.forEach(s -> failed(s, kind, now, "the bot could not write the message", SendTrouble.BOT_FAULT));
            return List.of();
        }
        if (message.isEmpty()) {
            sends.forEach(s -> outbox.close(s, ScheduledSend.Status.CANCELLED, "nothing left to send when it fell due",
                    null));
            return List.of();
        }
        Courier.Outcome outcome = courier.deliver(first, message.get(), 0, 0, ScheduledSend.nonceOf(sends),
                kind.onlyByDm());
        List<Outbox.Delivered> delivered = new java.util.ArrayList<>();
        for (ScheduledSend s : sends) {
            settle(s, kind, outcome, now).ifPresent(delivered::add);
        }
        return delivered;
    }

    /** Whether two claimed rows are both edits of messages in the same channel or thread. */
    private boolean sameThreadEdits(ScheduledSend a, ScheduledSend b) {
        Optional<Long> channel = editsIn(a);
        return channel.isPresent() && a.guildId() == b.guildId() && channel.equals(editsIn(b));
    }

    /** The channel or thread of a row that edits an earlier message there; empty for any other row. */
    private Optional<Long> editsIn(ScheduledSend s) {
        SendKind kind = kinds.get(s.kind());
        if (kind == null || s.channelId() == 0) {
            return Optional.empty();
        }
        try {
            return kind.replaces(s) != 0 ? Optional.of(s.channelId()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // delivered on its own, which reports the trouble
        }
    }

    /** A claimed row's message as its kind composed it, or why it could not. */
    private record Composed(Optional<Reply> message, Throwable failure) {
    }

    /**
     * The messages of a slice of claimed rows, by row id: each kind composes its rows together; should that fail,
     * each of its rows is composed on its own, so that one broken row cannot hold up the others. A stack overflow
     * (a deeply nested or very long text meeting a recursive step or a regular expression) is that row's failure
     * like any other: let through, it would stop the scheduler's polling until a restart, and after the restart the
     * same row, claimed first again, would stop it again.
     */
    private Map<Long, Composed> compose(List<ScheduledSend> slice) {
        Map<Long, Composed> byId = new java.util.HashMap<>();
        Map<String, List<ScheduledSend>> byKind = slice.stream().filter(s -> kinds.containsKey(s.kind()))
                .collect(Collectors.groupingBy(ScheduledSend::kind, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        byKind.forEach((name, sends) -> {
            SendKind kind = kinds.get(name);
            try {
                List<Optional<Reply>> messages = kind.composeAll(sends);
                for (int i = 0; i < sends.size(); i++) {
                    byId.put(sends.get(i).id(), new Composed(messages.get(i), null));
                }
            } catch (RuntimeException | StackOverflowError together) {
                log.warn("could not compose {} {} send(s) together; composing each on its own", sends.size(), name,
                        together);
                for (ScheduledSend s : sends) {
                    try {
                        byId.put(s.id(), new Composed(kind.compose(s), null));
                    } catch (RuntimeException | StackOverflowError e) {
                        byId.put(s.id(), new Composed(Optional.empty(), e));
                    }
                }
            }
        });
        return byId;
    }

    /** Sends the platform accepted whose SENT marks are not committed yet; {@link #RECORD_EVERY}. */
    private final class Unrecorded {
        private final List<Outbox.Delivered> waiting = new java.util.ArrayList<>();
        /** When the first of {@link #waiting} was accepted: the bot's clock, so that tests group by count alone. */
        private Instant first;
        /** Sends marked SENT so far in this run. */
        int marked;

        void add(Outbox.Delivered delivered) {
            Instant now = clock.instant();
            if (waiting.isEmpty()) {
                first = now;
            }
            waiting.add(delivered);
            if (waiting.size() >= RECORD_EVERY || !now.isBefore(first.plus(RECORD_WITHIN))) {
                record();
            }
        }

        void record() {
            if (waiting.isEmpty()) {
                return;
            }
            for (Outbox.Delivered d : outbox.markAllSent(List.copyOf(waiting), notRecorded)) {
                log.info("sent scheduled {} {} in guild {} by {}", d.send().kind(), d.send().id(),
                        d.send().guildId(), d.via());
                marked++;
            }
            waiting.clear();
        }

        /** Records the SENT marks an earlier run could not ({@link #notRecorded}); those still not taken wait on. */
        void recordEarlier() {
            if (notRecorded.isEmpty()) {
                return;
            }
            waiting.addAll(notRecorded);
            notRecorded.clear();
            int before = marked;
            record();
            if (marked > before) {
                log.info("recorded {} send(s) an earlier run could not record as sent", marked - before);
            }
            marked = before; // sends of an earlier run, not of this one
        }
    }

    /**
     * Queues what fell due, when it is this process's turn: with several processes on one database, one of them
     * plans at a time (each planner checks for an open row before it queues one, which alone would race).
     */
    private void plan(Instant now) {
        if (!outbox.takeTurn(Outbox.PLANNING, now)) {
            return; // another process is planning now; it queues for everyone, and the claims below share the sends
        }
        try {
            planners.forEach(p -> p.plan(now));
        } finally {
            outbox.endTurn(Outbox.PLANNING, now);
        }
    }

    /**
     * Now, or when the recipient's quiet hours end (their own zone, else the server's); now for a kind that does
     * not wait for quiet hours, and for a post in a channel or thread of its own (a group session's thread, the
     * digest's coordinators' channel): people chose when those happen, often an evening meeting. The zones of a
     * claim's recipients are read at once.
     */
    private Outbox.ReleaseTimes releaseTimes(Instant now) {
        return new Outbox.ReleaseTimes() {
            @Override
            public Instant of(ScheduledSend s) {
                if (s.channelId() != 0 || !waitsForQuietHours(s)) {
                    return now;
                }
                return afterQuietHours(settings, s.guildId(), s.recipientId(), now);
            }

            @Override
            public void prepare(List<ScheduledSend> due) {
                due.stream().filter(s -> s.recipientId() != 0 && waitsForQuietHours(s))
                        .collect(Collectors.groupingBy(ScheduledSend::guildId,
                                Collectors.mapping(ScheduledSend::recipientId, Collectors.toSet())))
                        .forEach(settings::readZonesOf);
            }
        };
    }

    /**
     * When a send that waits for quiet hours, to {@code recipientId} (0: the server's reminder channel), may go out
     * if it is due at {@code at}: then, or the morning the recipient's quiet hours end (their own zone, else the
     * server's). The claim holds rows by it; a feature that tells a member when a reminder will come asks it too.
     */
    public static Instant afterQuietHours(ServerSettings settings, long guildId, long recipientId, Instant at) {
        ZoneId zone = recipientId != 0 ? settings.memberZone(guildId, recipientId) : settings.of(guildId).zone();
        return settings.of(guildId).quietHours().release(at, zone);
    }

    private boolean waitsForQuietHours(ScheduledSend s) {
        SendKind kind = kinds.get(s.kind());
        return kind == null || kind.waitsForQuietHours();
    }

    /**
     * Delivers claimed sends with their composed messages: one send, or several edits of messages in one channel or
     * thread ({@link #editsTogether}), a thread then found, and reopened when archived, once for them all. Each row
     * keeps its own outcome, retries and SENT mark: those the platform accepted are returned for their marks, any
     * other outcome is recorded at once.
     */
    private List<Outbox.Delivered> deliver(List<ScheduledSend> claimed, Map<Long, Composed> composed, Instant now) {
        List<ScheduledSend> sends = new java.util.ArrayList<>();
        List<Reply> messages = new java.util.ArrayList<>();
        List<Long> replaces = new java.util.ArrayList<>();
        for (ScheduledSend s : claimed) {
            ready(s, composed.get(s.id()), now).ifPresent(m -> {
                sends.add(s);
                messages.add(m.message());
                replaces.add(m.replaces());
            });
        }
        if (sends.isEmpty()) {
            return List.of();
        }
        ScheduledSend first = sends.get(0);
        long parent = threadParent(kinds.get(first.kind()), first);
        List<Outbox.Delivered> delivered = new java.util.ArrayList<>();
        if (sends.size() > 1 && parent != 0) {
            List<Courier.Outcome> outcomes = courier.deliverEditsInThread(sends, messages, replaces, parent);
            for (int i = 0; i < sends.size(); i++) {
                ScheduledSend s = sends.get(i);
                settle(s, kinds.get(s.kind()), outcomes.get(i), now).ifPresent(delivered::add);
            }
            return delivered;
        }
        // one send, or edits not in a thread: nothing to reopen, each goes on its own
        for (int i = 0; i < sends.size(); i++) {
            ScheduledSend s = sends.get(i);
            SendKind kind = kinds.get(s.kind());
            settle(s, kind, courier.deliver(s, messages.get(i), replaces.get(i), parent, s.nonce(),
                    kind != null && kind.onlyByDm()), now).ifPresent(delivered::add);
        }
        return delivered;
    }

    /** A claimed send's message, and the earlier message it replaces (0: none, it is a new one). */
    private record Ready(Reply message, long replaces) {
    }

    /**
     * A claimed send's message, ready to deliver; empty when there is none, the row then being closed (a kind this
     * version does not know, nothing left to say) or tried again (its message could not be written, or the message
     * it replaces could not be read from it). A row that cannot be made ready never holds up the others.
     */
    private Optional<Ready> ready(ScheduledSend s, Composed composed, Instant now) {
        SendKind kind = kinds.get(s.kind());
        if (kind == null) {
            log.warn("scheduled send {} in guild {} is of kind {}, which this version of the bot does not know",
                    s.id(), s.guildId(), s.kind());
            outbox.close(s, ScheduledSend.Status.FAILED, "this version of the bot cannot send this kind of message",
                    SendTrouble.BOT_FAULT);
            return Optional.empty();
        }
        if (composed.failure() != null) {
            log.error("could not build scheduled send {} ({}) in guild {}", s.id(), s.kind(), s.guildId(),
                    composed.failure());
            failed(s, kind, now, "the bot could not write the message", SendTrouble.BOT_FAULT);
            return Optional.empty();
        }
        Optional<Reply> message = composed.message();
        if (message.isEmpty()) {
            outbox.close(s, ScheduledSend.Status.CANCELLED, "nothing left to send when it fell due", null);
            return Optional.empty();
        }
        long replaces;
        try {
            replaces = kind.replaces(s);
        } catch (RuntimeException e) {
            log.error("could not read which message scheduled send {} ({}) in guild {} replaces", s.id(), s.kind(),
                    s.guildId(), e);
            failed(s, kind, now, "the bot could not write the message", SendTrouble.BOT_FAULT);
            return Optional.empty();
        }
        return Optional.of(new Ready(message.get(), replaces));
    }

    /** Records what became of one delivery: SENT is returned for its mark; a retry or giving up is recorded now. */
    private Optional<Outbox.Delivered> settle(ScheduledSend s, SendKind kind, Courier.Outcome outcome, Instant now) {
        switch (outcome.result()) {
            case SENT -> {
                return Optional.of(new Outbox.Delivered(s, now, outcome.via(), outcome.messageId(), kind));
            }
            case RETRY -> failed(s, kind, now, outcome.reason(), outcome.trouble());
            case GIVE_UP -> {
                log.warn("gave up scheduled {} {} in guild {}: {} ({})", s.kind(), s.id(), s.guildId(),
                        outcome.reason(), outcome.trouble());
                outbox.close(s, ScheduledSend.Status.FAILED, outcome.reason(), outcome.trouble(), kind, now);
            }
        }
        return Optional.empty();
    }

    /**
     * The channel a send's thread is under, or 0 when it is not in a thread or that cannot be read now (the send is
     * then tried as it is).
     */
    private static long threadParent(SendKind kind, ScheduledSend s) {
        try {
            return kind.threadParent(s);
        } catch (RuntimeException e) {
            log.warn("could not read the channel of the thread of scheduled {} {} in guild {}", s.kind(), s.id(),
                    s.guildId(), e);
            return 0;
        }
    }

    /** Tries again later, or gives up after the last retry. */
    private void failed(ScheduledSend s, SendKind kind, Instant now, String reason, SendTrouble trouble) {
        if (s.attempts() <= RETRY_DELAYS.size()) {
            Instant next = now.plus(RETRY_DELAYS.get(Math.max(0, s.attempts() - 1)));
            log.warn("scheduled {} {} in guild {} failed (try {}): {} ({}); trying again at {}", s.kind(), s.id(),
                    s.guildId(), s.attempts(), reason, trouble, next);
            outbox.retry(s, next, reason, trouble);
        } else {
            log.warn("scheduled {} {} in guild {} failed {} times; giving up: {} ({})", s.kind(), s.id(),
                    s.guildId(), s.attempts(), reason, trouble);
            outbox.close(s, ScheduledSend.Status.FAILED, reason, trouble, kind, now);
        }
    }
}
