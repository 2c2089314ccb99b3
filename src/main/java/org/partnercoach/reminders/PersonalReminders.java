package org.partnercoach.reminders;

import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.OutboxJob;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.PartOfDay;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Spacing;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;

/** A member's own reminders ({@code /remind}): queued as scheduled sends of kind "personal", sent by DM. */
public final class PersonalReminders implements SendKind {

    public static final String KIND = "personal";
    public static final int MAX_PENDING = 100;
    public static final int MAX_WHAT = 500;
    public static final int MAX_ABOUT = 100;

    /**
     * A reminder just set, and when it will really go out (later than asked when it falls in quiet hours);
     * {@code already}: the member had this very one waiting (the same words, partner and time: the command sent
     * twice), which is kept, and no second one is set.
     */
    public record Added(ScheduledSend reminder, Instant sendsAt, boolean already) {
        public Added(ScheduledSend reminder, Instant sendsAt) {
            this(reminder, sendsAt, false);
        }
    }

    /**
     * A member's reminder still to come: when it may go out, quiet hours aside ({@link #readyAt}: the time asked for,
     * or its next try after a failed send), and when it reaches them ({@link #sendsAt}).
     */
    public record Upcoming(ScheduledSend reminder, Instant readyAt, Instant sendsAt) {

        /** It comes later than it could because it falls in the member's quiet hours. */
        public boolean afterQuietHours() {
            return sendsAt.isAfter(readyAt);
        }

        /** It comes later than asked for (quiet hours aside) because a send failed and it waits for its next try. */
        public boolean sentAgain() {
            return reminder.attempts() > 0 && readyAt.isAfter(reminder.requestedAt());
        }
    }

    private final Outbox outbox;
    private final ServerSettings settings;
    private final PartnerDirectory partners;
    private final WhenParser when;
    private final Clock clock;

    /** {@code partners}: the partners the reminders name, read as they are now when a reminder is shown. */
    public PersonalReminders(Outbox outbox, ServerSettings settings, PartnerDirectory partners, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.partners = partners;
        this.when = new WhenParser(clock);
        this.clock = clock;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** Its words, and its partner as {@code /reminders list} names it now (renamed, moved on, deleted). */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.of(send.payload() + partnerOf(send).map(p -> " · " + p.listed(name -> name)).orElse(""));
    }

    @Override
    public String described() {
        return "A reminder";
    }

    /** Now, as the reminders' clock reads it. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Refuses an empty (or {@linkplain Shown#blank blank-looking}) or too long reminder text or partner name, before
     * anything else is asked or saved.
     */
    public static void check(String whatText, String aboutText) {
        String what = whatText == null ? "" : whatText.strip();
        String about = aboutText == null ? "" : aboutText.strip();
        if (Shown.blank(what)) {
            throw new UserError("Tell me what to remind you of, for example `/remind when:\"tomorrow 9am\" "
                    + "what:\"Call Lincoln High\"`.");
        }
        if (what.length() > MAX_WHAT) {
            throw new UserError("That reminder is " + Count.charactersLong(what) + "; the most I "
                    + "can keep is " + MAX_WHAT + ". Please shorten it and try again. Nothing was saved.");
        }
        if (about.length() > MAX_ABOUT) {
            throw new UserError("The partner's name can be up to " + MAX_ABOUT + " characters. Nothing was saved.");
        }
    }

    /** When the member means, read in their time zone (with the other reading of a date like "12/01"). */
    public WhenParser.When read(Caller who, String whenText) {
        requireServer(who);
        return when.read(whenText, settings.memberZone(who.guildId(), who.userId()));
    }

    /**
     * Sets a reminder for a moment already read with {@link #read}, about the partner {@code partnerId} (0 for none),
     * called {@code aboutText} now: the reminder shows the partner as it is called when it is shown, and this name
     * once the partner is deleted.
     */
    public Added add(Caller who, Instant at, String whatText, long partnerId, String aboutText) {
        requireServer(who);
        String what = whatText == null ? "" : whatText.strip();
        String about = aboutText == null ? "" : aboutText.strip();
        check(what, about);
        // the same command sent twice (unsure the first went through): one reminder, not two that both come
        Optional<ScheduledSend> same = pending(who).stream().filter(r -> r.requestedAt().equals(at)
                && r.partnerId() == partnerId && r.payload().strip().equalsIgnoreCase(what)).findFirst();
        if (same.isPresent()) {
            return new Added(same.get(), sendsAt(same.get()), true);
        }
        ScheduledSend added = outbox.enqueueBelow(new ScheduledSend.Draft(who.guildId(), KIND, who.userId(), 0, 0,
                what, about, at, partnerId), clock.instant(), MAX_PENDING).orElseThrow(() -> new UserError(
                "You already have " + MAX_PENDING + " reminders waiting, the most I keep for one person. Cancel some "
                + "with `/reminders cancel`, then try again."));
        return new Added(added, sendsAt(added));
    }

