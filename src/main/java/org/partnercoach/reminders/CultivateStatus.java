package org.partnercoach.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerActions;
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
        return db.read(c -> store.states(c, p.guildId(), List.of(p.id()))).getOrDefault(p.id(),
                CultivateState.NEW).current(p);
    }

    /** A deleted partner's reminder state goes with it. */
    @Override
    public void partnerDeleted(java.sql.Connection c, long guildId, long partnerId) throws java.sql.SQLException {
        store.delete(c, guildId, partnerId);
    }

    /**
     * A partner handed to another member: its count and any open question start again for them. Saved as written
     * when it was: a handover starts no stretch, so a state from before a restore stays void (a snooze set before
     * the partner moved on does not come back with the new owner).
     */
    @Override
    public void ownerChanged(java.sql.Connection c, long guildId, long partnerId) throws java.sql.SQLException {
        CultivateState s = store.states(c, guildId, List.of(partnerId)).get(partnerId);
        if (s != null) {
            store.save(c, guildId, partnerId, s.handedOver(), s.writtenAt());
        }
        // a check-in for partners nobody looks after, given up for want of a reminder channel by a release that
        // still planned such check-ins, is old news once a member takes one on: the planner closes it otherwise
        outbox.closeFailed(c, guildId, CultivateReminders.KIND, 0, SendTrouble.NO_REMINDER_CHANNEL);
    }

    @Override
    public Line of(Partner p, long readerId) {
        return line(p, true, readerId);
    }

    @Override
    public String missedCheckIn(long guildId, long memberId) {
        return Unreached.last(outbox, CultivateReminders.KIND, guildId, memberId, clock.instant())
                .map(Unreached::checkInNote).orElse("");
    }

    @Override
    public Line afterCadence(Partner p, long readerId) {
        int days = p.cadenceDays(defaultDays(p.guildId()));
        String set = "may go " + Count.of(days, "day") + " without contact" + (p.cadenceDays() == null
                ? " (the server's default)" : "") + " before a reminder. ";
        if (!p.active()) {
            return new Line(set + "It has moved on, so no reminders come for it; the cadence counts again if "
                    + "`/partner restore` brings it back.", Optional.empty());
        }
        Line now = of(p, readerId);
        return new Line(set + "Reminders: " + now.text() + ". Every touchpoint you log with `/partner log` starts "
                + "the count again.", now.action());
    }

    /**
     * {@link #of} in words alone, for a reply that has no button to resume the reminders (one that replaces a
     * reminder): a paused partner's line then says where that button is.
     */
    String withoutButton(Partner p, long readerId) {
        return line(p, false, readerId).text();
    }

    private Line line(Partner p, boolean resumeHere, long readerId) {
        int defaultDays = settings.of(p.guildId()).defaultCadenceDays();
        int days = p.cadenceDays(defaultDays);
        String cadence = "every " + Count.of(days, "day") + " without contact" + (p.cadenceDays() == null
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
                + PartnerActions.TAKE_IT_ON;
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
        java.time.ZoneId zone = PartnerCycles.zoneOf(settings, p.guildId(), p.ownerId());
        Instant next = s.nextAt(p, defaultDays, zone);
        String when = s.snoozeDecides(p.cycleFrom(), days, now, zone)
                ? "snoozed: the next check-in is due " + TimeMarkup.both(next)
                : next.isAfter(now) ? "the next check-in is due " + TimeMarkup.both(next)
                : "a check-in is due now";
        // nobody reminded: it goes out to nobody, at no time; else one read of what became of the last check-ins,
        // for the once-a-day rule and for whether the owner's last one reached them
        if (!p.hasOwner() && !channel) {
            return new Line(cadence + " · " + when + who, Optional.empty());
        }
        SendHistory.Recent recent = outbox.history().recent(p.guildId(), CultivateReminders.KIND, p.ownerId(),
                now.minus(CultivatePlanner.LOOK_BACK), now.minus(Unreached.TOLD_FOR));
        String sent = p.hasOwner() && CultivatePlanner.leftServer(recent.last())
                ? awayClause(readerId == p.ownerId(), next.isAfter(now))
                : Coming.of(settings, p.guildId(), p.ownerId(), next, now,
                        CultivatePlanner.hold(recent.last(), zone)).clause();
        return new Line(cadence + " · " + when + sent + who + missedNote(p, readerId, recent.tried()),
                Optional.empty());
    }

    /**
     * What becomes of the check-in of an owner who had left the server: to anyone else, it waits until she is back
     * (or handed on); to her, back since she reads it, the one due now comes soon: her command told the bot she is
     * back ({@code Departures.seen}), and the planner's next run sends it (within a day at most, when another bot
     * process plans: {@code Departures.ASK_AGAIN_AFTER}).
     */
    private static String awayClause(boolean you, boolean coming) {
        return !you ? " and waits until they're back in the server" : coming ? "" : " and comes soon";
    }

    /**
     * When the owner's last check-in could not reach them (given up: their DMs closed and no reminder channel, say),
     * within {@link Unreached#TOLD_FOR} and until a later one does ({@code tried}: her check-in tried last within that
     * time): why, and what lets the next ones through; to the owner when she reads it ({@code readerId}), else about
     * her; empty otherwise.
     */
    private String missedNote(Partner p, long readerId, Optional<ScheduledSend> tried) {
        if (!p.hasOwner()) {
            return "";
        }
        boolean you = readerId == p.ownerId();
        return Unreached.given(tried)
                .map(r -> " · ⚠️ " + new Unreached(r.trouble()).note(you ? "my last check-in"
                        : "my last check-in for " + Mentions.user(p.ownerId()), you)).orElse("");
    }

    /**
     * When a check-in due at {@code due} reaches whom it is for, and what holds it past its due time (or past now,
     * once due): the once-a-day rule or the wait after an undelivered reminder ({@link CultivatePlanner#hold}), then
     * the recipient's quiet hours, as the outbox holds it ({@link OutboxJob#afterQuietHours}).
     */
    record Coming(Instant due, Instant now, CultivatePlanner.Hold hold, Instant at) {

        /**
         * The rule: a check-in due at {@code due} goes out then (now, once due), or when {@code hold} ends if it holds
         * it then, or when the quiet hours of {@code to} (0: the server's reminder channel) end after that.
         */
        static Coming of(ServerSettings settings, long guildId, long to, Instant due, Instant now,
                         CultivatePlanner.Hold hold) {
            Instant planned = due.isAfter(now) ? due : now;
            if (hold.holds(planned)) {
                planned = hold.until();
            }
            return new Coming(due, now, hold, OutboxJob.afterQuietHours(settings, guildId, to, planned));
        }

        /** True when it comes later than its due time (or than now, once due). */
        boolean held() {
            return at.isAfter(due.isAfter(now) ? due : now);
        }

        /**
         * Why it comes later than its due time, in words ("one a day at most", "the last reminder could not be
         * delivered", "after quiet hours"); empty when it comes on time.
         */
        List<String> why() {
            Instant unheld = due.isAfter(now) ? due : now;
            List<String> why = new ArrayList<>();
            if (!at.isAfter(unheld)) {
                return why;
            }
            boolean held = hold.holds(unheld);
            if (held) {
                why.add(hold.afterFailure() ? "the last reminder could not be delivered" : "one a day at most");
            }
            if (at.isAfter(held ? hold.until() : unheld)) {
                why.add("after quiet hours");
            }
            return why;
        }

        /**
         * " and comes with the next reminder, (time) (one a day at most)", " and comes (time) (after quiet hours)",
         * " and goes out with the next try, ..." (the last reminder could not be delivered); " and goes out shortly"
         * once due with nothing holding it; nothing when it comes at its due time.
         */
        String clause() {
            if (!held()) {
                return due.isAfter(now) ? "" : " and goes out shortly";
            }
            boolean held = hold.holds(due.isAfter(now) ? due : now);
            String lead = !held ? " and comes " : hold.afterFailure() ? " and goes out with the next try, "
                    : " and comes with the next reminder, ";
            return lead + TimeMarkup.full(at) + " (" + String.join("; ", why()) + ")";
        }
    }

    /** {@link Coming} for a check-in of {@code p} due at {@code due}: its owner's (or the channel's) last reminders. */
    Coming comes(Partner p, Instant due) {
        return Coming.of(settings, p.guildId(), p.ownerId(), due, clock.instant(), hold(p.guildId(), p.ownerId()));
    }

    /**
     * The rule that spaces the check-ins of {@code to} (0: the reminder channel), from their last ones: one read of
     * their own rows, as the status line's ({@link SendHistory#recent}), not the planner's read of many owners at once.
     */
    CultivatePlanner.Hold hold(long guildId, long to) {
        Instant now = clock.instant();
        return CultivatePlanner.hold(outbox.history().recent(guildId, CultivateReminders.KIND, to,
                now.minus(CultivatePlanner.LOOK_BACK), now).last(), PartnerCycles.zoneOf(settings, guildId, to));
    }

    /**
     * When a check-in of {@code to} due at {@code due} reaches them: then, or later when {@code hold} (their
     * {@link #hold}) or their quiet hours hold it, as {@link Coming} tells it at its due time.
     */
    Instant reaches(long guildId, long to, Instant due, CultivatePlanner.Hold hold) {
        return Coming.of(settings, guildId, to, due, due, hold).at();
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
