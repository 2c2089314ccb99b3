package org.partnercoach.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.Touchpoint;
import org.partnercoach.storage.Database;

/**
 * A "done" or a "not now" typed in the DM right under a check-in reminder: the member answers the reminder. While it
 * still waits for something, the reply says which of its buttons does what they mean (nothing is logged or snoozed
 * from a typed word: the buttons say for which partner and how long). Once she has snoozed all it waits for, the
 * reminder keeps no buttons, and the partner she snoozed is the one she means: "done" logs the contact (which ends
 * the snooze: the next check-in counts from it) and says so, and "not now" says it is snoozed already; with several
 * snoozed, "done" asks which, and logs nothing. Only while the reminder is the latest thing in the DM (no walk moved
 * since); any other line goes on to the coaching walks.
 */
final class CheckInReplies implements Feature {

    private static final String END = "[\\s.!,✅👍🙂]*";
    private static final Pattern DONE = Pattern.compile("(?:(?:ok(?:ay)?|yes|yep|yeah|thanks),?\\s+)?"
            + "(?:done|all done|did it|i did it|i did|checked in|i checked in"
            + "|(?:i\\s+)?(?:reached out|got in touch)(?:\\s+(?:to|with)\\s+(?:them|her|him))?"
            + "|(?:i\\s+)?(?:called|emailed|texted|met|messaged|saw)\\s+(?:them|her|him))"
            + "(?:\\s+(?:today|already|just now|yesterday))?" + END);
    private static final Pattern LATER = Pattern.compile("(?:(?:ok(?:ay)?|sorry|hmm),?\\s+)?"
            + "(?:not now|not today|not yet|later|maybe later|snooze|remind me later|too busy|busy)" + END);

    /**
     * The partners of the member's latest check-in reminder: those it still waits for, those she snoozed, and those
     * whose contact was logged since.
     */
    private record Latest(List<Partner> waiting, List<Partner> snoozed, List<Partner> logged,
                          Map<Long, CultivateState> states) {
    }

    private final Database db;
    private final CultivateStore store;
    private final PartnerDirectory directory;
    private final CultivateStatus status;
    private final Clock clock;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;

    CheckInReplies(Database db, CultivateStore store, PartnerDirectory directory, CultivateStatus status, Clock clock,
                   Function<Caller, Instant> lastWalkActivity) {
        this.db = db;
        this.store = store;
        this.directory = directory;
        this.status = status;
        this.clock = clock;
        this.lastWalkActivity = lastWalkActivity;
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller who = message.caller();
        if (!who.inDm() || who.guildId() == 0 || message.text() == null) {
            return Optional.empty();
        }
        String said = message.text().strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean done = DONE.matcher(said).matches();
        if (!done && !LATER.matcher(said).matches()) {
            return Optional.empty();
        }
        Latest latest = latestFor(who);
        List<Partner> waiting = latest.waiting();
        if (waiting.isEmpty() && !latest.snoozed().isEmpty()) {
            return Optional.of(afterSnooze(who, latest, done, said, message.text().strip()));
        }
        if (waiting.isEmpty()) {
            // logged since (with its form, or a "done" under it snoozed): "done" again is told so, "later" is moot
            return !done || latest.logged().isEmpty() ? Optional.empty() : Optional.of(Reply.text("Your contact with "
                    + names(latest.logged()) + " is already logged, so the next check-in counts from it. Nothing "
                    + "more to do. Thank you for keeping the relationship warm!"));
        }
        String names = names(waiting);
        if (done) {
            return Optional.of(Reply.text("Glad you were in touch with " + names + "! To keep it, press **Log a "
                    + "touchpoint** on my reminder above" + (waiting.size() > 1 ? ", after picking the partner" : "")
                    + ": the next check-in then counts from that contact. Nothing is logged until you do."));
        }
        return Optional.of(Reply.text("No problem. Press **Snooze 1 day** or **Snooze 1 week** on my reminder above"
                + (waiting.size() > 1 ? ", after picking the partner," : "") + " and I'll bring " + names
                + " up again then. Left as it is, the next reminder comes after the usual cadence."));
    }

