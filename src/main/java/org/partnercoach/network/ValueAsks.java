package org.partnercoach.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercoach.chat.Departures;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.partners.LookedAfter;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a quarter, the member who looks after a partner is asked its value to the coalition (resources, influence,
 * involvement): before each delivery run, every looked-after partner that is cultivating, asking or partnered (a
 * partner still being researched or first contacted has no value to rate yet), was added before the quarter began
 * and was not answered on every line this quarter is due, of its owner unless they were asked about it this quarter
 * already or have left the server (a coordinator hands their partners over with /partner owner, and the new owner is
 * asked then; Discord is asked about one found gone once a day, {@link Departures#ASK_AGAIN_AFTER}) (a
 * partner handed over before its question was answered in full is asked of its new owner), in one transaction per
 * server. An owner has one question open at a
 * time: the next of their partners (oldest first) gets its ask row and outbox DM only once the last was answered on
 * every line or skipped (or its partner was deleted, moved on or handed to someone else), so a member who looks
 * after twelve partners gets one message, not twelve at once. A question that could not be delivered (her DMs
 * closed) is taken back, and her questions wait {@link #RETRY_AFTER} after that try, then come in their turn again.
 * The ask's unique key (server, partner, member, kind, quarter) keeps it once a quarter across restarts. Planning runs
 * hourly and after an answer or a skip ({@link ValuePlanning}).
 */
final class ValueAsks implements DuePlanner, SendKind {

    static final String KIND = "partner-value";
    static final Set<Stage> RATED_STAGES = Set.of(Stage.CULTIVATING, Stage.ASKING, Stage.PARTNERED);
    /**
     * How long after a value question could not be delivered its owner is asked again (the same partner first). A
     * closed DM stays closed until she changes a setting, most often once a coordinator has read the failure in the
     * weekly digest or {@code /coach status} and asked her to: a weekly try reaches her within the week of that, up
     * to twelve times a quarter, and puts one failed send a week on those lists, where a daily one would put seven
     * and knock on her closed DMs ninety times a quarter. Once one gets through, her other questions follow each
     * answer at once.
     */
    static final Duration RETRY_AFTER = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(ValueAsks.class);

    private final Database db;
    private final RatingStore store;
    private final Pulse pulse;
    private final PartnerHistory history;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final ValuePlanning planning;
    private final Clock clock;
    /** Asked, before a question is planned, whether its owner is still in the server; remembers who left. */
    private final Departures departures;

    ValueAsks(Database db, RatingStore store, Pulse pulse, PartnerHistory history, Outbox outbox,
              ServerSettings settings, ValuePlanning planning, Clock clock, Departures departures) {
        this.departures = departures;
        this.planning = planning;
        this.clock = clock;
        this.db = db;
        this.store = store;
        this.pulse = pulse;
        this.history = history;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * The first planning run at which a question is due, as the bot's hourly planning finds it (the clock's walk
     * stops there, as the real bot's poll plans within the hour): now, when a value question was answered or skipped
     * since the last run (that owner's next partner's question is due); the next hourly run, when a question is due
     * now (a partner moved to cultivating, handed over or restored since); else the first moment an owner whose
     * question could not be delivered is asked again ({@link #RETRY_AFTER}) or Discord is asked again about an owner it
     * said had left, or the next quarter's start in any server's zone, whichever is sooner. The planning's own reads,
     * without its writes.
     */
    @Override
    public Optional<Instant> nextDue(Instant now) {
        if (planning.closedSinceLastRun()) {
            return Optional.of(now);
        }
        Instant soonest = settings.serverZones().stream().map(zone -> Quarter.containing(now, zone).next().start(zone))
                .min(Comparator.naturalOrder()).orElse(null);
        Map<Long, List<LookedAfter>> byServer = byServer(history.lookedAfter());
        Map<Long, ZoneId> zones = new HashMap<>();
        byServer.keySet().forEach(guildId -> zones.put(guildId, settings.of(guildId).zone()));
        Instant coming = db.read(c -> {
            Instant first = null;
            for (Map.Entry<Long, List<LookedAfter>> e : byServer.entrySet()) {
                Due due = due(c, e.getKey(), e.getValue(), zones.get(e.getKey()), now);
                if (!due.ask().isEmpty()) {
                    return now;
                }
                first = sooner(first, due.heldUntil());
            }
            return first;
        });
        return Optional.ofNullable(sooner(soonest, coming)).map(planning::firstPlanningAt);
    }

    @Override
    public void plan(Instant now) {
        if (!planning.due(now)) {
            return;
        }
        departures.forgetBefore(now);
        byServer(history.lookedAfter()).forEach((guildId, partners) -> {
            try {
                planServer(guildId, partners, now);
            } catch (RuntimeException e) {
                log.error("could not plan the quarterly value question in guild {}", guildId, e);
            }
        });
    }

    /** A run's reads, whether or not its hour has come: the partners looked after, and each server's questions due. */
    @Override
    public void rehearse(Instant now) {
        byServer(history.lookedAfter()).forEach((guildId, partners) -> {
            ZoneId zone = settings.of(guildId).zone();
            db.read(c -> due(c, guildId, partners, zone, now));
        });
    }

    private static Map<Long, List<LookedAfter>> byServer(List<LookedAfter> lookedAfter) {
        return lookedAfter.stream()
                .collect(Collectors.groupingBy(LookedAfter::guildId, LinkedHashMap::new, Collectors.toList()));
    }

    private void planServer(long guildId, List<LookedAfter> partners, Instant now) {
        ZoneId zone = settings.of(guildId).zone();
        String quarter = Quarter.containing(now, zone).key();
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        List<LookedAfter> ask = db.read(c -> due(c, guildId, partners, zone, now).ask());
        if (ask.isEmpty()) {
            return;
        }
        // an owner who has left the server is not asked: Discord would refuse the DM as if her DMs were closed, and
        // what helps is a coordinator handing her partners over (/partner owner), whose new owner is asked then. The
        // platform is asked outside the transaction, only about the owners whose question is due now, and not again
        // about one it said had left until a day later (Departures.ASK_AGAIN_AFTER)
        Set<Long> left = departures.whoLeft(guildId, ask.stream().map(LookedAfter::ownerId)
                .collect(Collectors.toSet()), now);
        List<LookedAfter> here = ask.stream().filter(p -> !left.contains(p.ownerId())).toList();
        if (here.isEmpty()) {
            return;
        }
        // the questions are not worked out again in the write. What can change while the platform answers: an answer
        // or a skip, which makes that owner's next question due at the run it calls for; another planning run (another
        // process) putting the same question (an owner's next is her oldest partner not asked), which the ask's unique
        // key refuses here, with no second DM; a partner moved on or handed on, whose question is taken back when its
        // DM is composed
        db.write(c -> {
            for (LookedAfter p : here) {
                OptionalLong askId = store.insertAskIfNew(c, guildId, p.id(), p.ownerId(), Aspect.Kind.VALUE, quarter,
                        at);
                if (askId.isPresent()) {
                    outbox.enqueue(c, new ScheduledSend.Draft(guildId, KIND, p.ownerId(), askId.getAsLong(), quarter,
                            p.name(), at), at);
                }
            }
            return null;
        });
    }

    /**
     * The questions due in one server at {@code now}, by the rules above, and the first moment after it that an owner
     * held after a question that could not be delivered may be asked again (null: nobody is held).
     */
    private record Due(List<LookedAfter> ask, Instant heldUntil) {
        static final Due NONE = new Due(List.of(), null);
    }

    private Due due(Connection c, long guildId, List<LookedAfter> partners, ZoneId zone, Instant now)
            throws SQLException {
        Quarter quarter = Quarter.containing(now, zone);
        Instant begun = quarter.start(zone);
        List<LookedAfter> due = partners.stream().filter(p -> p.createdAt().isBefore(begun) && RATED_STAGES.contains(
                p.stage())).sorted(Comparator.comparingLong(LookedAfter::id)).toList();
        if (due.isEmpty()) {
            return Due.NONE;
        }
        // one full answer per partner and quarter is enough; a partner handed over before its question was
        // answered on every line is asked of its new owner (once: a skip of theirs stands for the quarter)
        Set<Long> answered = new HashSet<>();
        Set<List<Long>> askedOf = new HashSet<>();
        for (long[] a : store.askedIn(c, guildId, Aspect.Kind.VALUE, quarter.key())) {
            askedOf.add(List.of(a[0], a[1]));
            if (a[2] == 1) {
                answered.add(a[0]);
            }
        }
        List<LookedAfter> unasked = due.stream().filter(p -> !answered.contains(p.id())
                && !askedOf.contains(List.of(p.id(), p.ownerId()))).toList();
        if (unasked.isEmpty()) {
            return Due.NONE; // the usual run once a quarter's questions are out: no need to read who is waiting
        }
        // an owner the platform said had left the server is held until it may be asked about her again (her partners
        // wait for a hand-over; a new owner is due at once)
        Map<Long, Instant> gone = new HashMap<>();
        for (LookedAfter p : unasked) {
            Instant until = departures.askAgainAt(guildId, p.ownerId(), now);
            if (until != null) {
                gone.put(p.ownerId(), until);
            }
        }
        if (unasked.stream().allMatch(p -> gone.containsKey(p.ownerId()))) {
            // the usual run while partners wait for a hand-over: no need to read who is waiting either
            return new Due(List.of(), gone.values().stream().min(Comparator.naturalOrder()).orElseThrow());
        }
        // an owner waits on an open question only while they still look after its partner: one deleted, moved
        // on or handed to someone else since would hold back their other partners' questions all quarter
        Map<Long, Long> ownerOf = partners.stream().collect(Collectors.toMap(LookedAfter::id, LookedAfter::ownerId));
        Set<Long> waiting = new HashSet<>();
        for (long[] open : store.openAsks(c, guildId, Aspect.Kind.VALUE, quarter.key())) {
            // nor one whose partner another member answered in full this quarter (the owner before a hand-over)
            if (Long.valueOf(open[0]).equals(ownerOf.get(open[1])) && !answered.contains(open[1])) {
                waiting.add(open[0]);
            }
        }
        // an owner whose last question could not be delivered (taken back then) waits RETRY_AFTER from that try
        Map<Long, SendHistory.LastSends> last = outbox.history().lastSends(c, guildId, KIND,
                unasked.stream().map(LookedAfter::ownerId).filter(o -> !gone.containsKey(o))
                        .collect(Collectors.toSet()), now.minus(RETRY_AFTER));
        List<LookedAfter> ask = new ArrayList<>();
        Instant held = null;
        for (LookedAfter p : unasked) {
            // one open question per owner: the next waits until this one is answered on every line or skipped
            if (!waiting.add(p.ownerId())) {
                continue;
            }
            if (gone.containsKey(p.ownerId())) {
                held = sooner(held, gone.get(p.ownerId()));
                continue;
            }
            SendHistory.LastSends l = last.get(p.ownerId());
            boolean notReached = l != null && l.failed() != null && (l.sent() == null || l.sent().isBefore(l.failed()));
            if (notReached && l.failed().plus(RETRY_AFTER).isAfter(now)) {
                held = sooner(held, l.failed().plus(RETRY_AFTER));
            } else {
                ask.add(p);
            }
        }
        return new Due(ask, held);
    }

    private static Instant sooner(Instant a, Instant b) {
        return a == null ? b : b != null && b.isBefore(a) ? b : a;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** The partner it asks about, by the name it had then. */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.ofNullable(send.about());
    }

    @Override
    public String described() {
        return "A quarterly value question";
    }

    /**
     * By DM only, never posted in the reminder channel, and asked again {@link #RETRY_AFTER} after a try that could not
     * be delivered; no DM reaches someone who left, and the bot asks them no more: the partner needs an owner who is
     * here.
     */
    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        if (send.trouble() == SendTrouble.LEFT_SERVER) {
            return Optional.of("Hand " + (send.about() == null || send.about().isBlank() ? "the partner"
                    : Shown.text(send.about())) + " to another member with `/partner owner`: its new owner gets the "
                    + "question within the hour, and the bot asks no one who has left.");
        }
        // a reminder channel is no remedy: the question is never posted there
        return send.trouble() != SendTrouble.DMS_CLOSED ? Optional.empty() : Optional.of("Ask them to allow DMs from "
                + "server members: the question comes by DM only, and the bot tries again a week after each try, "
                + "until the quarter ends.");
    }

    /**
     * The question says only the member and the coordinators see her answers, and each press redraws it with her
     * ratings: by DM, never posted in the reminder channel for every member to read (her DMs closed). Coordinators
     * see the failure in /coach status; it is taken back ({@link #failed}) and asked again after {@link #RETRY_AFTER}.
     */
    @Override
    public boolean onlyByDm() {
        return true;
    }

    /**
     * The question, under the partner's name as it is now, unless it was skipped or answered already, its partner
     * was answered in full this quarter by someone else (the owner before a hand-over), or the partner was deleted,
     * moved on from or handed on to someone else (while the DM waited for the end of quiet hours, say). A question
     * about a partner moved on from or handed on is withdrawn, not kept open: the new owner is asked in their turn (a
     * restore, or a hand-back, within the quarter lets planning ask it afresh), where an open question nobody received
     * would hold back the owner's other questions all quarter. One the former owner already received takes no answer
     * from them once the partner is handed on ({@code Pulse}: ratings come from whoever looks after the partner), so the
     * new owner is asked in their turn, unless the former owner had answered in full before the hand-over.
     */
    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        // held for quiet hours (or tried again) past its quarter's end: that quarter's question is not asked any more,
        // and the new quarter's has its own
        ZoneId zone = settings.of(send.guildId()).zone();
        if (Quarter.ofKey(send.payload()).map(q -> !clock.instant().isBefore(q.end(zone))).orElse(false)) {
            takeBack(send);
            return Optional.empty();
        }
        // one read for the three reasons not to ask, where each was a read of its own (and the last read the
        // whole server's questions of the quarter, for every one sent)
        Optional<RatingStore.Ask> ask = db.read(c -> {
            Optional<RatingStore.Ask> a = store.ask(c, send.guildId(), send.targetId());
            boolean stands = a.isPresent() && a.get().skippedAt() == null
                    && store.ratingsOf(c, send.guildId(), a.get().id()).isEmpty()
                    && !store.answeredInFull(c, send.guildId(), a.get().partnerId(), Aspect.Kind.VALUE,
                            a.get().periodKey());
            return stands ? a : Optional.<RatingStore.Ask>empty();
        });
        if (ask.isEmpty()) {
            return Optional.empty();
        }
        Optional<Partner> partner = pulse.partner(send.guildId(), ask.get().partnerId());
        if (partner.isPresent() && (!partner.get().active() || partner.get().ownerId() != ask.get().raterId())) {
            takeBack(send);
            planning.questionClosed(); // the owner's next partner's question is due on the next run
            return Optional.empty();
        }
        return partner.map(p -> pulse.render(send.guildId(), ask.get().id(), Aspect.Kind.VALUE, p.name(), Map.of()));
    }

    /**
     * A question that could not be delivered (her DMs closed, her account gone, she left the server, Discord down past
     * the retries) was not asked: it is taken back with the FAILED mark, so that it holds back none of her other questions, and
     * planning asks her again, the same partner first, {@link #RETRY_AFTER} after this try.
     */
    @Override
    public void failed(Connection c, ScheduledSend send, String reason, SendTrouble trouble, Instant at)
            throws SQLException {
        store.withdraw(c, send.guildId(), send.targetId());
    }

    /** Deletes the send's question when nothing was answered on it: for the quarter, it was never asked. */
    private void takeBack(ScheduledSend send) {
        db.write(c -> {
            store.withdraw(c, send.guildId(), send.targetId());
            return null;
        });
    }
}