    /**
     * When one of the member's pending reminders reaches them: {@link #readyAt}, or the end of their quiet hours when
     * that falls in them, as the outbox holds it.
     */
    public Instant sendsAt(ScheduledSend reminder) {
        return reaches(reminder, readyAt(reminder));
    }

    /** When a reminder ready at {@code ready} reaches its member: then, or when their quiet hours end. */
    private Instant reaches(ScheduledSend reminder, Instant ready) {
        return OutboxJob.afterQuietHours(settings, reminder.guildId(), reminder.recipientId(), ready);
    }

    /**
     * When a pending reminder may go out, quiet hours aside: the time asked for, the next try after a failed send,
     * or now, whichever is latest.
     */
    public Instant readyAt(ScheduledSend reminder) {
        Instant now = clock.instant();
        Instant at = reminder.requestedAt().isAfter(now) ? reminder.requestedAt() : now;
        // a failed try waits for its retry; a row held for quiet hours (never tried) is decided again above
        return reminder.attempts() > 0 && reminder.status() == ScheduledSend.Status.PENDING
                && reminder.dueAt().isAfter(at) ? reminder.dueAt() : at;
    }

    /**
     * Every member's reminders of this server still to go out, due after {@code from} and up to {@code to}, soonest
     * first, each with when it reaches its member ({@link #sendsAt}; their zones read at once): the coordinators'
     * digest, after it goes out, up to when the next one does.
     */
    public List<Upcoming> upcoming(long guildId, Instant from, Instant to) {
        List<ScheduledSend> open = outbox.openBetween(guildId, KIND, from, to);
        settings.readZonesOf(guildId, open.stream().map(ScheduledSend::recipientId).toList());
        return open.stream().map(r -> {
            Instant ready = readyAt(r);
            return new Upcoming(r, ready, reaches(r, ready));
        }).sorted(java.util.Comparator.comparing(Upcoming::sendsAt)).toList();
    }

    /** The member's reminders still to come, soonest first. */
    public List<ScheduledSend> pending(Caller who) {
        requireServer(who);
        return outbox.open(who.guildId(), KIND, who.userId());
    }

    /**
     * The member's reminder tried last (within {@link Unreached#TOLD_FOR}), when it could not reach her (given up:
     * her DMs closed and no reminder channel to post it in, say); empty once a later one reached her.
     */
    public Optional<ScheduledSend> missed(long guildId, long memberId) {
        return Unreached.last(outbox, KIND, guildId, memberId, clock.instant());
    }

    /** {@link #missed} for her check-ins about the partners she looks after: the last one, if it missed her. */
    Optional<ScheduledSend> missedCheckIn(long guildId, long memberId) {
        return Unreached.last(outbox, CultivateReminders.KIND, guildId, memberId, clock.instant());
    }

    /** What {@code /reminders cancel reminder:} came to. */
    public sealed interface Cancel {

        /** The one reminder it named, now cancelled. */
        record Done(ScheduledSend reminder) implements Cancel {
        }

        /**
         * Nothing cancelled: why ({@code text}), the member's reminders as {@code /reminders list} numbers them
         * ({@code mine}), and the places in it (from 0) of the ones to pick from.
         */
        record Pick(String text, List<ScheduledSend> mine, List<Integer> places) implements Cancel {
        }
    }

    /** Before a reminder's id in the value of a suggestion for {@code reminder:}: a form no member types. */
    static final String PICKED = "id:";
    private static final Pattern PICKED_VALUE = Pattern.compile(PICKED + "(\\d{1,18})");
    /** A number as a member types one: "2", "#2", "2.", "-1". */
    private static final Pattern TYPED_NUMBER = Pattern.compile("#?\\s*([-+]?\\d+)\\.?");

