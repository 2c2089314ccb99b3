package org.partnercoach.reminders;

import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Departures;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerActions;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.PartnerPicker;
import org.partnercoach.partners.ReminderStatus;
import org.partnercoach.partners.Touchpoint;
import org.partnercoach.settings.Settings;

/**
 * {@code /partner cadence}, and the buttons, menu and form of a cultivate reminder: log a touchpoint (which resets
 * the partner's clock), snooze a day or a week, "we've moved on" (the outreach list's own rules), and the answer to
 * "pause reminders or keep going?". Each answer replaces the reminder with what is still left in it: a partner
 * handed to someone else since is left out, and named with who looks after it now.
 */
public final class CultivateFeature implements Feature {

    /** The command path, shared by the spec, the dispatch and tests. */
    public static final String CADENCE = "partner cadence";
    public static final String OPTION_PARTNER = "partner";
    public static final String OPTION_DAYS = "days";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_KIND = "kind";
    static final int MAX_NOTE = 1000;

    /** A press on a reminder: who acts (in the reminder's server), on which reminder and which partner. */
    private record Target(Caller who, ScheduledSend send, Partner partner) {
    }

    private final PartnerCycles cycles;
    private final CultivateView view;
    private final CultivateStatus status;
    private final Outbox outbox;
    private final PartnerDirectory directory;
    private final PartnerPicker picker;
    private final PartnerActions actions;
    private final Clock clock;
    /** What the platform last said of an owner who had left the server, or that she has acted in it since. */
    private final Departures departures;
    /** What she typed under a check-in to tell of a contact: the Log a touchpoint form starts with it. */
    private final ToldContacts told;

