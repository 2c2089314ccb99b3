package org.partnercoach.reminders;

import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.partners.PartnerPicker;
import org.partnercoach.settings.Prompts;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.SettingsFeature;
import org.partnercoach.settings.TimeZones;

/**
 * {@code /remind}, {@code /reminders list} (paged, with Cancel buttons), {@code /reminders cancel}, and the menus under a
 * message of several reminders that open each in full, with the buttons that set them all again.
 */
public final class ReminderFeature implements Feature {

    /** The command paths, shared by the spec, the dispatch and tests. */
    public static final String REMIND = "remind";
    public static final String LIST = "reminders list";
    public static final String CANCEL = "reminders cancel";
    public static final String OPTION_WHEN = "when";
    public static final String OPTION_WHAT = "what";
    public static final String OPTION_PARTNER = "partner";
    public static final String OPTION_REMINDER = "reminder";
    public static final String OPTION_TIMEZONE = "timezone";
    static final String COMPONENTS = "remind";
    static final int PER_PAGE = 10;

    private static final DateTimeFormatter CHOICE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** For two readings at different times of day ("9.30": 09:30 soon, or 30 September at 09:00). */
    private static final DateTimeFormatter DAY_TIME_LABEL =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final PersonalReminders reminders;
    private final ServerSettings settings;
    private final PartnerPicker partners;
    private final Prompts prompts;

