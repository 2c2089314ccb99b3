package org.partnercoach.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.ReminderStatus;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Where one partner's cultivate reminders stand, in words, for every place that describes them ({@code /partner
 * show}, {@code /partner log}, {@code /partner cadence}): moved on, paused (with the button that resumes them),
 * waiting for the answer to "pause or keep going?", snoozed, or when the next check-in is due.
 */
final class CultivateStatus implements ReminderStatus {

    static final String RESUME = "Resume reminders";

    private final Database db;
    private final CultivateStore store;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final Clock clock;

    CultivateStatus(Database db, CultivateStore store, Outbox outbox, ServerSettings settings, Clock clock) {
        this.db = db;
        this.store = store;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** The partner's state for its current stretch (a touchpoint since voids counts, snoozes and answers). */
    CultivateState stateOf(Partner p) {
        return db.read(c -> store.states(c, p.guildId(), java.util.List.of(p.id()))).getOrDefault(p.id(),
                CultivateState.NEW).current(p);
    }

    /** A deleted partner's reminder state goes with it. */
    @Override
    public void partnerDeleted(java.sql.Connection c, long guildId, long partnerId) throws java.sql.SQLException {
        store.delete(c, guildId, partnerId);
    }

    /** A partner handed to another member: its count and any open question start again for them. */
    @Override
    public void ownerChanged(java.sql.Connection c, long guildId, long partnerId) throws java.sql.SQLException {
        CultivateState s = store.states(c, guildId, java.util.List.of(partnerId)).get(partnerId);
        if (s != null) {
            store.save(c, guildId, partnerId, s.handedOver(), clock.instant());
        }
    }

    @Override
    public Line of(Partner p) {
        return line(p, true);
    }

    /**
     * {@link #of} in words alone, for a reply that has no button to resume the reminders (one that replaces a
     * reminder): a paused partner's line then says where that button is.
     */
    String withoutButton(Partner p) {
        return line(p, false).text();
    }

    private Line line(Partner p, boolean resumeHere) {
        int defaultDays = settings.of(p.guildId()).defaultCadenceDays();
        int days = p.cadenceDays(defaultDays);
        String cadence = "every " + days + " days without contact" + (p.cadenceDays() == null
                ? " (the server's default)" : "");
        if (!p.active()) {
            return new Line("none: it has moved on (`/partner restore` brings it back)", Optional.empty());
        }
        CultivateState s = stateOf(p);
        Instant now = clock.instant();
        boolean channel = settings.of(p.guildId()).hasReminderChannel();
        String who = p.hasOwner() ? ""
                : channel ? " · nobody looks after it, so they go to the reminder channel"
                : " · nobody looks after it and this server has no reminder channel, so nobody is reminded: "
                + "`/partner owner` picks someone to look after it";
        String resume = resumeHere ? "Press **" + RESUME + "**" : "`/partner show` has a **" + RESUME + "** button";
        if (s.decision() == CultivateState.Decision.PAUSE) {
            return new Line("⏸ Paused" + (s.decidedAt() == null ? "" : " " + TimeMarkup.relative(s.decidedAt()))
                    + " after " + s.reminders() + " reminders with no touchpoint. " + (resumeHere ? resume + ", or log "
                    + "a touchpoint with `/partner log`, and they start again" : resume + "; that, or a touchpoint "
                    + "logged with `/partner log`, starts them again") + " (" + cadence + ")",
                    Optional.of(resume(p)));
        }
        if (s.waitsForAnswer()) {
            // a handover starts the count again, so an owner here is the one asked; a partner nobody looks after
            // may have been asked in the reminder channel or of someone who has left since: name nobody then
            return new Line("⏸ On hold: after " + s.reminders() + " reminders with no touchpoint, I asked "
                    + (p.hasOwner() ? Mentions.user(p.ownerId()) + " " : "") + "whether to pause "
                    + "them or keep going, and none come until someone answers. " + resume + " to keep going, or "
                    + "log a touchpoint", Optional.of(resume(p)));
        }
        Instant next = s.nextAt(p, defaultDays);
        Instant comes = comesAt(p, next);
        String when = s.snoozedAt(now) ? "snoozed: the next check-in is due " + TimeMarkup.both(next)
                : next.isAfter(now) ? "the next check-in is due " + TimeMarkup.both(next)
                : "a check-in is due now";
        String sent = comes.isAfter(next) && comes.isAfter(now) ? " and comes with the next reminder, "
                + TimeMarkup.full(comes) + " (one a day at most)"
                : next.isAfter(now) ? "" : " and goes out shortly";
        return new Line(cadence + " · " + when + sent + who, Optional.empty());
    }

    /**
     * When a check-in due at {@code due} goes out: its owner hears from the bot at most once a day
     * ({@link CultivatePlanner#AT_MOST_EVERY}), so one falling due within a day of their last reminder waits for a
     * day after it.
     */
    private Instant comesAt(Partner p, Instant due) {
        return outbox.lastSentAt(p.guildId(), CultivateReminders.KIND, p.ownerId())
                .map(last -> last.plus(CultivatePlanner.AT_MOST_EVERY)).filter(held -> held.isAfter(due))
                .orElse(due);
    }

    static Button resume(Partner p) {
        return Button.success(CustomId.of(CultivateView.PREFIX, "resume", p.guildId(), p.id()), RESUME);
    }

    /** The server's default cadence. */
    int defaultDays(long guildId) {
        return settings.of(guildId).defaultCadenceDays();
    }

    boolean paused(Partner p) {
        return p.active() && stateOf(p).stopped();
    }
}
