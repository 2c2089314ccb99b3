package org.partnercoach.reminders;

import org.partnercoach.chat.Departures;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.Settings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before each delivery run, queues a cultivate reminder for each owner whose partners fell due: one message per
 * owner (the reminder channel for partners nobody looks after; none for them while the server has no reminder
 * channel: nobody is reminded, as the digest and {@code /partner show} say) listing up to {@link #MAX_PARTNERS} of
 * them, the longest overdue first, with those of theirs falling due within the day after
 * ({@link PartnerCycles#TAKEN_IN_EARLY}); the rest come in the next one. An owner gets no second message while
 * one is still to go out: a message waiting for the morning takes in the partners that fell due since. Nor does an
 * owner get a second message within a day of their calendar of the last one ({@link #AT_MOST_EVERY}): partners
 * falling due meanwhile come together in the next.
 * After a message for someone could not be delivered at all, their next one waits {@link #AFTER_FAILURE}; after one
 * given up because they had left the server, none follows until the platform says they are back (asked about them a
 * day after it last said they had left, {@link Departures}) or they act in the server (a command, a button: the next
 * run sends it), or until a coordinator hands their partners to someone else, who is reminded as usual.
 */
final class CultivatePlanner implements DuePlanner {

    /** One message per owner per run: up to 100 partners (the card shows ten, four menus of 25 pick any). */
    static final int MAX_PARTNERS = 100;
    static final Duration AFTER_FAILURE = Duration.ofDays(1);
    /**
     * Owners whose check-ins one part of a rehearsal queues, claims, composes and records: as many as a run records
     * in one transaction, so that on a database other processes share a part holds rows no longer than a run does.
     */
    static final int OWNERS_A_PART = 25;
    /**
     * At most one message a day to each owner: each partner's clock runs from its own last contact, so an owner
     * with many partners would otherwise hear from the bot several times a day. A day of the owner's calendar (her
     * own zone, else the server's; the server's for the reminder channel), as cadences count: not before the same
     * time of day the next day, 23 or 25 hours on when the clocks change between, so that a daily check-in keeps
     * its time of day rather than being held an hour past it and moved.
     */
    static final Period AT_MOST_EVERY = Period.ofDays(1);
    /**
     * How far back {@link #hold} looks: the longer of its two waits, a day of any zone's calendar being up to
     * {@link CultivateState#MAX_ZONE_SHIFT} longer than 24 hours.
     */
    static final Duration LOOK_BACK = longer(Duration.ofDays(AT_MOST_EVERY.getDays())
            .plus(CultivateState.MAX_ZONE_SHIFT), AFTER_FAILURE);

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Until when an owner hears nothing more about their partners (null: nothing holds them now), and whether that
     * is the wait after a reminder that could not be delivered rather than the one after a reminder sent.
     */
    record Hold(Instant until, boolean afterFailure) {

        /** True when nothing goes to the owner at {@code at}. */
        boolean holds(Instant at) {
            return until != null && until.isAfter(at);
        }
    }

    /**
     * The rule that spaces an owner's reminders, from what became of their last ones ({@link SendHistory#lastSends}
     * after {@link #LOOK_BACK}; null: none): {@link #AT_MOST_EVERY} after the last one sent, on the calendar of
     * {@code zone} (the recipient's: {@link PartnerCycles#zoneOf}), {@link #AFTER_FAILURE} after the last one given
     * up, whichever ends later. The planner queues by it; {@code /partner show} tells it.
     */
    static Hold hold(SendHistory.LastSends last, ZoneId zone) {
        Instant sent = last == null || last.sent() == null ? null
                : last.sent().atZone(zone).plus(AT_MOST_EVERY).toInstant();
        Instant failed = last == null || last.failed() == null ? null : last.failed().plus(AFTER_FAILURE);
        return failed != null && (sent == null || failed.isAfter(sent)) ? new Hold(failed, true)
                : new Hold(sent, false);
    }

    private static final Logger log = LoggerFactory.getLogger(CultivatePlanner.class);

    /**
     * What the last run saw coming after it, for {@link #nextDue}: the shortest default cadence, when it ran (null:
     * none has), and the first moment a partner it read (past that cadence: reminded, snoozed) falls due or an owner
     * held by {@link #hold} may hear again (null: none). A hint, found again by every run; the rows and states stay the
     * record.
     */
    private record Seen(int shortest, Instant ranAt, Instant next) {
    }

    private volatile Seen seen = new Seen(Settings.DEFAULTS.defaultCadenceDays(), null, null);

    private final Database db;
    private final PartnerCycles cycles;
    private final Outbox outbox;
    private final PartnerDirectory directory;
    private final ServerSettings settings;
    /** Asked whether an owner whose last reminder was given up because she had left is back; remembers its answer. */
    private final Departures departures;

    CultivatePlanner(Database db, PartnerCycles cycles, Outbox outbox, PartnerDirectory directory,
                     ServerSettings settings, Departures departures) {
        this.db = db;
        this.departures = departures;
        this.cycles = cycles;
        this.outbox = outbox;
        this.directory = directory;
        this.settings = settings;
    }

    /**
     * A fixed number of reads whatever the number of partners: every server's default cadence, the partners whose
     * clock has run out under the shortest of them, then, per server with such partners, its reminder states.
     */
    @Override
    public void plan(Instant now) {
        Cadences cadences = cadences();
        Instant[] next = {null};
        departures.forgetBefore(now);
        late(now, cadences).forEach((guildId, partners) -> {
            try {
                next[0] = sooner(next[0], planServer(guildId, partners, cadences.of(guildId), now));
            } catch (RuntimeException e) {
                log.error("could not plan cultivate reminders in guild {}", guildId, e);
            }
        });
        seen = new Seen(cadences.shortest(), now, next[0]);
    }

    /**
     * The run's queuing, for a rehearsal: each server's owners get their message queued as {@link #plan} queues it
     * ({@link #queue}), {@link #OWNERS_A_PART} owners to a part, and owners who had left are left out, as the run
     * leaves them before asking the platform, which is not asked. The next-due hint is left to the runs.
     */
    @Override
    public void rehearseQueuing(Instant now, java.util.function.Consumer<Runnable> part) {
        eachServerDue(now, (guildId, byRecipient) -> {
            List<Long> owners = List.copyOf(byRecipient.keySet());
            for (int from = 0; from < owners.size(); from += OWNERS_A_PART) {
                Map<Long, List<PartnerCycles.Item>> some = new LinkedHashMap<>();
                owners.subList(from, Math.min(owners.size(), from + OWNERS_A_PART))
                        .forEach(owner -> some.put(owner, byRecipient.get(owner)));
                part.accept(() -> queue(guildId, some, java.util.Set.of(), now));
            }
        });
    }

    /**
     * For the rehearsal: each server with partners due at {@code now}, with them by owner ({@link #byRecipient}). A
     * server whose partners fall due within the day, none yet, is passed over: its run reads no more either.
     */
    private void eachServerDue(Instant now,
                               java.util.function.BiConsumer<Long, Map<Long, List<PartnerCycles.Item>>> then) {
        Cadences cadences = cadences();
        late(now, cadences).forEach((guildId, partners) -> {
            Map<Long, List<PartnerCycles.Item>> byRecipient = byRecipient(cycles.planned(guildId, partners,
                    cadences.of(guildId), now));
            if (!byRecipient.isEmpty()) {
                then.accept(guildId, byRecipient);
            }
        });
    }

    /** Every server's default cadence, and the shortest of them (or of the bot's default). */
    private record Cadences(Map<Long, Integer> byServer, int shortest) {

        int of(long guildId) {
            return byServer.getOrDefault(guildId, Settings.DEFAULTS.defaultCadenceDays());
        }
    }

    private Cadences cadences() {
        Map<Long, Integer> defaults = settings.defaultCadences();
        int fallback = Settings.DEFAULTS.defaultCadenceDays();
        return new Cadences(defaults, Math.min(fallback, defaults.values().stream().mapToInt(Integer::intValue).min()
                .orElse(fallback)));
    }

    /** The active partners whose clock has run out, or soon will, under their server's cadence; by server. */
    private Map<Long, List<Partner>> late(Instant now, Cadences cadences) {
        // those falling due soon too, as a reminder going out takes them in (PartnerCycles.TAKEN_IN_EARLY); and a
        // clock counted in days of its owner's zone may run out up to MAX_ZONE_SHIFT before 24-hour periods do
        return directory.outOfTouch(now.plus(PartnerCycles.TAKEN_IN_EARLY).plus(CultivateState.MAX_ZONE_SHIFT),
                        cadences.shortest()).stream()
                .collect(Collectors.groupingBy(Partner::guildId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The partners due, by owner (0: nobody's, for the reminder channel), in the order they fell due. */
    private static Map<Long, List<PartnerCycles.Item>> byRecipient(PartnerCycles.Planned planned) {
        return planned.due().stream()
                .collect(Collectors.groupingBy(i -> i.partner().ownerId(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The first moment after the last run at which a partner falls due or a held owner may hear again: a partner's
     * clock running out (one read of the partners, with the shortest default cadence the last run saw, counted
     * {@link CultivateState#MAX_ZONE_SHIFT} early as its owner's zone may move it), or what the
     * last run saw coming (a reminded or snoozed partner, an owner held by the once-a-day rule or after a failure, an
     * owner who left the server and is asked about again). A moment not after {@code now} came with no run since (the
     * console's clock runs on while a run works, and between one walk of it and the next): its work is due now.
     */
    @Override
    public java.util.Optional<Instant> nextDue(Instant now) {
        Seen last = seen;
        Instant from = last.ranAt() != null && last.ranAt().isBefore(now) ? last.ranAt() : now;
        // that early, the run reads the owner's zone and finds the exact time (those closer the last run saw)
        Instant clock = directory.nextOutOfTouch(from.plus(CultivateState.MAX_ZONE_SHIFT), last.shortest())
                .map(t -> t.minus(CultivateState.MAX_ZONE_SHIFT)).orElse(null);
        return java.util.Optional.ofNullable(sooner(clock, last.next()));
    }

    private static Instant sooner(Instant a, Instant b) {
        return a == null ? b : b != null && b.isBefore(a) ? b : a;
    }

    /**
     * Whether an owner's last reminder was given up because they had left the server, with none queued since (from
     * {@link SendHistory#lastSends}; null: nothing to tell): the planner sends them none until the platform says they
     * are back; {@code /partner show} and the digest tell it.
     */
    static boolean leftServer(SendHistory.LastSends last) {
        return last != null && last.leftServer() != null;
    }

    /**
     * One transaction per server ({@link #queue}); then, outside it, the platform is asked about the owners there who
     * had left the server and may be asked about again, and those it says are back are planned for in a second one.
     */
    private Instant planServer(long guildId, List<Partner> partners, int defaultDays, Instant now) {
        PartnerCycles.Planned planned = cycles.planned(guildId, partners, defaultDays, now);
        Map<Long, List<PartnerCycles.Item>> byRecipient = byRecipient(planned);
        if (byRecipient.isEmpty()) {
            return planned.next();
        }
        Queued queued = queue(guildId, byRecipient, java.util.Set.of(), now);
        Instant next = sooner(planned.next(), queued.heldUntil());
        if (queued.askAbout().isEmpty()) {
            return next;
        }
        java.util.Set<Long> left = departures.whoLeft(guildId, queued.askAbout(), now);
        if (!left.isEmpty()) {
            next = sooner(next, now.plus(Departures.ASK_AGAIN_AFTER));
        }
        Map<Long, List<PartnerCycles.Item>> back = new LinkedHashMap<>(byRecipient);
        back.keySet().retainAll(queued.askAbout());
        back.keySet().removeAll(left);
        return back.isEmpty() ? next : sooner(next, queue(guildId, back, back.keySet(), now).heldUntil());
    }

    /**
     * What a {@link #queue} left for later: the first moment an owner it held may hear again (null: none), and the
     * owners who had left the server that the platform may be asked about now.
     */
    private record Queued(Instant heldUntil, List<Long> askAbout) {
    }

    /**
     * One transaction: which owners have a reminder open, and what became of their last ones, is read once for all of
     * them, then each owner with partners due gets one message (or their waiting one takes in the new partners),
     * unless held by {@link #hold}, or away from the server: one whose last reminder was given up because she had left
     * it ({@link #leftServer}) hears nothing more until the platform says she is back ({@code back}) or she acts in
     * the server ({@link Departures#seenSince}), so that no reminder is refused (and listed among the failed sends)
     * day after day while her partners wait for a coordinator's hand-over, whose new owner is another recipient. She
     * is left to be asked about {@link Departures#ASK_AGAIN_AFTER} after the platform last said she had left.
     */
    private Queued queue(long guildId, Map<Long, List<PartnerCycles.Item>> byRecipient, java.util.Set<Long> back,
                         Instant now) {
        String kind = CultivateReminders.KIND;
        return db.write(c -> {
            Instant held = null;
            List<Long> ask = new java.util.ArrayList<>();
            java.util.Set<Long> open = outbox.openRecipients(c, guildId, kind);
            Map<Long, SendHistory.LastSends> last = outbox.history().lastSends(c, guildId, kind, byRecipient.keySet(),
                    now.minus(LOOK_BACK));
            // the once-a-day rule counts a day of each recipient's calendar: the zones of those reminded lately
            settings.readZonesOf(guildId, last.entrySet().stream().filter(e -> e.getKey() != 0
                    && e.getValue().sent() != null).map(Map.Entry::getKey).toList());
            List<ScheduledSend.Draft> fresh = new java.util.ArrayList<>();
            boolean channel = settings.of(guildId).hasReminderChannel();
            if (byRecipient.containsKey(0L)) {
                // check-ins for partners nobody looks after given up for want of a reminder channel (as releases
                // before this one planned them, every day): the channel is there now, or the digest tells it
                outbox.closeFailed(c, guildId, kind, 0, SendTrouble.NO_REMINDER_CHANNEL);
            }
            for (Map.Entry<Long, List<PartnerCycles.Item>> e : byRecipient.entrySet()) {
                long recipientId = e.getKey();
                if (recipientId == 0 && !channel) {
                    // nowhere to go: no send is planned to fail; the digest says nobody is reminded, and what to do
                    continue;
                }
                SendHistory.LastSends l = last.get(recipientId);
                // back when the platform says so, or when she acted in the server since (Departures.seen): no
                // request then, and her check-in goes at this run rather than after the day's look
                boolean away = leftServer(l);
                if (away && !back.contains(recipientId)
                        && !departures.seenSince(guildId, recipientId, l.leftServer())) {
                    Instant until = departures.askAgainAt(guildId, recipientId, l.leftServer(), now);
                    if (until == null) {
                        ask.add(recipientId);
                    } else {
                        held = sooner(held, until);
                    }
                    continue;
                }
                // reminded within the day, or given up on: nothing is open for them, and nothing is queued yet; back
                // in the server, the refusal that found her gone (her last try) holds nothing more
                Hold hold = hold(away ? new SendHistory.LastSends(l.sent(), null, null) : l,
                        l == null || l.sent() == null ? java.time.ZoneOffset.UTC
                                : PartnerCycles.zoneOf(settings, guildId, recipientId));
                if (hold.holds(now)) {
                    held = sooner(held, hold.until());
                    continue;
                }
                String payload = CultivateReminders.payload(e.getValue(), MAX_PARTNERS);
                if (open.contains(recipientId)) {
                    outbox.refreshPending(c, guildId, kind, recipientId, payload);
                } else {
                    // due now, to the microsecond (what Database binds: this run's claim finds it); cut to the
                    // second, it would go before what an action queued just earlier (a hand-over's notice to the
                    // new owner, which should come first)
                    fresh.add(new ScheduledSend.Draft(guildId, kind, recipientId, 0, payload, "", now));
                }
            }
            outbox.enqueueAll(c, fresh, now);
            return new Queued(held, ask);
        });
    }
}
