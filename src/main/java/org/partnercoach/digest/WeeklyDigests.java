package org.partnercoach.digest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly send. Before each delivery run the planner looks at every server's schedule: when the latest send
 * time has passed and no digest is recorded for it or a later one, it records the week ({@code digest_weeks},
 * unique per server and key: the ISO week, or the ISO week and day for a second send in one ISO week after the
 * schedule moved to a later day) and queues one outbox row per subscriber and one for the coordinators' channel, in
 * one transaction.
 * A bot that was down at the time sends it once when it comes back (marked late); a longer outage sends only the
 * latest week: an older week's digest still waiting then (held for a subscriber's night, or for a server that removed
 * the bot and has added it back) is closed unsent. Each row's message is built from stored history when it is
 * claimed.
 * <p>
 * The digest shows answers shared with coordinators only, and it goes by DM, where no role is visible: before the
 * transaction the planner asks the platform whether each subscriber is a coordinator of the server now, about all of
 * them at once (one wait for the answers, however many subscribers Discord leaves unanswered, so the jobs after it
 * are not held up). One who is not (they lost the role, or left) is unsubscribed in the transaction and gets no row;
 * one the platform cannot tell about gets theirs, so an outage never costs a coordinator their digest. One
 * unsubscribed who is still in the server hears it by DM ({@link StoppedNotice}). When that leaves the digest reaching
 * nobody (no coordinators' channel, or one the bot cannot post in), the server's owner hears it ({@link NobodyNotice}).
 */
final class WeeklyDigests implements SendKind, DuePlanner {

    static final String KIND = "digest";
    /** A digest queued this long after its time says it is late (the bot was down). */
    static final Duration LATE_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);

    private final Database db;
    private final DigestStore store;
    private final DigestComposer composer;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final Messenger messenger;

    WeeklyDigests(Database db, DigestStore store, DigestComposer composer, Outbox outbox, ServerSettings settings,
                  Messenger messenger) {
        this.messenger = messenger;
        this.db = db;
        this.store = store;
        this.composer = composer;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String described() {
        return "A digest";
    }

    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        return Optional.of(send.trouble().adviceForDigest(send.channelId() != 0));
    }

    /** A subscriber's digest holds answers shared only with coordinators: by DM, never in the reminder channel. */
    @Override
    public boolean onlyByDm() {
        return true;
    }

    @Override
    public void plan(Instant now) {
        for (DigestSchedule s : db.read(store::allSchedules)) {
            try {
                plan(s, now);
            } catch (RuntimeException e) {
                log.error("could not plan the weekly digest in guild {}", s.guildId(), e);
            }
        }
    }

    private void plan(DigestSchedule s, Instant now) {
        ZoneId zone = settings.of(s.guildId()).zone();
        // only for a week that is due: the platform is asked once per subscriber and week, outside any transaction
        Optional<List<Long>> toAsk = db.read(c -> dueAt(c, s, now, zone).isPresent()
                ? Optional.of(store.subscribers(c, s.guildId())) : Optional.<List<Long>>empty());
        if (toAsk.isEmpty()) {
            return;
        }
        Map<Long, Optional<Boolean>> coordinatorNow = messenger.areCoordinators(s.guildId(), toAsk.get());
        List<Long> dropped = toAsk.get().stream()
                .filter(id -> coordinatorNow.getOrDefault(id, Optional.empty()).equals(Optional.of(false))).toList();
        // the check drops every subscriber and no channel takes it (none is set, or the bot cannot post in it): the
        // server's owner (as the platform knows it) hears that it reaches nobody now
        boolean everyoneDropped = !dropped.isEmpty() && dropped.size() == toAsk.get().size();
        boolean noChannelTakesIt = s.channelId() == 0
                || everyoneDropped && messenger.cannotPost(s.guildId(), s.channelId(), true).isPresent();
        boolean allDropped = everyoneDropped && noChannelTakesIt;
        Optional<Long> owner = allDropped ? messenger.ownerOf(s.guildId()) : Optional.empty();
        // those dropped are told by DM that their digest stopped, unless they left the server (no DM reaches them)
        java.util.Set<Long> left = dropped.isEmpty() ? java.util.Set.of()
                : messenger.membership(s.guildId(), dropped).left();
        boolean late = Duration.between(s.latest(now, zone).end(), now).compareTo(LATE_AFTER) > 0;
        List<Long> unsubscribed = new ArrayList<>();
        Optional<DigestSchedule.Week> queued = db.write(c -> {
            unsubscribed.clear();
            Optional<DigestSchedule.Week> keyed = dueAt(c, s, now, zone);
            if (keyed.isEmpty()) {
                return keyed;
            }
            long id = store.insertWeek(c, s.guildId(), keyed.get(), late, now);
            // the numbers its digest shows, kept with it: every copy shows them, and later digests compare with them
            store.insertNumbers(c, s.guildId(), id, composer.counted(s.guildId(), keyed.get().start(),
                    keyed.get().end()));
            Instant due = now.truncatedTo(ChronoUnit.SECONDS);
            for (long subscriber : store.subscribers(c, s.guildId())) {
                // one who subscribed since the platform was asked counts as unknown: they get theirs
                if (coordinatorNow.getOrDefault(subscriber, Optional.empty()).equals(Optional.of(false))) {
                    store.unsubscribe(c, s.guildId(), subscriber);
                    unsubscribed.add(subscriber);
                    if (!left.contains(subscriber)) {
                        outbox.enqueue(c, StoppedNotice.draft(s.guildId(), subscriber, id, due), now);
                    }
                } else {
                    outbox.enqueue(c, new ScheduledSend.Draft(s.guildId(), KIND, subscriber, id, "", "", due), now);
                }
            }
            if (s.channelId() != 0) {
                outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), KIND, s.channelId(), id, "", due), now);
            }
            if (!unsubscribed.isEmpty() && owner.isPresent() && store.subscribers(c, s.guildId()).isEmpty()) {
                outbox.enqueue(c, NobodyNotice.draft(s.guildId(), owner.get(), id, unsubscribed, due), now);
            }
            return keyed;
        });
        queued.ifPresent(keyed -> {
            if (!unsubscribed.isEmpty()) {
                log.info("unsubscribed user(s) {} from the weekly digest in guild {}: no longer coordinators there{}",
                        unsubscribed, s.guildId(), !allDropped ? "" : owner.isPresent()
                                ? "; it reaches nobody now, the server's owner is told"
                                : "; it reaches nobody now, and the server's owner is not known here to tell");
            }
            log.info("queued the weekly digest {} in guild {}{}", keyed.key(), s.guildId(), late ? " (late)" : "");
        });
    }

    /** The soonest send time after {@code now} of any server's schedule. */
    @Override
    public Optional<Instant> nextDue(Instant now) {
        return db.read(store::allSchedules).stream().map(s -> s.next(now, settings.of(s.guildId()).zone()))
                .min(Comparator.naturalOrder());
    }

    /** When a server's next digest goes out: {@code now} itself when one is due and not queued yet. */
    record Next(Instant at, boolean now) {
    }

    /**
     * When the server's next digest goes out, by the rule that sends it ({@link #dueAt}): now, when its latest send
     * time has passed and that week's digest has not gone (the bot was behind, or the server's zone just changed so
     * that this week's time in the new zone has passed), else the first send time to come that would send one. Empty
     * when no digest is set up.
     */
    Optional<Next> next(Connection c, long guildId, Instant now) throws SQLException {
        Optional<DigestSchedule> schedule = store.schedule(c, guildId);
        return schedule.isEmpty() ? Optional.empty() : Optional.of(next(c, schedule.get(), guildId, now));
    }

    /** {@link #next(Connection, long, Instant)} of the schedule {@code s}, read already. */
    Next next(Connection c, DigestSchedule s, long guildId, Instant now) throws SQLException {
        ZoneId zone = settings.of(guildId).zone();
        if (dueAt(c, s, now, zone).isPresent()) {
            return new Next(now, true);
        }
        // a send time whose week already had its digest (the zone moved it later in the same week) is passed over
        Instant at = s.next(now, zone);
        for (int i = 0; i < 3 && dueAt(c, s, at, zone).isEmpty(); i++) {
            at = s.next(at, zone);
        }
        return new Next(at, false);
    }

    /**
     * The week whose digest is to be queued at {@code at}, keyed, or empty when none is due then: the latest send
     * time at or before {@code at}, unless it came at or before the schedule was saved (the first is the next one
     * after it), or it or a later one already had its digest.
     */
    private Optional<DigestSchedule.Week> dueAt(Connection c, DigestSchedule s, Instant at, ZoneId zone)
            throws SQLException {
        DigestSchedule.Week week = s.latest(at, zone);
        if (!week.end().isAfter(s.since())) {
            return Optional.empty();
        }
        return due(c, s, week, zone);
    }

    /**
     * The week to record for {@code week}'s send time, keyed, or empty when this send time or a later one already
     * had its digest. A schedule moved to a later day after this ISO week's digest went out sends a second one that
     * week: it takes the day's key. A change of the server's zone never does, even after the schedule was saved again
     * with its day: it moves the send time within the week (or the day), and the week's digest went out already.
     */
    private Optional<DigestSchedule.Week> due(Connection c, DigestSchedule s, DigestSchedule.Week week, ZoneId zone)
            throws SQLException {
        long guildId = s.guildId();
        Optional<DigestStore.SentWeek> last = store.lastWeek(c, guildId);
        if (last.isPresent() && !last.get().end().isBefore(week.end())) {
            return Optional.empty();
        }
        DigestSchedule.Week keyed = week;
        Optional<DigestStore.SentWeek> sameWeek = store.week(c, guildId, week.key());
        if (sameWeek.isPresent()) {
            // moved to a later day, not to a later hour of the day the week's digest went out on (in the zone now)
            boolean laterDay = week.end().atZone(zone).toLocalDate()
                    .isAfter(sameWeek.get().end().atZone(zone).toLocalDate());
            if (!s.since().isAfter(sameWeek.get().queuedAt()) || !laterDay) {
                log.debug("the weekly digest of {} in guild {} went out already", week.key(), guildId);
                return Optional.empty();
            }
            keyed = week.onItsDay(zone);
            if (store.week(c, guildId, keyed.key()).isPresent()) {
                log.debug("the weekly digest of {} in guild {} went out already that day", keyed.key(), guildId);
                return Optional.empty();
            }
        }
        return Optional.of(keyed);
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        Optional<DigestStore.SentWeek> week = db.read(c -> {
            if (send.recipientId() != 0 && !store.subscribed(c, send.guildId(), send.recipientId())) {
                return Optional.<DigestStore.SentWeek>empty();
            }
            // a later week's digest queued since (the bot was down for a week or more, or the server had removed it):
            // this one is out of date and is not sent; the latest week's goes out instead
            return store.currentWeekById(c, send.guildId(), send.targetId());
        });
        // as it reads when it goes out (claimed now): later than its time when late, or a DM held for the morning
        return week.map(w -> {
            DigestComposer.Digest built = composer.build(send.guildId(),
                    new DigestSchedule.Week(w.key(), w.start(), w.end()), w.late(),
                    send.claimedAt() == null ? w.end() : send.claimedAt());
            // a member who has left the server is no one to nudge: the platform is asked now, outside any transaction
            DigestComposer.Digest d = built.without(leftOf(send.guildId(), built.stalledMembers()));
            // a subscriber's DM is her own copy, named with its server; the channel's post (no recipient), in the
            // server itself, lists everyone
            return send.recipientId() != 0
                    ? composer.renderByDm(d.readBy(send.recipientId()), messenger.serverName(send.guildId()))
                    : composer.render(d);
        });
    }

    /**
     * Which of {@code members} the platform says have left the server, asked at the time of the call (one question,
     * one wait for the answers); nobody when it cannot tell. Never inside a transaction: on Discord it is a request.
     */
    java.util.Set<Long> leftOf(long guildId, java.util.Collection<Long> members) {
        return members.isEmpty() ? java.util.Set.of() : messenger.membership(guildId, members).left();
    }

    @Override
    public void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
        store.weekSent(c, send.guildId(), send.targetId(), at);
    }
}
