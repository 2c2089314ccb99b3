package org.partnercoach.reminders;

import org.partnercoach.outbox.ScheduledSend;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Every partner's cultivate cycle ({@link CultivateState}) in one place: which partners are due, which still wait
 * for something in a reminder already sent, and what the owner did about them (snooze, pause, keep going).
 */
final class PartnerCycles {

    /** A partner in a reminder: its state for the current stretch, and whether it is the "pause or go on?" one. */
    record Item(Partner partner, CultivateState state, boolean question) {
    }

    private final Database db;
    private final CultivateStore store;
    private final PartnerDirectory directory;
    private final ServerSettings settings;
    private final Clock clock;

    PartnerCycles(Database db, CultivateStore store, PartnerDirectory directory, ServerSettings settings,
                  Clock clock) {
        this.db = db;
        this.store = store;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** One reminder of a server: whom it goes to (0: the reminder channel) and the ids of its partners. */
    record Listed(long recipientId, List<Long> partnerIds) {
    }

    /**
     * For each reminder (all of one server), the partners in it that get a reminder at {@code now}, the longest
     * overdue first: only those its recipient still looks after (a partner handed over since goes to its new
     * owner), and none in one to the reminder channel while the server has none. One read of the states and one of
     * the partners for all the reminders.
     */
    List<List<Item>> dueEach(long guildId, List<Listed> listed, Instant now) {
        // one for partners nobody looks after finds none while the server has no reminder channel (cleared since it
        // was queued): it is not sent, rather than given up, and nobody is reminded, as the digest says
        boolean channel = listed.stream().noneMatch(l -> l.recipientId() == 0)
                || settings.of(guildId).hasReminderChannel();
        return db.read(c -> {
            Reminders r = reminders(c, guildId, listed.stream().map(Listed::partnerIds).toList());
            return listed.stream().map(l -> l.recipientId() == 0 && !channel ? List.<Item>of()
                    : due(among(r.partners(), l.partnerIds(), l.recipientId()), r.days(), now, r.states(),
                    this::zoneOf)).toList();
        });
    }

    /**
     * The partners among {@code partners} (all of one server, already read) that get a reminder at {@code now} with
     * the server's default of {@code days}, the longest overdue first: one read of this feature's own table.
     */
    List<Item> due(long guildId, List<Partner> partners, int days, Instant now) {
        return planned(guildId, partners, days, now).due();
    }

    /**
     * What {@link #due} finds, and the first moment after {@code now} at which one of the others falls due (null: none
     * does; a paused partner, or one waiting for an answer, falls due at no time).
     */
    record Planned(List<Item> due, Instant next) {
    }

    /**
     * {@link #due}, with when the next of the others falls due: the same read. Days count in each owner's zone, which
     * moves a check-in by at most {@link CultivateState#MAX_ZONE_SHIFT} from the same number of 24-hour periods: the
     * zones are read (once for all) only when a partner falls due that close to {@code now}. The others are as due,
     * or not, in any zone; one of them is said to come that much earlier than its 24-hour count, so that the run
     * then reads its owner's zone and finds its exact time.
     */
    Planned planned(long guildId, List<Partner> partners, int days, Instant now) {
        Map<Long, CultivateState> states = db.read(c -> store.states(c, guildId));
        return db.remembering(() -> {
            java.util.Set<Long> near = new java.util.HashSet<>();
            for (Partner p : partners) {
                CultivateState s = states.getOrDefault(p.id(), CultivateState.NEW).current(p);
                Instant counted = s.nextAt(p, days, ZoneOffset.UTC);
                if (p.active() && !s.stopped() && counted.isAfter(now.minus(CultivateState.MAX_ZONE_SHIFT))
                        && !counted.isAfter(now.plus(CultivateState.MAX_ZONE_SHIFT))) {
                    near.add(p.ownerId());
                }
            }
            settings.readZonesOf(guildId, near.stream().filter(id -> id != 0).toList());
            Function<Partner, ZoneId> zones = p -> near.contains(p.ownerId()) ? zoneOf(p) : ZoneOffset.UTC;
            List<Item> due = due(partners, days, now, states, zones);
            java.util.Set<Long> taken = new java.util.HashSet<>();
            due.forEach(i -> taken.add(i.partner().id()));
            Instant next = null;
            for (Partner p : partners) {
                CultivateState s = states.getOrDefault(p.id(), CultivateState.NEW).current(p);
                Instant at = s.nextAt(p, days, zones.apply(p));
                if (!near.contains(p.ownerId())) {
                    at = at.minus(CultivateState.MAX_ZONE_SHIFT);
                }
                if (p.active() && !s.stopped() && !taken.contains(p.id()) && at.isAfter(now)
                        && (next == null || at.isBefore(next))) {
                    next = at;
                }
            }
            return new Planned(due, next);
        });
    }

    /**
     * The zone whose calendar counts a partner's days: its owner's (their own, else the server's), the server's for
     * a partner nobody looks after; as its reminder is read ({@link CultivateView}).
     */
    ZoneId zoneOf(Partner p) {
        return zoneOf(settings, p.guildId(), p.ownerId());
    }

    /** {@link #zoneOf(Partner)} of a partner of {@code guildId} looked after by {@code ownerId} (0: nobody). */
    static ZoneId zoneOf(ServerSettings settings, long guildId, long ownerId) {
        return ownerId != 0 ? settings.memberZone(guildId, ownerId) : settings.of(guildId).zone();
    }

    /** What deciding which partners of some reminders are due reads: their states, the partners, the cadence. */
    private record Reminders(Map<Long, CultivateState> states, Map<Long, Partner> partners, int days) {
    }

    /** One read of the states and one of the partners named in {@code idLists} (each one reminder's ids). */
    private Reminders reminders(Connection c, long guildId, List<List<Long>> idLists) throws SQLException {
        java.util.Set<Long> all = new java.util.LinkedHashSet<>();
        idLists.forEach(all::addAll);
        return new Reminders(store.states(c, guildId, all), activeById(guildId, all), defaultDays(guildId));
    }

    /** The active partners of this server among {@code ids}, by id (a reminder holds up to 100 of thousands). */
    private Map<Long, Partner> activeById(long guildId, Collection<Long> ids) {
        Map<Long, Partner> byId = new java.util.HashMap<>();
        directory.find(guildId, ids).stream().filter(Partner::active).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /** Those of {@code partners} named in {@code ids} that {@code recipientId} looks after (0: nobody), once each. */
    private static List<Partner> among(Map<Long, Partner> partners, List<Long> ids, long recipientId) {
        return ids.stream().distinct().map(partners::get).filter(java.util.Objects::nonNull)
                .filter(p -> p.ownerId() == recipientId).toList();
    }

    /**
     * How far ahead a reminder going out takes in its recipient's partners: one falling due within the day after
     * would otherwise wait for the next message, a day later ({@link CultivatePlanner#AT_MOST_EVERY}); it comes a
     * few hours early instead, and from then on the two partners' clocks run together, in one message. 24 hours
     * (a day of the owner's calendar may be an hour shorter or longer when the clocks change).
     */
    static final java.time.Duration TAKEN_IN_EARLY = java.time.Duration.ofDays(1);

    /**
     * The partners among {@code partners} that get a reminder at {@code now}: those due, and those of the same
     * recipient (their owner; nobody: the reminder channel) falling due within {@link #TAKEN_IN_EARLY}.
     */
    private static List<Item> due(List<Partner> partners, int days, Instant now, Map<Long, CultivateState> states,
                                  Function<Partner, ZoneId> zones) {
        Instant soon = now.plus(TAKEN_IN_EARLY);
        java.util.Set<Long> recipients = new java.util.HashSet<>();
        // each partner's due time worked out once (in its owner's zone), for the choice and for the order
        record Timed(Item item, Instant at) {
        }
        List<Timed> dueSoon = new ArrayList<>();
        for (Partner p : partners) {
            CultivateState s = states.getOrDefault(p.id(), CultivateState.NEW).current(p);
            if (!p.active() || s.stopped()) {
                continue;
            }
            Instant at = s.nextAt(p, days, zones.apply(p));
            if (!at.isAfter(soon)) {
                dueSoon.add(new Timed(new Item(p, s, s.asks()), at));
                if (!at.isAfter(now)) {
                    recipients.add(p.ownerId());
                }
            }
        }
        return dueSoon.stream().filter(t -> recipients.contains(t.item().partner().ownerId()))
                .sorted(Comparator.comparing(Timed::at).thenComparing(t -> t.item().partner().id()))
                .map(Timed::item).toList();
    }

    /**
     * What is left of a reminder already sent: {@code items}, its partners that still wait for something from its
     * recipient; {@code handed}, those that would, but were handed to someone else since (their check-ins go to
     * their new owner, as {@link #dueEach} sends them).
     */
    /**
     * What is left of a reminder: {@code items} still wait for something from it, {@code handed} went to someone else
     * since; {@code keptInTouch}: a contact with at least one of its partners was logged since it came.
     */
    record Open(List<Item> items, List<Partner> handed, boolean keptInTouch) {
    }

    /**
     * The partners of a reminder already sent that still wait for something from it: not touched, snoozed,
     * paused, answered, moved on or handed to someone else since (those last kept apart, to be named). The same
     * two reads whatever the number of partners.
     */
    Open open(ScheduledSend send, Instant now) {
        List<Long> ids = CultivateReminders.partnerIds(send);
        Map<Long, CultivateState> states = db.read(c -> store.states(c, send.guildId(), ids));
        Map<Long, Partner> partners = new java.util.HashMap<>();
        directory.find(send.guildId(), ids).forEach(p -> partners.put(p.id(), p));
        List<Item> open = new ArrayList<>();
        List<Partner> handed = new ArrayList<>();
        boolean keptInTouch = false;
        for (Long id : ids) {
            CultivateState s = states.get(id);
            keptInTouch |= s != null && partners.containsKey(id) && s.loggedSince(partners.get(id));
            Optional<Partner> partner = Optional.ofNullable(partners.get(id)).filter(Partner::active);
            if (partner.isEmpty() || s == null || !s.sameStretch(partner.get()) || s.snoozedAt(now)
                    || s.decision() == CultivateState.Decision.PAUSE
                    || (s.decidedAt() != null && s.decidedAt().isAfter(send.requestedAt()))) {
                continue;
            }
            if (partner.get().ownerId() != send.recipientId()) {
                handed.add(partner.get());
                continue;
            }
            open.add(new Item(partner.get(), s, s.waitsForAnswer()));
        }
        return new Open(open, handed, keptInTouch);
    }

    /** One reminder sent at {@code at}: whom it went to (0: the reminder channel) and the ids of its partners. */
    record Sent(long recipientId, List<Long> partnerIds, Instant at) {
    }

    /**
     * Records, with the SENT marks of reminders of one server, one more reminder for each of their partners still
     * due (and still looked after by its recipient) when its reminder went out; taken in the order sent, as if each
     * were recorded on its own. One read of the states and one of the partners, one statement to save them.
     */
    void reminded(Connection c, long guildId, List<Sent> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        Reminders r = reminders(c, guildId, sent.stream().map(Sent::partnerIds).toList());
        Map<Long, CultivateState> current = new java.util.HashMap<>(r.states());
        Map<Long, CultivateState> reminded = new java.util.LinkedHashMap<>();
        for (Sent s : sent) {
            for (Item item : due(among(r.partners(), s.partnerIds(), s.recipientId()), r.days(), s.at(), current,
                    this::zoneOf)) {
                CultivateState next = item.state().reminded(s.at());
                reminded.put(item.partner().id(), next);
                current.put(item.partner().id(), next);
            }
        }
        store.saveAll(c, guildId, reminded, sent.get(sent.size() - 1).at());
    }

    /**
     * No reminder for this partner before {@code until}: in its current stretch (pressed on a reminder older than
     * a touchpoint logged since, the snooze still holds).
     */
    void snooze(Partner p, Instant until) {
        db.write(c -> {
            CultivateState s = store.states(c, p.guildId(), List.of(p.id())).getOrDefault(p.id(),
                    CultivateState.NEW).current(p);
            store.save(c, p.guildId(), p.id(), s.snoozed(until), clock.instant());
            return null;
        });
    }

    /**
     * Records the owner's answer to "pause or keep going?"; false when a touchpoint since made the question moot
     * (the count started again).
     */
    boolean decide(Partner p, CultivateState.Decision answer) {
        return db.write(c -> {
            CultivateState s = store.states(c, p.guildId(), List.of(p.id())).getOrDefault(p.id(),
                    CultivateState.NEW);
            if (!s.sameStretch(p)) {
                return false;
            }
            Instant now = clock.instant();
            store.save(c, p.guildId(), p.id(), s.decided(answer, now), now);
            return true;
        });
    }

    int defaultDays(long guildId) {
        return settings.of(guildId).defaultCadenceDays();
    }

    /** The names now of these partners of the server, by id (one missing once deleted). */
    java.util.Map<Long, String> namesOf(long guildId, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : directory.namesOf(guildId, ids);
    }
}
