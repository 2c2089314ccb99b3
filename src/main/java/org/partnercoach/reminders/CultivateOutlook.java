package org.partnercoach.reminders;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.Settings;
import org.partnercoach.storage.Database;

/**
 * Where the cultivate reminders of some partners stand, for the coordinators' digest: worked out by the same rule
 * that sends them ({@link CultivateState}), so "going cold" and what an owner hears tell one story. A partner past
 * its cadence since the last contact may not be due a reminder yet: its owner was reminded since, and the next one
 * waits a cadence after that reminder (or until a snooze ends), or its reminders are paused.
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
        NOBODY
    }

    /**
     * @param lastReminder the last reminder since the partner's last contact (null: none)
     * @param next         when the next reminder may go out (null when paused, on hold or nobody is reminded)
     */
    public record Outlook(Stand stand, Instant lastReminder, Instant next) {
    }

    private final Database db;
    private final CultivateStore store;
    private final ServerSettings settings;

    CultivateOutlook(Database db, CultivateStore store, ServerSettings settings) {
        this.db = db;
        this.store = store;
        this.settings = settings;
    }

    /** How the reminders of these active partners of one server stand at {@code at}, by partner id: one read. */
    public Map<Long, Outlook> of(long guildId, List<PartnerDirectory.Listed> partners, Instant at) {
        Map<Long, Outlook> outlooks = new HashMap<>();
        if (partners.isEmpty()) {
            return outlooks;
        }
        Settings s = settings.of(guildId);
        Map<Long, CultivateState> states = db.read(c -> store.states(c, guildId,
                partners.stream().map(PartnerDirectory.Listed::id).toList()));
        for (PartnerDirectory.Listed p : partners) {
            CultivateState state = states.getOrDefault(p.id(), CultivateState.NEW).current(p.lastTouchAt());
            outlooks.put(p.id(), outlook(p, state, s, at));
        }
        return outlooks;
    }

    private static Outlook outlook(PartnerDirectory.Listed p, CultivateState s, Settings settings, Instant at) {
        if (!p.hasOwner() && !settings.hasReminderChannel()) {
            return new Outlook(Stand.NOBODY, s.remindedAt(), null);
        }
        if (s.decision() == CultivateState.Decision.PAUSE) {
            return new Outlook(Stand.PAUSED, s.remindedAt(), null);
        }
        if (s.waitsForAnswer()) {
            return new Outlook(Stand.ON_HOLD, s.remindedAt(), null);
        }
        int cadence = p.cadenceDays() != null ? p.cadenceDays() : settings.defaultCadenceDays();
        Instant next = s.nextAt(p.lastContact(), cadence);
        Stand stand = !next.isAfter(at) ? Stand.DUE : s.snoozedAt(at) ? Stand.SNOOZED : Stand.COMING;
        return new Outlook(stand, s.remindedAt(), next);
    }
}