    public ReminderFeature(PersonalReminders reminders, ServerSettings settings, PartnerPicker partners,
                           Prompts prompts) {
        this.reminders = reminders;
        this.settings = settings;
        this.partners = partners;
        this.prompts = prompts;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.leaf(REMIND, "Have the bot remind you of something",
                        OptionSpec.text(OPTION_WHEN, "When: in 3 days, tomorrow 9am, tonight, next week, Dec 1, "
                                + "12/01 14:00").withLength(1, 40).mandatory(),
                        OptionSpec.text(OPTION_WHAT, "What to remind you of")
                                .withLength(1, PersonalReminders.MAX_WHAT).mandatory(),
                        OptionSpec.text(OPTION_PARTNER, "The partner it is about (optional)")
                                .withLength(1, PersonalReminders.MAX_ABOUT).withAutocomplete(),
                        OptionSpec.text(OPTION_TIMEZONE, "Your time zone, like America/Chicago (kept for next "
                                + "time)").withAutocomplete()),
                CommandSpec.group("reminders", "Your reminders",
                        CommandSpec.leaf(LIST, "See the reminders you have coming"),
                        CommandSpec.leaf(CANCEL, "Cancel one of your reminders",
                                OptionSpec.text(OPTION_REMINDER, "The reminder to cancel").withAutocomplete()
                                        .mandatory())));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(COMPONENTS);
    }

    /** An out-of-date button or menu of a reminder, or of the list: the member's reminders as they are now. */
    @Override
    public String afterStale() {
        return "Run `/" + LIST + "` to see yours as they are now.";
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        return switch (command.path()) {
            case REMIND -> remind(command);
            case LIST -> list(who, 0, missedNote(who.guildId(), who.userId()));
            case CANCEL -> cancel(who, command.option(OPTION_REMINDER).orElse(""));
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        int page = (int) Math.max(0, id.longArg(id.action().equals("cancel") ? 1 : 0));
        return switch (id.action()) {
            case "list" -> list(who, page, "").replacingMessage();
            case "date" -> moved(who, id);
            case PersonalReminders.AGAIN -> again(who, id);
            case PersonalReminders.AGAIN_ALL -> againAll(who, id);
            case "cancel" -> list(who, page, cancelled(reminders.cancelById(who, id.longArg(0))).text())
                    .replacingMessage();
            default -> Router.stale();
        };
    }

    /**
     * The menus under a message of several reminders, and the buttons under a single one, name their server (the DM
     * they come to carries none).
     */
    @Override
    public long serverOf(CustomId id) {
        return id.action().equals("show") || id.action().equals(PersonalReminders.AGAIN)
                || id.action().equals(PersonalReminders.AGAIN_ALL) ? id.longArg(0) : 0;
    }

    /** A reminder picked from the menu under a message of several: it, in full. */
    @Override
    public Reply onSelect(Inbound.Selection selection) {
        CustomId id = selection.customId();
        long guildId = id.longArg(0);
        long picked = selection.pickedId();
        if (!id.action().equals("show") || guildId <= 0 || picked <= 0) {
            return Router.stale();
        }
        return reminders.shown(selection.caller(), guildId, picked);
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        Caller who = request.caller();
        if (who.guildId() == 0) {
            return List.of();
        }
        if (OPTION_PARTNER.equals(request.option())) {
            return partners.suggest(who.guildId(), request.typed());
        }
        if (OPTION_TIMEZONE.equals(request.option())) {
            return TimeZones.suggest(request.typed());
        }
        ZoneId zone = settings.memberZone(who.guildId(), who.userId());
        String typed = request.typed() == null ? "" : request.typed().strip().toLowerCase(Locale.ROOT);
        List<ScheduledSend> mine = reminders.pending(who);
        // a number typed is the reminder the list shows with it: offered first, with its number, so that a pick agrees
        long place = PersonalReminders.typedNumber(typed).map(PersonalReminders::place).orElse(0L);
        java.util.Optional<ScheduledSend> numbered = place >= 1 && place <= mine.size()
                ? java.util.Optional.of(mine.get((int) place - 1)) : java.util.Optional.empty();
        java.util.stream.Stream<OptionSpec.Choice> first = numbered.stream().map(r -> choice(place + ". ", r, zone));
        return java.util.stream.Stream.concat(first, mine.stream()
                        .filter(r -> numbered.map(n -> n.id() != r.id()).orElse(true))
                        .filter(r -> r.payload().toLowerCase(Locale.ROOT).contains(typed))
                        .map(r -> choice("", r, zone)))
                .limit(Limits.AUTOCOMPLETE_CHOICES)
                .toList();
    }

    /** A reminder suggested for {@code reminder:}: its time and text, and the value that names it alone. */
    private static OptionSpec.Choice choice(String number, ScheduledSend r, ZoneId zone) {
        return new OptionSpec.Choice(Limits.clip(number + CHOICE_TIME.format(r.requestedAt().atZone(zone)) + " · "
                + r.payload().replace('\n', ' '), Limits.CHOICE_NAME), PersonalReminders.suggestionValue(r));
    }

    private Reply remind(Inbound.Command command) {
        Caller who = command.caller();
        // the partner must be one on the outreach list; the reminder keeps it (its id, and its name as it is spelled
        // there now), and shows it as it is called when shown
        java.util.Optional<org.partnercoach.partners.Partner> picked = command.option(OPTION_PARTNER)
                .map(typed -> partners.pick(who.guildId(), typed));
        String partner = picked.map(org.partnercoach.partners.Partner::name).orElse("");
        // one the coalition moved on from: set all the same (she may still want it), and said
        String movedOn = picked.flatMap(partners::movedOnNote).orElse("");
        String whenText = command.option(OPTION_WHEN).orElse("");
        String zoneNote = command.option(OPTION_TIMEZONE).map(typed -> ownZone(who, typed)).orElse("");
        WhenParser.When when = reminders.read(who, whenText);
        PersonalReminders.check(command.option(OPTION_WHAT).orElse(""), partner);
        if (zoneNote.isEmpty() && WhenParser.needsZone(whenText)
                && settings.ownZone(who.guildId(), who.userId()).isEmpty()
                && prompts.asked(who.guildId(), who.userId(), Prompts.MEMBER_ZONE)) {
            return askZone(who, whenText);
        }
        // "tonight" said late: before quiet hours begin, or when they end, with the other on a button
        java.util.Optional<PersonalReminders.Tonight> tonight = WhenParser.saysTonight(whenText)
                ? reminders.tonight(who, when.at()) : java.util.Optional.empty();
        PersonalReminders.Added added = reminders.add(who, tonight.map(PersonalReminders.Tonight::at)
                .orElse(when.at()), command.option(OPTION_WHAT).orElse(""),
                picked.map(org.partnercoach.partners.Partner::id).orElse(0L), partner);
        String shownPartner = Shown.text(partner);
        // the command sent twice: the one she has is kept, and said so
        String gotIt = zoneNote + (added.already() ? "You already have this reminder, so I didn't set it twice. "
                : "Got it. ");
        List<Instant> otherTimes = tonight.map(t -> List.of(t.other())).orElse(when.others());
        if (otherTimes.isEmpty()) {
            return confirmation(gotIt, added, shownPartner, movedOn, when.note());
        }
        ZoneId zone = settings.memberZone(who.guildId(), who.userId());
        ZonedDateTime kept = added.reminder().requestedAt().atZone(zone);
        List<ZonedDateTime> others = otherTimes.stream().map(at -> at.atZone(zone)).toList();
        DateTimeFormatter label = others.stream().allMatch(o -> o.toLocalTime().equals(kept.toLocalTime()))
                ? DAY_LABEL : DAY_TIME_LABEL;
        long id = added.reminder().id();
        List<Button> buttons = new ArrayList<>();
        buttons.add(Button.success(CustomId.of(COMPONENTS, "date", id, kept.toEpochSecond()), label.format(kept)));
        others.forEach(o -> buttons.add(Button.secondary(CustomId.of(COMPONENTS, "date", id, o.toEpochSecond()),
                label.format(o))));
        if (tonight.isPresent()) {
            PersonalReminders.Tonight t = tonight.get();
            String hours = t.quiet().describe() + " your time";
            return confirmation(gotIt, added, shownPartner, movedOn, t.beforeQuiet()
                    ? "`tonight` would fall in quiet hours (" + hours + "), so I set it for before they begin. "
                    + "Rather have it when they end, " + label.format(others.get(0)) + "? Press it below."
                    : "Quiet hours (" + hours + ") " + (t.begun() ? "have begun, so `tonight`"
                    // said just before they begin (20:52, with 21:00-08:00): too late for a quarter before them
                    : "begin at " + t.quiet().start() + ", too soon to fit `tonight` in before them, so it")
                    + " will come when they end, tomorrow at "
                    + t.quiet().end() + ". Rather have it in the evening? Press " + label.format(others.get(0))
                    + " below, or cancel it with `/reminders cancel` and set another time.")
                    .withButtons(buttons.toArray(Button[]::new));
        }
        return confirmation(gotIt, added, shownPartner, movedOn,
                (when.note().isEmpty() ? "" : when.note() + "\n")
                + WhenParser.quoted(whenText) + " could also mean "
                + String.join(" or ", others.stream().map(label::format).toList()) + ". Which did you mean? I keep the first until you pick.")
                .withButtons(buttons.toArray(Button[]::new));
    }

    /** Sets the member's own zone from {@code /remind timezone:}; returns the line that says so. */
    private String ownZone(Caller who, String typed) {
        if (typed.equalsIgnoreCase(SettingsFeature.SERVER_ZONE)) {
            settings.setOwnZone(who.guildId(), who.userId(), java.util.Optional.empty());
            // they told us: a later "tomorrow 9am" no longer asks which zone they are in
            prompts.asked(who.guildId(), who.userId(), Prompts.MEMBER_ZONE);
            return "You follow the server's time zone, " + TimeZones.label(settings.of(who.guildId()).zone())
                    + ". ";
        }
        ZoneId zone = TimeZones.parse(typed);
        settings.setOwnZone(who.guildId(), who.userId(), java.util.Optional.of(zone));
        return "Your time zone is now " + TimeZones.label(zone) + " (change it with `/settings timezone`). "
                + TimeZones.fixedOffsetNote(zone, reminders.now()).map(n -> n + " ").orElse("");
    }

    /** The first time a member names a time on the clock without a zone of their own: ask, save nothing. */
    private Reply askZone(Caller who, String whenText) {
        String server = TimeZones.label(settings.of(who.guildId()).zone());
        return Reply.text("Which time zone are you in? " + WhenParser.quoted(whenText)
                + " depends on it, and you haven't told me yours yet (this server runs on " + server + ").\n"
                + "Run the same `/remind` again and add `timezone:` — start typing your city and pick it from the "
                + "list; I'll keep it for next time. If " + server + " is right for you, just run it again as it "
                + "is. Nothing was saved yet.");
    }

    /**
     * "Snooze 1 hour" or "Tomorrow morning" under a reminder that came: the same reminder set again, and the message
     * kept with a line that says when it comes instead of the buttons. A post in the reminder channel keeps naming
     * its member.
     */
    private Reply again(Caller who, CustomId id) {
        long guildId = id.longArg(0);
        long reminderId = id.longArg(1);
        java.util.Optional<PersonalReminders.Again> when = PersonalReminders.Again.of(id.arg(2));
        if (guildId <= 0 || reminderId <= 0 || when.isEmpty()) {
            return Router.stale();
        }
        if (fromOtherServer(who, guildId)) {
            return Reply.text("That reminder belongs to another server, so nothing was changed. See yours here with "
                    + "`/" + LIST + "`.");
        }
        PersonalReminders.SetAgain set = reminders.again(who, guildId, reminderId, when.get());
        ScheduledSend r = set.again();
        String line;
        if (r.status() == ScheduledSend.Status.PENDING || r.status() == ScheduledSend.Status.CLAIMED) {
            line = (set.earlier() ? "You already set this reminder again. " : "⏰ ")
                    + "I'll remind you again " + TimeMarkup.both(set.sendsAt()) + "."
                    + heldFor(r.guildId(), r.recipientId(), r.requestedAt(), set.sendsAt(), "it waits")
                    + " See all yours with `/reminders list`.";
        } else {
            line = "You already set this reminder again for " + TimeMarkup.full(r.requestedAt()) + ", and it has "
                    + (r.status() == ScheduledSend.Status.CANCELLED ? "been cancelled" : "come") + " since. Set a "
                    + "new one with `/remind`.";
        }
        Reply reply = Reply.card(reminders.cardNow(set.original())).inPublic();
        if (!who.inDm()) {
            // a post in the reminder channel: it still names whose reminder it is (an edit pings nobody)
            line = org.partnercoach.chat.Mentions.user(who.userId()) + " " + line;
            reply = reply.mentioning(Set.of(who.userId()));
        }
        return reply.withText(line).replacingMessage();
    }

    /**
     * "Snooze all 1 hour" or "All tomorrow morning" under a message of several reminders: each set again once, and a
     * reply, to the member alone, that says how many and when. The message keeps its menus, to open each.
     */
    private Reply againAll(Caller who, CustomId id) {
        long guildId = id.longArg(0);
        long first = id.longArg(1);
        java.util.Optional<PersonalReminders.Again> when = PersonalReminders.Again.of(id.arg(2));
        if (guildId <= 0 || first <= 0 || when.isEmpty()) {
            return Router.stale();
        }
        if (fromOtherServer(who, guildId)) {
            return Reply.text("Those reminders belong to another server, so nothing was changed. See yours here with "
                    + "`/" + LIST + "`.");
        }
        PersonalReminders.SetAllAgain set = reminders.againAll(who, guildId, first, when.get(), id.longArg(3));
        String quiet = heldFor(guildId, who.userId(), set.at(), set.sendsAt(), set.set() == 1 ? "it waits"
                : "they wait");
        String line;
        if (set.set() == 0) {
            line = "You already set " + allOf(set.earlier()) + " of these again, so nothing more was changed.";
        } else if (set.earlier() == 0) {
            line = "⏰ I'll remind you of " + allOf(set.set()) + " again " + TimeMarkup.both(set.sendsAt()) + "." + quiet;
        } else {
            line = "⏰ I'll remind you of " + set.set() + " of these again " + TimeMarkup.both(set.sendsAt()) + "."
                    + quiet + " "
                    + (set.earlier() == 1 ? "The other one you had" : "The other " + set.earlier() + " you had")
                    + " already set again, so " + (set.earlier() == 1 ? "it stays as it was."
                    : "they stay as they were.");
        }
        return Reply.text(line + " See all yours with `/" + LIST + "`.");
    }

    /** A button under a reminder of server {@code guildId} pressed in another server (a DM carries none). */
    private static boolean fromOtherServer(Caller who, long guildId) {
        return !who.inDm() && who.guildId() != guildId;
    }

    private Reply moved(Caller who, CustomId id) {
        long at = id.longArg(1);
        if (at <= 0) {
            return Router.stale();
        }
        PersonalReminders.Added added = reminders.move(who, id.longArg(0), Instant.ofEpochSecond(at));
        // its partner as it is now: the buttons may be pressed long after the reminder was set
        java.util.Optional<ReminderPartner> partner = reminders.partnerOf(added.reminder());
        return confirmation("Done. ", added, partner.map(ReminderPartner::shown).orElse(""),
                partner.map(ReminderPartner::note).orElse(""), "").replacingMessage();
    }

    /**
     * "Got it. I'll remind you ...", the quiet-hours note, {@code question} (if any), where to see them all, and who
     * else sees them. {@code partner}: the reminder's partner as shown, Markdown escaped ("" for none);
     * {@code partnerNote}: a line under it about it ("" for none).
     */
    private Reply confirmation(String opening, PersonalReminders.Added added, String partner, String partnerNote,
                               String question) {
        ScheduledSend r = added.reminder();
        StringBuilder text = new StringBuilder(opening).append("I'll remind you ")
                .append(TimeMarkup.both(r.requestedAt()))
                .append(":\n> ").append(Shown.text(Limits.clip(r.payload(), 300)).replace("\n", "\n> "));
        if (!partner.isEmpty()) {
            text.append("\nPartner: ").append(partner);
        }
        if (!partnerNote.isEmpty()) {
            text.append('\n').append(partnerNote);
        }
        if (added.sendsAt().isAfter(r.requestedAt())) {
            text.append("\nThat falls in quiet hours (").append(quietHours(r.guildId(), r.recipientId()))
                    .append("), so it will reach you at ")
                    .append(TimeMarkup.full(added.sendsAt())).append(" instead.");
        }
        if (!question.isEmpty()) {
            text.append('\n').append(question);
        }
        String missed = missedNote(r.guildId(), r.recipientId());
        if (!missed.isEmpty()) {
            text.append('\n').append(missed);
        }
        // the digest lists the coming week's reminders to coordinators (the "asks coming up"): said here, so
        // that nobody learns it from the digest
        return Reply.text(text.append("\nSee all yours with `/reminders list`. Coordinators see the coming week's "
                + "reminders in their weekly digest.").toString());
    }

    /**
     * The quiet hours that hold a member's reminder, as they apply: the server's hours, in the member's own time zone
     * ("21:00–08:00 your time, Asia/Tokyo"), else in the server's, which is theirs until they set one.
     */
    private String quietHours(long guildId, long memberId) {
        String hours = settings.of(guildId).quietHours().describe() + " your time, ";
        return settings.ownZone(guildId, memberId)
                .map(own -> hours + TimeZones.label(own))
                .orElseGet(() -> hours + TimeZones.label(settings.of(guildId).zone()) + ", the server's time zone; "
                        + "`/settings timezone` sets your own");
    }

    /**
     * After a snooze's "I'll remind you again (when it comes)": why that is later than the time the snooze set,
     * when quiet hours hold it (empty when they do not), so that the reply never promises it "in 60 minutes".
     */
    private String heldFor(long guildId, long memberId, Instant asked, Instant comes, String waits) {
        return comes.isAfter(asked) ? " " + TimeMarkup.full(asked) + " falls in quiet hours ("
                + quietHours(guildId, memberId) + "), so " + waits + " until they end." : "";
    }

    /**
     * When the member's last reminder, or her last check-in about her partners, could not reach her: which, why, and
     * what lets the next ones through (her DMs closed: allowing DMs from the server's members); one note when both
     * missed her for the same reason; empty otherwise.
     */
    private String missedNote(long guildId, long memberId) {
        java.util.Optional<ScheduledSend> reminder = reminders.missed(guildId, memberId);
        java.util.Optional<ScheduledSend> checkIn = reminders.missedCheckIn(guildId, memberId);
        if (reminder.isEmpty()) {
            return checkIn.map(Unreached::checkInNote).orElse("");
        }
        ScheduledSend r = reminder.get();
        String yours = "Your reminder for " + TimeMarkup.full(r.requestedAt()) + " (“"
                + Shown.text(Limits.clip(r.payload().replace('\n', ' '), 80)) + "”)";
        if (checkIn.isPresent() && checkIn.get().trouble() == r.trouble()) {
            return "⚠️ " + new Unreached(r.trouble()).note(yours + " and " + Unreached.checkIn(checkIn.get()), true)
                    + ".";
        }
        return "⚠️ " + new Unreached(r.trouble()).note(yours, true) + "."
                + checkIn.map(c -> "\n" + Unreached.checkInNote(c)).orElse("");
    }

    /** "both" for two, else "all 3". */
    private static String allOf(int count) {
        return count == 2 ? "both" : "all " + count;
    }

    /**
     * {@code /reminders cancel}: the reminder it named, cancelled; or, when it named several, those, numbered and with
     * their Cancel buttons as the list has them (a page's worth, and how many more).
     */
    private Reply cancel(Caller who, String reference) {
        PersonalReminders.Cancel result = reminders.cancel(who, reference);
        if (!(result instanceof PersonalReminders.Cancel.Pick pick)) {
            return cancelled(((PersonalReminders.Cancel.Done) result).reminder());
        }
        int all = pick.places().size();
        List<Integer> shown = pick.places().subList(0, Math.min(all, PER_PAGE));
        String footer = all > shown.size() ? "The first " + shown.size() + " of " + all + " that match · /" + LIST
                + " shows them all" : all + " of your " + pick.mine().size();
        return numbered(pick.mine(), shown, footer).withText(pick.text());
    }

    private static Reply cancelled(ScheduledSend r) {
        return Reply.text("Cancelled your reminder for " + TimeMarkup.full(r.requestedAt()) + ": "
                + Shown.text(Limits.clip(r.payload(), 200)));
    }

    /**
     * When a reminder of the list comes: the time asked for, and how far off it is; one that comes later (held for
     * quiet hours, waiting to be tried again, or due and on its way) says when it comes and the time it was asked for,
     * never how long ago that was.
     */
    private String whenItComes(ScheduledSend r) {
        Instant asked = r.requestedAt();
        Instant comes = reminders.sendsAt(r);
        if (!comes.isAfter(asked)) {
            return TimeMarkup.both(asked);
        }
        String askedFor = "asked for " + TimeMarkup.full(asked);
        if (!comes.isAfter(reminders.now())) {
            return "comes any moment now · " + askedFor;
        }
        String why = comes.isAfter(reminders.readyAt(r)) ? ", after quiet hours"
                : r.attempts() > 0 ? ", when I try sending it again" : "";
        return "comes " + TimeMarkup.both(comes) + why + " · " + askedFor;
    }

    /** One page of the member's reminders, with a Cancel button each and Previous / Next. */
    private Reply list(Caller who, int page, String notice) {
        List<ScheduledSend> mine = reminders.pending(who);
        if (mine.isEmpty()) {
            return Reply.text((notice.isBlank() ? "" : notice + "\n") + "You have no reminders coming. Set one with "
                    + "`/remind when:\"tomorrow 9am\" what:\"Call Lincoln High\"`.");
        }
        int pages = (mine.size() + PER_PAGE - 1) / PER_PAGE;
        int shown = Math.min(page, pages - 1);
        List<Integer> places = java.util.stream.IntStream.range(shown * PER_PAGE,
                Math.min(mine.size(), (shown + 1) * PER_PAGE)).boxed().toList();
        Reply reply = numbered(mine, places, (pages > 1 ? "Page " + (shown + 1) + " of " + pages + " · " : "")
                + mine.size() + " coming").withText(notice);
        return Row.pager(shown, pages, p -> CustomId.of(COMPONENTS, "list", p)).map(reply::withRow).orElse(reply);
    }

    /**
     * The reminders at {@code places} (from 0) of the member's list, numbered as {@code /reminders list} numbers
     * them, each with its Cancel button (which brings back the page it is on).
     */
    private Reply numbered(List<ScheduledSend> mine, List<Integer> places, String footer) {
        StringBuilder body = new StringBuilder();
        List<Button> cancels = new ArrayList<>();
        // the partners of the reminders shown, as they are now: one read for the page
        java.util.Map<Long, ReminderPartner> partnersNow = reminders.partnersOf(places.stream().map(mine::get)
                .toList());
        for (int i : places) {
            ScheduledSend r = mine.get(i);
            body.append(i + 1).append(". ").append(whenItComes(r)).append("\n   ")
                    .append(Shown.text(Limits.clip(r.payload().replace('\n', ' '), 200)));
            ReminderPartner partner = partnersNow.get(r.id());
            if (partner != null) {
                body.append(" · ").append(partner.listed());
            }
            body.append('\n');
            cancels.add(Button.secondary(CustomId.of(COMPONENTS, "cancel", r.id(), i / PER_PAGE), "Cancel " + (i + 1)));
        }
        return Reply.card(new Card("Your reminders", body.toString(), List.of(), footer)).withRows(Row.grid(cancels));
    }
}