    CultivateFeature(PartnerCycles cycles, CultivateView view, CultivateStatus status, Outbox outbox,
                     PartnerDirectory directory, PartnerPicker picker, PartnerActions actions, Clock clock,
                     Departures departures, ToldContacts told) {
        this.told = told;
        this.departures = departures;
        this.cycles = cycles;
        this.view = view;
        this.status = status;
        this.outbox = outbox;
        this.directory = directory;
        this.picker = picker;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("partner", "The coalition's outreach list",
                CommandSpec.leaf(CADENCE, "How often to keep in touch with a partner before a reminder",
                        OptionSpec.text(OPTION_PARTNER, "The partner organization").mandatory().withAutocomplete(),
                        OptionSpec.integer(OPTION_DAYS, "Days without contact before a reminder (0: the server's "
                                + "default)", 0, Settings.MAX_CADENCE_DAYS).mandatory())));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(CultivateView.PREFIX);
    }

    /** Every component of a reminder (and the Resume button) names its server first. */
    @Override
    public long serverOf(CustomId id) {
        return id.longArg(0);
    }

    /** A reminder's button, menu or form out of date: no command showed it, so say where partners stand now. */
    @Override
    public String afterStale() {
        return CultivateView.LOOKED_AFTER;
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        if (!command.path().equals(CADENCE)) {
            throw new IllegalArgumentException(command.path());
        }
        PartnerActions.CadenceSet cadence = actions.setCadence(command.caller(),
                command.option(OPTION_PARTNER).orElse(""), command.option(OPTION_DAYS).orElse(""));
        Partner p = cadence.partner();
        ReminderStatus.Line set = status.afterCadence(p, command.caller().userId());
        Reply reply = Reply.text(cadence.unchanged() ? PartnerActions.nothingChanged(p) + " It " + set.text()
                : "Saved: “" + Shown.text(p.name()) + "” " + set.text());
        return set.action().map(reply::withButtons).orElse(reply);
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        long guildId = request.caller().guildId();
        return OPTION_PARTNER.equals(request.option()) && guildId != 0
                ? picker.suggest(guildId, request.typed()) : List.of();
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        CustomId id = press.customId();
        if (id.action().equals("resume")) {
            return resume(press.caller(), id);
        }
        Optional<Target> target = target(press.caller(), id, id.longArg(2));
        if (target.isEmpty()) {
            return deletedOrStale(press.caller(), id, id.longArg(2));
        }
        Target t = target.get();
        Partner p = t.partner();
        String undone = p.active() ? null : switch (id.action()) {
            case "snooze" -> "So I didn't snooze it: it gets no check-in reminders now";
            case "pause" -> "So I paused nothing: it gets no check-in reminders now";
            case "keep" -> "So I didn't keep its reminders going: it gets none now";
            case "archive" -> "So there's nothing more to do for it here: it gets no check-in reminders now";
            default -> null;
        };
        if (undone != null) {
            // archived since the reminder: the press changes nothing, whoever made it, and says why
            return movedOn(t, undone);
        }
        String doing = switch (id.action()) {
            case "snooze" -> "snooze its reminders";
            case "archive" -> "say we've moved on from it";
            case "pause", "keep" -> "pause or keep its reminders";
            default -> "";
        };
        // the partner as it stands now: a reminder's recipient no longer decides for a partner handed on since
        if (!doing.isEmpty() && p.hasOwner() && p.ownerId() != t.send().recipientId()
                && p.ownerId() != t.who().userId() && !t.who().coordinator()) {
            // refused as below, saying first what happened, over what is left of the reminder
            return shown(t.send(), cycles.open(t.send(), clock.instant()), CheckInReplies.handedOn(List.of(p))
                    + ". Only they or a coordinator can " + doing + " now, so nothing changed; you can still log "
                    + "touchpoints with `/partner log`.", p.id());
        }
        if (id.action().equals("archive")) {
            actions.requireOwnerOrCoordinator(t.who(), p, doing, () -> ownerAway(p));
        } else if (!doing.isEmpty()) {
            // a partner nobody looks after has its check-ins in the reminder channel: whoever answers them there may
            actions.requireMayTendCheckIns(t.who(), p, doing, () -> ownerAway(p));
        }
        return switch (id.action()) {
            case "list" -> refreshed(t, "");
            case "log" -> logForm(t);
            case "snooze" -> snooze(t, id.longArg(3));
            case "archive" -> {
                // no news queued for an owner the bot knows has left (the platform is not asked: see ownerAway)
                actions.archive(t.who(), p.id(), null, this::ownerAway);
                yield refreshed(t, "“" + Shown.text(p.name()) + "” has moved on. That's fine: commitment changes over time. "
                        + "`/partner restore` brings it back.");
            }
            case "pause" -> refreshed(t, cycles.decide(p, CultivateState.Decision.PAUSE)
                    ? "Paused reminders for “" + Shown.text(p.name()) + "”. `/partner show` says so and has a **"
                    + CultivateStatus.RESUME + "** button; logging a touchpoint with `/partner log` starts them "
                    + "again too." : moot(t));
            case "keep" -> refreshed(t, cycles.decide(p, CultivateState.Decision.KEEP)
                    ? "I'll keep the reminders for “" + Shown.text(p.name()) + "” coming every "
                    + Count.of(p.cadenceDays(cycles.defaultDays(p.guildId())), "day") + " without contact."
                    : moot(t));
            default -> Router.stale();
        };
    }

    @Override
    public Reply onSelect(Inbound.Selection selection) {
        long partnerId = selection.pickedId();
        if (!selection.customId().action().equals("pick")) {
            return Router.stale();
        }
        Optional<Target> target = target(selection.caller(), selection.customId(), partnerId);
        if (target.isEmpty()) {
            return deletedOrStale(selection.caller(), selection.customId(), partnerId);
        }
        Target t = target.get();
        if (!t.partner().active()) {
            return movedOn(t, "So nothing here was snoozed, and it gets no check-in reminders now");
        }
        PartnerCycles.Open open = cycles.open(t.send(), clock.instant());
        Optional<PartnerCycles.Item> picked = open.items().stream().filter(i -> i.partner().id() == partnerId)
                .findFirst();
        if (picked.isPresent()) {
            return view.partner(t.send(), picked.get()).replacingMessage();
        }
        boolean handed = open.handed().stream().anyMatch(p -> p.id() == partnerId);
        return shown(t.send(), open, handed ? CheckInReplies.handedOn(List.of(t.partner())) + "."
                : "“" + Shown.text(t.partner().name()) + "” needs nothing more from this reminder.", partnerId);
    }

    /**
     * The Log a touchpoint form, starting with the words she typed under this check-in to tell of the contact, when
     * they may be about this partner (and the kind they tell).
     */
    private Reply logForm(Target t) {
        Partner p = t.partner();
        Optional<ToldContacts.Told> said = told.forForm(t.send().guildId(), t.send().id(), t.who().userId(), p.id());
        // archived since the check-in came: the form says so before she writes (the reply after says who and why)
        Form.Input note = Form.Input.paragraph(FIELD_NOTE, "What happened?", MAX_NOTE)
                .withPlaceholder(p.active() ? "e.g. Coffee with Maria: their priority this spring is..."
                        : "It was archived since this reminder came; a contact is still kept. What happened?");
        Form.Input kind = Form.Input.shortText(FIELD_KIND, "Kind", 10).optional()
                .withPlaceholder("meeting, call, email, intro, event or note");
        if (said.isPresent()) {
            note = note.prefilled(said.get().words());
            if (said.get().kind() != Touchpoint.Kind.NOTE) {
                kind = kind.prefilled(said.get().kind().key());
            }
        }
        return Reply.form(new Form(CultivateView.id("logged", t.send(), p.id()), "Touchpoint: " + p.name(),
                List.of(note, kind)));
    }

    @Override
    public Reply onModal(Inbound.ModalSubmit submit) {
        CustomId id = submit.customId();
        Optional<Target> target = target(submit.caller(), id, id.longArg(2));
        if (target.isEmpty() || !id.action().equals("logged")) {
            return Router.stale();
        }
        Target t = target.get();
        String kindText = submit.field(FIELD_KIND).strip();
        Optional<Touchpoint.Kind> kind = kindText.isEmpty() ? Optional.of(Touchpoint.Kind.NOTE)
                : Touchpoint.Kind.parse(kindText);
        boolean stored = directory.logTouchpoint(t.send().guildId(), t.partner().id(), t.who().userId(),
                kind.orElse(Touchpoint.Kind.NOTE), submit.field(FIELD_NOTE), clock.instant()).isPresent();
        told.forget(t.send().guildId(), t.send().id(), t.who().userId());
        Partner p = directory.find(t.send().guildId(), t.partner().id()).orElse(t.partner());
        // the same words just logged (with /partner log, or this form sent again) are kept once, as /partner log says
        String logged = !stored ? "You've already logged that contact with “" + Shown.text(p.name()) + "” in those "
                + "words, so I kept the one entry. "
                : "Logged your touchpoint with “" + Shown.text(p.name()) + "”"
                + (kind.isEmpty() ? " as a note (I didn't recognise the kind “" + Limits.clip(kindText, 20) + "”)"
                : "") + ". ";
        // the line /partner log gives: when the next check-in is due, and when it really comes
        // archived since the reminder: the contact is kept all the same, and she is told who archived it and why
        return refreshed(t, logged + (p.active() ? "Its reminders now count from this contact: "
                + status.withoutButton(p, t.who().userId()) + ". Nice work keeping the relationship warm!"
                : movedOnLine(t, "So no check-in reminders come for it")));
    }

    private Reply snooze(Target t, long days) {
        if (days != 1 && days != 7) {
            return Router.stale();
        }
        // whole seconds: the database would round a finer time, perhaps past the snooze's end, and the reply would
        // then take the partner's clock for later than the snooze
        // days of the owner's calendar: a snooze pressed at 10:00 ends at 10:00, across a daylight-saving change too
        Partner p = t.partner();
        Instant until = CultivateState.daysAfter(clock.instant(), days, cycles.zoneOf(p))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        cycles.snooze(p, until);
        return refreshed(t, "Snoozed “" + Shown.text(p.name()) + "”" + afterSnooze(p, until, t.who().userId()) + ".");
    }

    /**
     * When the partner's next reminder is really due after a snooze to {@code until}: its own clock (a cadence after
     * the last contact, or its restore) may run longer, say after a contact logged, or a restore, since the
     * reminder; and when it comes, if later (quiet hours, the once-a-day rule). A paused partner, or one whose
     * "pause or keep going?" waits for an answer, gets none until that changes: the reply says so, and where the
     * button that resumes them is, since the reminder it replaces has none.
     */
    private String afterSnooze(Partner p, Instant until, long reader) {
        CultivateState s = status.stateOf(p);
        if (!p.active() || s.stopped()) {
            return ". Reminders: " + status.withoutButton(p, reader);
        }
        int cadence = p.cadenceDays(status.defaultDays(p.guildId()));
        Instant next = s.nextAt(p, status.defaultDays(p.guildId()), cycles.zoneOf(p));
        String comes = status.comes(p, next).clause();
        // the moment its clock counts from (Partner.cycleFrom): a restore later than the last contact, else that
        String from = p.countsFromRestore() ? "it was brought back"
                : p.lastTouch().isPresent() ? "the last contact" : "it was added";
        String why = next.isAfter(until) ? ", " + Count.of(cadence, "day") + " after " + from
                + ", which is later than the snooze" + (comes.isEmpty() ? "" : ",") : "";
        return ": the next reminder is due " + TimeMarkup.both(next) + why + comes;
    }

    /** "Resume reminders" on a partner's page: answers "keep going" for a paused partner (or one on hold). */
    private Reply resume(Caller caller, CustomId id) {
        long guildId = id.longArg(0);
        if (guildId <= 0 || caller.guildId() != guildId) {
            return Router.stale();
        }
        Partner p = directory.find(guildId, id.longArg(1)).orElse(null);
        if (p == null) {
            return Router.stale();
        }
        if (!p.active()) {
            return Reply.text("“" + Shown.text(p.name()) + "” has moved on, so it gets no reminders. `/partner restore` brings it "
                    + "back first.");
        }
        if (!status.paused(p)) {
            return Reply.text("Reminders for “" + Shown.text(p.name()) + "” are already running: "
                    + status.of(p, caller.userId()).text() + ".");
        }
        actions.requireMayTendCheckIns(caller, p, "resume its reminders", () -> ownerAway(p));
        cycles.decide(p, CultivateState.Decision.KEEP);
        return Reply.text("Reminders for “" + Shown.text(p.name()) + "” start again: " + status.of(p, caller.userId()).text()
                + ".");
    }

    /**
     * The partner's owner, when the bot knows she has left the server without asking the platform (a button's answer
     * takes the place of its message, so nothing is asked before it): her last check-in was given up because she had
     * left, or the platform said so within the day, and she has not acted in the server since; as the planner holds
     * her check-ins. Empty otherwise: she may still have left, and a refusal then names her with a coordinator.
     */
    private Set<Long> ownerAway(Partner p) {
        if (!p.hasOwner()) {
            return Set.of();
        }
        Instant now = clock.instant();
        SendHistory.LastSends last = outbox.history().recent(p.guildId(), CultivateReminders.KIND, p.ownerId(), now,
                now).last();
        boolean givenUp = CultivatePlanner.leftServer(last)
                && !departures.seenSince(p.guildId(), p.ownerId(), last.leftServer());
        return givenUp || departures.askAgainAt(p.guildId(), p.ownerId(), now) != null ? Set.of(p.ownerId())
                : Set.of();
    }

    private Reply refreshed(Target t, String notice) {
        return shown(t.send(), cycles.open(t.send(), clock.instant()), notice, 0);
    }

    /**
     * What is left of a reminder ({@code open}), in place of it, under {@code notice}: its partners handed to someone
     * else since are left out, and a line after the notice says who looks after them now (all but {@code told},
     * which the notice names already; 0: none).
     */
    private Reply shown(ScheduledSend send, PartnerCycles.Open open, String notice, long told) {
        List<Partner> handed = open.handed().stream().filter(p -> p.id() != told).toList();
        String said = handed.isEmpty() ? notice
                : (notice.isEmpty() ? "" : notice + "\n") + CheckInReplies.handedOn(handed) + ".";
        return view.reminder(send, open.items(), said, open.keptInTouch()).replacingMessage();
    }

    /**
     * A press about a partner the coalition moved on from since the reminder: who archived it, when and why, {@code
     * so} (what the press did not do), and how to bring it back, over what is left of the reminder. Nothing changes.
     */
    private Reply movedOn(Target t, String so) {
        return refreshed(t, movedOnLine(t, so));
    }

    /**
     * That the partner of {@code t} has moved on: who archived it, when and why, {@code so} (a sentence without its
     * stop), and how to bring it back.
     */
    private String movedOnLine(Target t, String so) {
        return directory.movedOn(t.send().guildId(), t.partner().id())
                .map(m -> m.told(so))
                .orElseGet(() -> "“" + Shown.text(t.partner().name()) + "” has moved on. " + so + ". `/partner "
                        + "restore` brings it back.");
    }

    /** Why this reminder's question no longer stands: its partner came back from moved-on, or was touched, since. */
    private String moot(Target t) {
        Partner p = t.partner();
        if (p.restoredAt() != null && p.restoredAt().isAfter(t.send().requestedAt())) {
            return "“" + Shown.text(p.name()) + "” was brought back from moved-on since this reminder, so its "
                    + "reminders start afresh from then. Reminders: " + status.withoutButton(p, t.who().userId()) + ".";
        }
        return "A touchpoint with “" + Shown.text(p.name()) + "” was logged since, so its reminders simply start over.";
    }

    /**
     * A button or menu of a reminder whose partner was deleted since: said so (which partner, when and by whom, once
     * its deletion is known by its id), over what is left of the reminder; anything else out of date gets the stale
     * answer.
     */
    private Reply deletedOrStale(Caller caller, CustomId id, long partnerId) {
        return reminder(caller, id, partnerId)
                .map(send -> shown(send, cycles.open(send, clock.instant()), directory.deletionOf(
                        id.longArg(0), partnerId).orElse("That partner was deleted from the outreach list since this "
                        + "reminder, so there's nothing left to do for it here. `/partner list mine:true` shows the "
                        + "partners you look after."), 0))
                .orElseGet(Router::stale);
    }

    /**
     * The reminder and partner a component names, checked: a press in a server must come from the reminder's
     * server, and one in a DM from the member it was sent to. Empty when the reminder or partner is not (or no
     * longer) there.
     */
    private Optional<Target> target(Caller caller, CustomId id, long partnerId) {
        long guildId = id.longArg(0);
        return reminder(caller, id, partnerId).flatMap(send -> directory.find(guildId, partnerId)
                .map(p -> new Target(caller.inGuild(guildId), send, p)));
    }

    /** The reminder a component names, when it is still kept and names {@code partnerId}, checked as {@link #target}. */
    private Optional<ScheduledSend> reminder(Caller caller, CustomId id, long partnerId) {
        long guildId = id.longArg(0);
        Optional<ScheduledSend> send = guildId <= 0 ? Optional.empty() : outbox.find(guildId, id.longArg(1))
                .filter(s -> s.kind().equals(CultivateReminders.KIND)
                        && CultivateReminders.partnerIds(s).contains(partnerId));
        if (send.isPresent()
                && (caller.inDm() ? send.get().recipientId() != caller.userId() : caller.guildId() != guildId)) {
            throw new UserError("That reminder was meant for someone else, so I can't act on it for you. "
                    + "`/partner list mine:true` shows the partners you look after.");
        }
        return send;
    }
}
