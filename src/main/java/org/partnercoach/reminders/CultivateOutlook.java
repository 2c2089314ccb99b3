package org.partnercoach.reminders;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.Settings;
import org.partnercoach.storage.Database;

/**
 * Where the cultivate reminders of some partners stand, for the coordinators' digest: worked out by the same rule
 * that sends them ({@link CultivateState}), so "going cold" and what an owner hears tell one story. A partner past
 * its cadence since the last contact may not be due a reminder yet: its owner was reminded since, and the next one
 * waits a cadence after that reminder (or until a snooze ends), or its reminders are paused, or its owner left the
 * server.
 */
public final class CultivateOutlook {

    /** How a partner's reminders stand. */
    public enum Stand {
        /** A reminder is due: it goes out with the next run (or in the morning, after quiet hours). */
        DUE,
        /** The next reminder comes at {@link Outlook#next()}. */
        COMING,
        /** Snoozed by its owner until {@link Outlook#next()}. */
        SNOOZED,
        /** Paused after reminders with no touchpoint, until a touchpoint or "Resume reminders". */
        PAUSED,
        /** Its owner was asked whether to pause or keep going, and none come until they answer. */
        ON_HOLD,
        /** Nobody looks after it and the server has no reminder channel: nobody is reminded. */
        NOBODY,
        /**
         * Its owner's last reminder was given up because they had left the server: none come until they are back, or
         * until a coordinator hands it to someone else ({@code /partner owner}).
         */
        OWNER_LEFT
    }

    /**
     * @param lastReminder the last reminder since the partner's last contact (null: none)
     * @param next         when the next reminder may go out (null when paused, on hold or nobody is reminded)
     * @param comes        when a reminder due or coming really goes out (null for the other stands): {@code next}
     *                     (or the outlook's time, once due), or later when the once-a-day rule, the wait after an
     *                     undelivered reminder or the owner's quiet hours hold it, by the rule that sends it
     * @param heldBecause  why {@code comes} is later, in words ("after quiet hours", "one a day at most", "the last
     *                     reminder could not be delivered", joined by "; "); empty when it is not
     */
    public record Outlook(Stand stand, Instant lastReminder, Instant next, Instant comes, String heldBecause) {

        Outlook(Stand stand, Instant lastReminder, Instant next) {
            this(stand, lastReminder, next, null, "");
        }

        /** True when a due or coming reminder goes out later than its time: {@link #heldBecause} says why. */
        public boolean held() {
            return !heldBecause.isEmpty();
        }
    }

    private final Database db;
    private final CultivateStore store;
    private final Outbox outbox;
    private final ServerSettings settings;

    CultivateOutlook(Database db, CultivateStore store, Outbox outbox, ServerSettings settings) {
        this.db = db;
        this.store = store;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * How the reminders of these active partners of one server stand at {@code at}, by partner id: a read of their
     * states, then, for the owners of those reminded at all, one of their time zones (their days, and their quiet
     * hours, count in their own zones), and for those due or coming, one of what became of their last reminders
     * (held by the once-a-day rule or after one not delivered, or given up because their owner left the server).
     */
    public Map<Long, Outlook> of(long guildId, List<PartnerDirectory.Listed> partners, Instant at) {
        Map<Long, Outlook> outlooks = new HashMap<>();
        if (partners.isEmpty()) {
            return outlooks;
        }
        Settings s = settings.of(guildId);
        Map<Long, CultivateState> states = db.read(c -> store.states(c, guildId,
                partners.stream().map(PartnerDirectory.Listed::id).toList()));
        Map<Long, CultivateState> reminded = new HashMap<>();
        for (PartnerDirectory.Listed p : partners) {
            CultivateState state = states.getOrDefault(p.id(), CultivateState.NEW).current(p.lastTouchAt(),
                    p.restoredAt());
            Outlook stopped = stopped(p, state, s);
            if (stopped != null) {
                outlooks.put(p.id(), stopped);
            } else {
                reminded.put(p.id(), state);
            }
        }
        if (reminded.isEmpty()) {
            return outlooks;
        }
        return db.remembering(() -> {
            settings.readZonesOf(guildId, partners.stream().filter(p -> reminded.containsKey(p.id()))
                    .map(PartnerDirectory.Listed::ownerId).filter(id -> id != 0).distinct().toList());
            Set<Long> recipients = new LinkedHashSet<>();
            for (PartnerDirectory.Listed p : partners) {
                CultivateState state = reminded.get(p.id());
                if (state != null) {
                    Outlook o = outlook(p, state, s, at, PartnerCycles.zoneOf(settings, guildId, p.ownerId()));
                    outlooks.put(p.id(), o);
                    if (o.stand() == Stand.DUE || o.stand() == Stand.COMING) {
                        recipients.add(p.ownerId());
                    }
                }
            }
            if (recipients.isEmpty()) {
                return outlooks;
            }
            Map<Long, SendHistory.LastSends> last = db.read(c -> outbox.history().lastSends(c, guildId,
                    CultivateReminders.KIND, recipients, at.minus(CultivatePlanner.LOOK_BACK)));
            for (PartnerDirectory.Listed p : partners) {
                Outlook o = outlooks.get(p.id());
                if (o.stand() != Stand.DUE && o.stand() != Stand.COMING) {
                    continue;
                }
                SendHistory.LastSends owners = last.get(p.ownerId());
                if (CultivatePlanner.leftServer(owners)) {
                    // the planner sends her nothing until the platform says she is back (CultivatePlanner.queue)
                    outlooks.put(p.id(), new Outlook(Stand.OWNER_LEFT, o.lastReminder(), o.next()));
                    continue;
                }
                CultivateStatus.Coming coming = CultivateStatus.Coming.of(settings, guildId, p.ownerId(), o.next(), at,
                        CultivatePlanner.hold(owners, PartnerCycles.zoneOf(settings, guildId, p.ownerId())));
                outlooks.put(p.id(), new Outlook(o.stand(), o.lastReminder(), o.next(),
                        coming.held() ? coming.at() : o.next().isAfter(at) ? o.next() : at,
                        String.join("; ", coming.why())));
            }
            return outlooks;
        });
    }

    /** The outlook of a partner nobody is reminded of, or whose reminders are paused or on hold; null otherwise. */
    private static Outlook stopped(PartnerDirectory.Listed p, CultivateState s, Settings settings) {
        if (!p.hasOwner() && !settings.hasReminderChannel()) {
            return new Outlook(Stand.NOBODY, s.remindedAt(), null);
        }
        if (s.decision() == CultivateState.Decision.PAUSE) {
            return new Outlook(Stand.PAUSED, s.remindedAt(), null);
        }
        if (s.waitsForAnswer()) {
            return new Outlook(Stand.ON_HOLD, s.remindedAt(), null);
        }
        return null;
    }

    /** The outlook of a partner that is reminded, its days counted in {@code zone} (its owner's). */
    private static Outlook outlook(PartnerDirectory.Listed p, CultivateState s, Settings settings, Instant at,
                                   java.time.ZoneId zone) {
        int cadence = p.cadenceDays() != null ? p.cadenceDays() : settings.defaultCadenceDays();
        Instant next = s.nextAt(p.cycleFrom(), cadence, zone);
        Stand stand = !next.isAfter(at) ? Stand.DUE
                : s.snoozeDecides(p.cycleFrom(), cadence, at, zone) ? Stand.SNOOZED : Stand.COMING;
        return new Outlook(stand, s.remindedAt(), next);
    }
}