    /**
     * "done" or "not now" under a reminder whose partners she has all snoozed (it shows no buttons any more): one
     * snoozed partner's contact is logged, in her words; several are named, with the command that logs one.
     */
    private Reply afterSnooze(Caller who, Latest latest, boolean done, String said, String typed) {
        List<Partner> snoozed = latest.snoozed();
        String names = names(snoozed);
        if (!done) {
            Instant until = snoozed.stream().map(p -> latest.states().get(p.id()).snoozedUntil())
                    .min(Comparator.naturalOrder()).orElseThrow();
            return Reply.text("No problem: you already snoozed " + names + ", so I'll bring "
                    + (snoozed.size() > 1 ? "them" : "it") + " up again " + TimeMarkup.both(until)
                    + " at the earliest. Nothing more to do now.");
        }
        if (snoozed.size() > 1) {
            return Reply.text("Glad you were in touch! You snoozed " + names + ", so which one did you reach? Log it "
                    + "with `/partner log partner:" + Shown.text(snoozed.get(0).name()) + "` (or the other's name): "
                    + "that ends its snooze, and its next check-in counts from the contact. Nothing is logged yet.");
        }
        Partner p = snoozed.get(0);
        Touchpoint.Kind kind = kindOf(said);
        directory.logTouchpoint(who.guildId(), p.id(), who.userId(), kind,
                "Checked in after the reminder: “" + typed + "”", clock.instant());
        Partner now = directory.find(who.guildId(), p.id()).orElse(p);
        return Reply.text("Logged your check-in with “" + Shown.text(p.name()) + "”"
                + (kind == Touchpoint.Kind.NOTE ? "" : " as a " + kind.label().toLowerCase(Locale.ROOT))
                + ", and the snooze is over. Its reminders now count from this contact: " + status.withoutButton(now)
                + ". Nice work keeping the relationship warm!");
    }

    /** A call, an email or a meeting when her words say so ("called them"), else a note. */
    private static Touchpoint.Kind kindOf(String said) {
        if (said.contains("called")) {
            return Touchpoint.Kind.CALL;
        }
        if (said.contains("emailed")) {
            return Touchpoint.Kind.EMAIL;
        }
        return said.contains("met ") || said.contains("saw ") ? Touchpoint.Kind.MEETING : Touchpoint.Kind.NOTE;
    }

    /**
     * The member's partners her latest check-in reminder (within the day) named, unless paused, touched since or a
     * walk moved after it: those that still wait for something from it, and those she snoozed since (both empty when
     * there is no such reminder).
     */
    private Latest latestFor(Caller who) {
        Instant now = clock.instant();
        Instant since = now.minus(CultivatePlanner.AT_MOST_EVERY);
        Latest none = new Latest(List.of(), List.of(), List.of(), Map.of());
        List<Partner> theirs = directory.activePartners(who.guildId()).stream()
                .filter(p -> p.ownerId() == who.userId()).toList();
        if (theirs.isEmpty()) {
            return none;
        }
        var states = db.read(c -> store.states(c, who.guildId(), theirs.stream().map(Partner::id).toList()));
        List<Partner> reminded = theirs.stream().filter(p -> {
            CultivateState s = states.get(p.id());
            return s != null && s.remindedAt() != null && !s.remindedAt().isBefore(since)
                    && (loggedSince(s, p) || s.current(p) == s && s.decision() != CultivateState.Decision.PAUSE);
        }).toList();
        Optional<Instant> latest = reminded.stream().map(p -> states.get(p.id()).remindedAt())
                .max(Comparator.naturalOrder());
        Instant walked = lastWalkActivity.apply(who);
        if (latest.isEmpty() || (walked != null && !walked.isBefore(latest.get()))) {
            return none;
        }
        // in the order they were added, as the member met them
        List<Partner> named = reminded.stream().filter(p -> states.get(p.id()).remindedAt().equals(latest.get()))
                .sorted(Comparator.comparingLong(Partner::id)).toList();
        List<Partner> logged = named.stream().filter(p -> loggedSince(states.get(p.id()), p)).toList();
        List<Partner> open = named.stream().filter(p -> !logged.contains(p)).toList();
        return new Latest(open.stream().filter(p -> !states.get(p.id()).snoozedAt(now)).toList(),
                open.stream().filter(p -> states.get(p.id()).snoozedAt(now)).toList(), logged, states);
    }

    /** A contact with {@code p} was logged after its reminder state {@code s} was written (a new stretch began). */
    private static boolean loggedSince(CultivateState s, Partner p) {
        return p.lastTouchAt() != null && (s.touchMarker() == null || p.lastTouchAt().isAfter(s.touchMarker()));
    }

    /** "Eastside Food Bank", "Eastside Food Bank and Lincoln High", or "Eastside Food Bank and 2 more". */
    private static String names(List<Partner> partners) {
        String first = "“" + Shown.text(partners.get(0).name()) + "”";
        return switch (partners.size()) {
            case 1 -> first;
            case 2 -> first + " and “" + Shown.text(partners.get(1).name()) + "”";
            default -> first + " and " + (partners.size() - 1) + " more";
        };
    }
}