    /** The number a member typed for {@code reminder:} ("2", "#2", "2.", "-1"), sign and digits; empty for words. */
    static Optional<String> typedNumber(String reference) {
        Matcher number = TYPED_NUMBER.matcher(reference == null ? "" : reference.strip());
        return number.matches() ? Optional.of(number.group(1)) : Optional.empty();
    }

    /** The place in the list a {@link #typedNumber} names (1 for the first); one too long to read, past any list. */
    static long place(String typedNumber) {
        try {
            return Long.parseLong(typedNumber);
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The value a suggestion for {@code reminder:} carries: that reminder, wherever the list has it by then. */
    static String suggestionValue(ScheduledSend reminder) {
        return PICKED + reminder.id();
    }

    /**
     * Cancels one of the member's pending reminders, named by a suggestion picked on Discord
     * ({@link #suggestionValue}), by its number in {@code /reminders list} as she sees it now, or by words from it.
     */
    public Cancel cancel(Caller who, String reference) {
        requireServer(who);
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new UserError("Say which reminder to cancel: pick one from the list, or see them with "
                    + "`/reminders list`.");
        }
        Matcher picked = PICKED_VALUE.matcher(ref);
        if (picked.matches()) {
            return new Cancel.Done(cancelById(who, Long.parseLong(picked.group(1))));
        }
        List<ScheduledSend> mine = pending(who);
        Optional<String> number = typedNumber(ref);
        if (number.isPresent()) {
            return atPlace(who, mine, number.get());
        }
        String words = ref.toLowerCase(Locale.ROOT);
        List<Integer> matches = java.util.stream.IntStream.range(0, mine.size())
                .filter(i -> mine.get(i).payload().toLowerCase(Locale.ROOT).contains(words)).boxed().toList();
        if (matches.isEmpty()) {
            throw new UserError("I found no reminder of yours waiting that matches that. See them with "
                    + "`/reminders list`.");
        }
        if (matches.size() > 1) {
            return new Cancel.Pick(matches.size() + " of your reminders match that. Cancel the one you mean below, "
                    + "or use more of its words.", mine, matches);
        }
        return new Cancel.Done(cancelById(who, mine.get(matches.get(0)).id()));
    }

    /** The reminder numbered {@code typed} in the member's list ({@code mine}, as {@code /reminders list} shows it). */
    private Cancel atPlace(Caller who, List<ScheduledSend> mine, String typed) {
        long place = place(typed);
        if (place >= 1 && place <= mine.size()) {
            return new Cancel.Done(cancelById(who, mine.get((int) place - 1).id()));
        }
        String shown = Limits.clip(typed, 20);
        String none = mine.isEmpty()
                ? "You have no reminders coming, so there is no reminder " + shown + " to cancel. Set one with "
                        + "`/remind`."
                : "There is no reminder " + shown + " in your list: it has " + mine.size() + (mine.size() == 1
                        ? ", number 1." : ", numbered 1 to " + mine.size() + ".") + " See them with `/reminders list`.";
        // a suggestion picked just before the bot was updated carried the reminder's bare id: offered, not cancelled
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i).id() == place) {
                return new Cancel.Pick(none + " If you picked one from the suggestions, it was this one; cancel it "
                        + "below.", mine, List.of(i));
            }
        }
        throw new UserError(none);
    }

    /** Cancels the member's pending reminder with this id (a Cancel button). */
    public ScheduledSend cancelById(Caller who, long id) {
        requireServer(who);
        ScheduledSend target = outbox.find(who.guildId(), id)
                .filter(r -> r.kind().equals(KIND) && r.recipientId() == who.userId())
                .orElseThrow(() -> new UserError("I found no reminder of yours like that. See yours with "
                        + "`/reminders list`."));
        if (!outbox.cancel(who.guildId(), KIND, who.userId(), id)) {
            throw new UserError(target.status() == ScheduledSend.Status.CLAIMED
                    ? "That reminder is being sent right now, so it's too late to cancel it."
                    : "That reminder was already sent or cancelled. See what's still coming with `/reminders list`.");
        }
        return target;
    }

    /**
     * Moves one of the member's pending reminders to {@code at} (the other reading of "12/01"): the same reminder
     * at the other time. Moving it to the time it already has changes nothing.
     */
    public Added move(Caller who, long id, Instant at) {
        ScheduledSend old = outbox.find(who.guildId(), id)
                .filter(r -> r.kind().equals(KIND) && r.recipientId() == who.userId())
                .orElseThrow(() -> new UserError("I found no reminder of yours like that. See yours with "
                        + "`/reminders list`."));
        if (old.requestedAt().equals(at)) {
            return new Added(old, OutboxJob.afterQuietHours(settings, who.guildId(), who.userId(), at));
        }
        ScheduledSend cancelled = cancelById(who, id);
        return add(who, at, cancelled.payload(), cancelled.partnerId(), cancelled.about());
    }

    /** A "tonight" that would fall in quiet hours is set this long before they begin instead ... */
    static final java.time.Duration BEFORE_QUIET = java.time.Duration.ofMinutes(15);
    /** ... when that is still this far ahead; else it comes when they end. */
    static final java.time.Duration SOONEST_TONIGHT = java.time.Duration.ofMinutes(10);

    /**
     * "tonight" moved out of the member's quiet hours: {@code at} the time kept, {@code other} the one offered on a
     * button instead, whether it was kept {@code beforeQuiet} (else in the morning they end), and whether the quiet
     * hours had {@code begun} when it was said (else they begin too soon to fit it in before them).
     */
    public record Tonight(Instant at, Instant other, boolean beforeQuiet, boolean begun,
                          org.partnercoach.settings.QuietHours quiet) {
    }

    /**
     * "tonight" read as {@code at}, a time in the member's quiet hours (said from about 20:00, with 21:00–08:00): kept
     * a quarter of an hour before they begin, with the morning they end offered, when that is still ten minutes
     * ahead; else the morning they end, with that evening (19:00) offered. Empty when {@code at} is outside them.
     */
    public Optional<Tonight> tonight(Caller who, Instant at) {
        org.partnercoach.settings.QuietHours quiet = settings.of(who.guildId()).quietHours();
        ZoneId zone = settings.memberZone(who.guildId(), who.userId());
        java.time.ZonedDateTime local = at.atZone(zone);
        if (!quiet.contains(local.toLocalTime())) {
            return Optional.empty();
        }
        // the quiet hours that hold it began this evening, or (past midnight) the evening before
        java.time.LocalDate began = quiet.start().isAfter(quiet.end()) && local.toLocalTime().isBefore(quiet.start())
                ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        Instant begins = java.time.ZonedDateTime.of(began, quiet.start(), zone).toInstant();
        Instant before = begins.minus(BEFORE_QUIET);
        Instant morning = quiet.release(at, zone);
        if (before.isAfter(clock.instant().plus(SOONEST_TONIGHT))) {
            return Optional.of(new Tonight(before, morning, true, false, quiet));
        }
        Instant evening = java.time.ZonedDateTime.of(morning.atZone(zone).toLocalDate(), TonightTimes.EVENING, zone)
                .toInstant();
        return Optional.of(new Tonight(morning, evening, false, !begins.isAfter(clock.instant()), quiet));
    }

    /** A reminder given up after a passing outage still helps within a day of its time: later, it is out of date. */
    @Override
    public java.time.Duration worthSendingAgainFor() {
        return java.time.Duration.ofDays(1);
    }

    /**
     * A single reminder's message: its card, and buttons that set it again an hour from now or tomorrow morning
     * ({@link #again}). Each names the server (the DM it comes to carries none) and the reminder's row.
     */
    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        return Optional.of(withAgainButtons(Reply.card(card(send, partnerOf(send))).inPublic(), send));
    }

    /** The messages of several reminders, each alone, with their partners read once per server for them all. */
    @Override
    public List<Optional<Reply>> composeAll(List<ScheduledSend> sends) {
        Map<Long, ReminderPartner> partnersNow = partnersOf(sends);
        return sends.stream().map(s -> Optional.of(withAgainButtons(Reply.card(card(s,
                Optional.ofNullable(partnersNow.get(s.id())))).inPublic(), s))).toList();
    }

    /**
     * The partners of some reminders as they are now (renamed, moved on, deleted), by reminder id, read in one go for
     * each server among them (one, but for the outbox's batches), and once more when some were deleted (whether a
     * partner of the name the reminder was set with is on the list again); a reminder about no partner is not among
     * them.
     */
    Map<Long, ReminderPartner> partnersOf(List<ScheduledSend> reminders) {
        Map<Long, ReminderPartner> of = new HashMap<>();
        reminders.stream().collect(Collectors.groupingBy(ScheduledSend::guildId, LinkedHashMap::new,
                Collectors.toList())).forEach((guildId, ofServer) -> {
                    Map<Long, PartnerDirectory.Named> now = partners.namedNow(guildId, ofServer.stream()
                            .map(ScheduledSend::partnerId).filter(id -> id != 0).collect(Collectors.toSet()));
                    // a partner deleted since may be on the list again under the name the reminder was set with:
                    // one more read, for all of them, only when some partner is gone
                    List<String> goneNames = ofServer.stream()
                            .filter(r -> r.partnerId() != 0 && !now.containsKey(r.partnerId()))
                            .map(r -> r.about() == null ? "" : r.about().strip()).filter(n -> !n.isEmpty())
                            .distinct().toList();
                    Map<String, PartnerDirectory.Named> calledNow = goneNames.isEmpty() ? Map.of()
                            : partners.namedNowCalled(guildId, goneNames);
                    ofServer.forEach(r -> ReminderPartner.of(r, now, calledNow).ifPresent(p -> of.put(r.id(), p)));
                });
        return of;
    }

    /** The partner of one reminder as it is now; empty for none. */
    Optional<ReminderPartner> partnerOf(ScheduledSend reminder) {
        return Optional.ofNullable(partnersOf(List.of(reminder)).get(reminder.id()));
    }

    /** A reminder's card with the buttons that set it again ({@link #again}), naming the server and its row. */
    private static Reply withAgainButtons(Reply reply, ScheduledSend send) {
        return reply.withButtons(
                Button.secondary(CustomId.of(ReminderFeature.COMPONENTS, AGAIN, send.guildId(), send.id(),
                        Again.HOUR.arg), Again.HOUR.label),
                Button.secondary(CustomId.of(ReminderFeature.COMPONENTS, AGAIN, send.guildId(), send.id(),
                        Again.MORNING.arg), Again.MORNING.label));
    }

    /** The action of the buttons under a single reminder that set it again. */
    static final String AGAIN = "again";
    /** The action of the buttons under a message of several reminders that set them all again. */
    static final String AGAIN_ALL = "againall";
    /**
     * "Tomorrow morning" seen from {@code now}: 09:00 of the next day, or of this day when pressed in the small hours
     * (before the morning begins, 05:00), which a member still counts as tonight; later, when that falls in her
     * quiet hours, as any reminder is.
     */
    static java.time.ZonedDateTime morningAfter(java.time.ZonedDateTime now) {
        java.time.LocalDate day = now.toLocalTime().isBefore(PartOfDay.MORNING.begins) ? now.toLocalDate()
                : now.toLocalDate().plusDays(1);
        return java.time.ZonedDateTime.of(day, PartOfDay.MORNING.remindAt, now.getZone());
    }

    /**
     * "Not now" or "done" typed in the DM under a personal reminder: answered about the reminder, before the walks
     * take the line ({@link PersonalReminderReplies}).
     */
    public org.partnercoach.chat.Feature typedReplies(
            java.util.function.Function<org.partnercoach.chat.Caller, Instant> lastWalkActivity) {
        return new PersonalReminderReplies(outbox, clock, lastWalkActivity);
    }

    /** When a reminder that has come is set again. */
    public enum Again {
        HOUR("hour", "Snooze 1 hour", "Snooze all 1 hour"),
        MORNING("morning", "Tomorrow morning", "All tomorrow morning");

        final String arg;
        public final String label;
        /** The label of the button under a message of several that sets them all again so. */
        public final String allLabel;

        Again(String arg, String label, String allLabel) {
            this.arg = arg;
            this.label = label;
            this.allLabel = allLabel;
        }

        static Optional<Again> of(String arg) {
            return java.util.Arrays.stream(values()).filter(a -> a.arg.equals(arg)).findFirst();
        }
    }

    /**
     * The reminder its member has just sent off again: the new one (or the one set by an earlier press, then
     * {@code earlier}) and card.
     */
    public record SetAgain(ScheduledSend original, ScheduledSend again, Instant sendsAt, boolean earlier) {
    }

    /**
     * Sets reminder {@code id} of server {@code guildId} again, with the same words and partner, an hour from now or
     * at 9:00 tomorrow in the member's time zone ({@link #morningAfter}: the coming 9:00 when pressed before 05:00),
     * held to the end of her quiet hours as any reminder is: only by the member it is for, and once (a second press,
     * or one on the same message after a restart, finds the first).
     */
    public SetAgain again(Caller who, long guildId, long id, Again when) {
        ScheduledSend original = outbox.find(guildId, id).filter(r -> r.kind().equals(KIND))
                .orElseThrow(() -> new UserError("I no longer have that reminder: I keep sent reminders for 30 "
                        + "days. Set it again with `/remind`."));
        if (original.recipientId() != who.userId()) {
            throw new UserError("That reminder is someone else's, so only they can snooze it. Set your own with "
                    + "`/remind`.");
        }
        Instant now = clock.instant();
        Instant at = againAt(who, guildId, when, now);
        // an earlier press (this button, the other, or All tomorrow morning on the message) set it again: said so,
        // even when it chose the same time
        Outbox.Queued again = outbox.enqueueOnceFromAll(List.of(new ScheduledSend.Draft(guildId, KIND, who.userId(),
                id, 0, original.payload(), original.about(), at, original.partnerId())), now, MAX_PENDING)
                .map(q -> q.get(0))
                .orElseThrow(() -> new UserError("You already have " + MAX_PENDING + " reminders waiting, the most I "
                        + "keep for one person. Cancel some with `/reminders cancel`, then press the button again."));
        return new SetAgain(original, again.send(), sendsAt(again.send()), again.earlier());
    }

    /**
     * An hour from {@code now}, or 9:00 tomorrow in the member's time zone ({@link #morningAfter}: the coming 9:00 when
     * pressed before 05:00).
     */
    private Instant againAt(Caller who, long guildId, Again when, Instant now) {
        return switch (when) {
            // whole seconds, as the database keeps them
            case HOUR -> now.plus(java.time.Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            case MORNING -> morningAfter(now.atZone(settings.memberZone(guildId, who.userId()))).toInstant();
        };
    }

    /**
     * The reminders of one message of several its member has just set again: how many are set again now, for when
     * ({@code at}) and when they reach her ({@code sendsAt}, after her quiet hours), and how many an earlier press (on
     * the message, or on one of them opened from its menu) had already set again.
     */
    public record SetAllAgain(int set, int earlier, Instant at, Instant sendsAt) {
    }

    /**
     * Sets again, in one go, every reminder of server {@code guildId} that came in one message with reminder {@code
     * first} (Snooze all 1 hour, All tomorrow morning): each as {@link #again} would, once (one already set again from
     * its own page, or by an earlier press, stays as it is), only by the member they are for. Nothing is set when one
     * more would pass {@link #MAX_PENDING}. {@code sentAt}, when known (0: a button made before it was named), is when
     * the message was made: a message sent again after a crash also holds the reminders that fell due meanwhile, and
     * they share its claim, but the first copy did not show them, so its button leaves them alone.
     */
    public SetAllAgain againAll(Caller who, long guildId, long first, Again when, long sentAt) {
        List<ScheduledSend> together = outbox.find(guildId, first).filter(r -> r.kind().equals(KIND))
                .map(r -> outbox.history().sentTogetherWith(guildId, KIND, r.recipientId(), first)).orElse(List.of())
                .stream().filter(r -> sentAt <= 0 || r.dueAt().toEpochMilli() <= sentAt).toList();
        if (together.isEmpty()) {
            throw new UserError("I no longer have those reminders: I keep sent reminders for 30 days. See what's "
                    + "still coming with `/reminders list`, or set one again with `/remind`.");
        }
        if (together.get(0).recipientId() != who.userId()) {
            throw new UserError("Those reminders are someone else's, so only they can snooze them. Set your own with "
                    + "`/remind`.");
        }
        Instant now = clock.instant();
        Instant at = againAt(who, guildId, when, now);
        List<Outbox.Queued> queued = outbox.enqueueOnceFromAll(together.stream().map(r -> new ScheduledSend.Draft(
                guildId, KIND, who.userId(), r.id(), 0, r.payload(), r.about(), at, r.partnerId())).toList(), now,
                MAX_PENDING)
                .orElseThrow(() -> new UserError("Setting these " + together.size() + " again would take you past "
                        + MAX_PENDING + " reminders waiting, the most I keep for one person. Cancel some with "
                        + "`/reminders cancel`, then press the button again. Nothing was changed."));
        int earlier = (int) queued.stream().filter(Outbox.Queued::earlier).count();
        Instant sendsAt = OutboxJob.afterQuietHours(settings, guildId, who.userId(), at);
        return new SetAllAgain(queued.size() - earlier, earlier, at, sendsAt);
    }

    /**
     * One reminder's card: its words, its partner as it is now (with a line when it is no longer on the list), when it
     * was asked for.
     */
    static Card card(ScheduledSend send, Optional<ReminderPartner> partner) {
        Card card = Card.of("⏰ Reminder", Shown.text(send.payload()));
        if (partner.isPresent()) {
            card = card.withField("Partner", partner.get().withNote());
        }
        card = card.withField("Asked for", TimeMarkup.both(send.requestedAt()))
                .withFooter("Set with /remind. See what else is coming with /reminders list.");
        return card;
    }

    /** {@link #card} of one reminder, with its partner read as it is now. */
    Card cardNow(ScheduledSend send) {
        return card(send, partnerOf(send));
    }

    /** Several reminders due for one member in one run (they waited for the bot) come as one message. */
    @Override
    public boolean oneMessagePerRecipient() {
        return true;
    }

    /** All of one member's reminders due in one run, up to what one message's menus can offer. */
    @Override
    public int mostInOneMessage() {
        return ONE_MESSAGE_HOLDS;
    }

    /** Reminders of one message shown as fields of its card; the menus under it list every one of them. */
    static final int FIELDS = 10;
    /**
     * The most reminders one message offers to pick from: a menu of 25 in each of its rows but the last, which holds
     * the buttons that set them all again. As many as a member may have waiting ({@link #MAX_PENDING}), so that one
     * member's reminders due together are always one message, and one claim's rows are that message's.
     */
    public static final int ONE_MESSAGE_HOLDS = (Limits.ROWS - 1) * Limits.SELECT_OPTIONS;
    private static final DateTimeFormatter ASKED_FOR =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /**
     * One card for several reminders: the first {@link #FIELDS} each a field (its partner, else "Reminder"; its words,
     * then when it was asked for), the words cut only where the card would pass Discord's 6,000 characters. Menus
     * under the card list every one of them, 25 to a menu, up to {@link #ONE_MESSAGE_HOLDS}: picking one shows it
     * whole with the buttons of a reminder that came alone, Snooze 1 hour and Tomorrow morning ({@link #shown}), so
     * that each can be set again as a single one can. Under the menus, Snooze all 1 hour and All tomorrow morning set
     * them all again at once ({@link #againAll}). Each menu and button names the server, so that it works from a DM and
     * after a restart; the options name the reminders' rows, the buttons the first row (the others are those sent
     * with it, {@link org.partnercoach.outbox.SendHistory#sentTogetherWith}).
     */
    @Override
    public Optional<Reply> composeTogether(List<ScheduledSend> due) {
        // in the order they were asked for, as /reminders list shows them: a reminder held for quiet hours is due
        // with those asked for the morning, and the outbox hands them over by when each became due
        List<ScheduledSend> sends = due.stream().sorted(java.util.Comparator.comparing(ScheduledSend::requestedAt)
                .thenComparingLong(ScheduledSend::id)).toList();
        int shown = Math.min(FIELDS, sends.size());
        Map<Long, ReminderPartner> partnersNow = partnersOf(sends);
        String more = sends.size() > shown ? "…and " + (sends.size() - shown) + " more" : "";
        String moreText = "Pick any of them from the menu below to read it in full or snooze it.";
        Card card = Card.of("⏰ " + sends.size() + " reminders", "Here is what you asked me to remind you of:")
                .withFooter("Set with /remind. See what else is coming with /reminders list.");
        int perReminder = (Limits.EMBED_TOTAL - card.length() - more.length()
                - moreText.length() - 100) / shown;
        for (ScheduledSend send : sends.subList(0, shown)) {
            Optional<ReminderPartner> partner = Optional.ofNullable(partnersNow.get(send.id()));
            String name = partner.map(p -> "Partner: " + p.shown()).orElse("Reminder");
            String note = partner.map(ReminderPartner::note).filter(n -> !n.isEmpty()).map(n -> "\n" + n).orElse("");
            String asked = "Asked for: " + TimeMarkup.both(send.requestedAt());
            int room = Math.min(Limits.EMBED_FIELD_VALUE, perReminder - name.length())
                    - note.length() - asked.length() - 1;
            String words = Shown.text(send.payload(), room);
            card = card.withField(name, words + note + "\n" + asked);
        }
        if (!more.isEmpty()) {
            card = card.withField(more, moreText);
        }
        Reply reply = Reply.card(card).inPublic();
        ZoneId zone = settings.memberZone(sends.get(0).guildId(), sends.get(0).recipientId());
        List<SelectMenu.Option> options = sends.stream()
                .map(s -> new SelectMenu.Option(String.valueOf(s.id()),
                        label(s.payload()), Optional.ofNullable(partnersNow.get(s.id())).map(p -> p.name() + " · ")
                        .orElse("") + "asked for "
                        + ASKED_FOR.format(s.requestedAt().atZone(zone))))
                .toList();
        int per = Limits.SELECT_OPTIONS;
        for (int from = 0, menu = 0; from < options.size() && menu < Limits.ROWS;
                from += per, menu++) {
            List<SelectMenu.Option> some = options.subList(from,
                    Math.min(options.size(), from + per));
            String placeholder = options.size() <= per ? "Pick a reminder to snooze it or read it in full"
                    : "Reminders " + (from + 1) + "–" + (from + some.size()) + ": pick one to snooze or read it";
            reply = reply.withRow(new Row.Select(SelectMenu.single(
                    CustomId.of(ReminderFeature.COMPONENTS, "show", sends.get(0).guildId(), menu),
                    placeholder, some)));
        }
        long first = sends.stream().mapToLong(ScheduledSend::id).min().orElseThrow();
        // when this copy was made: a copy sent again after a crash may hold more (those due meanwhile), under the
        // same claim, and this one's buttons set again only what it shows
        long made = sends.stream().map(ScheduledSend::claimedAt).filter(java.util.Objects::nonNull)
                .mapToLong(Instant::toEpochMilli).max().orElse(0);
        return Optional.of(reply.withButtons(
                Button.secondary(CustomId.of(ReminderFeature.COMPONENTS, AGAIN_ALL, sends.get(0).guildId(), first,
                        Again.HOUR.arg, made), Again.HOUR.allLabel),
                Button.secondary(CustomId.of(ReminderFeature.COMPONENTS, AGAIN_ALL, sends.get(0).guildId(), first,
                        Again.MORNING.arg, made), Again.MORNING.allLabel)));
    }

    /** A reminder's words as a menu option's label: one line (a menu shows them as typed, Markdown and all). */
    private static String label(String payload) {
        String line = Spacing.tidied(payload);
        return line.isEmpty() ? "Reminder" : line;
    }

    /**
     * One reminder of a message of several, picked from its menu, in full, as it would have come alone (with its
     * Snooze 1 hour and Tomorrow morning buttons): only its
     * member's (a menu under a post in the reminder channel is seen by others too), while the outbox keeps it (sent
     * messages are pruned after 30 days).
     */
    public Reply shown(Caller who, long guildId, long id) {
        Optional<ScheduledSend> reminder = outbox.find(guildId, id).filter(r -> r.kind().equals(KIND));
        if (reminder.isEmpty()) {
            return Reply.text("I no longer have that reminder: I keep sent reminders for 30 days. See what's still "
                    + "coming with `/reminders list`.");
        }
        if (reminder.get().recipientId() != who.userId()) {
            return Reply.text("Those reminders are someone else's, so I can't open them for you. Set your own with "
                    + "`/remind`.");
        }
        // as it would have come alone: it can be snoozed from here too
        return withAgainButtons(Reply.card(card(reminder.get(), partnerOf(reminder.get()))), reminder.get());
    }

    private static void requireServer(Caller who) {
        if (who.guildId() == 0) {
            throw new UserError("Use `/remind` once in your coalition's server first, so I know which server your "
                    + "reminders belong to.");
        }
    }
}
