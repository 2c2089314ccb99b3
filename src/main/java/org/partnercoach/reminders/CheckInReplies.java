package org.partnercoach.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.storage.Database;

/**
 * A "done" or a "not now" typed in the DM right under a check-in reminder: the member answers the reminder, so the
 * reply says which of its buttons does what they mean (nothing is logged or snoozed from a typed word: the buttons
 * say for which partner and how long). Only while the reminder is the latest thing in the DM (no walk moved since)
 * and still waits for something; any other line goes on to the coaching walks.
 */
final class CheckInReplies implements Feature {

    private static final String END = "[\\s.!,✅👍🙂]*";
    private static final Pattern DONE = Pattern.compile("(?:(?:ok(?:ay)?|yes|yep|yeah|thanks),?\\s+)?"
            + "(?:done|all done|did it|i did it|i did|checked in|i checked in"
            + "|(?:i\\s+)?(?:called|emailed|texted|met|messaged|saw)\\s+(?:them|her|him))"
            + "(?:\\s+(?:today|already|just now|yesterday))?" + END);
    private static final Pattern LATER = Pattern.compile("(?:(?:ok(?:ay)?|sorry|hmm),?\\s+)?"
            + "(?:not now|not today|not yet|later|maybe later|snooze|remind me later|too busy|busy)" + END);

    private final Database db;
    private final CultivateStore store;
    private final PartnerDirectory directory;
    private final Clock clock;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;

    CheckInReplies(Database db, CultivateStore store, PartnerDirectory directory, Clock clock,
                   Function<Caller, Instant> lastWalkActivity) {
        this.db = db;
        this.store = store;
        this.directory = directory;
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
        List<Partner> waiting = waitingFrom(who);
        if (waiting.isEmpty()) {
            return Optional.empty();
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
     * The member's partners their latest check-in reminder (within the day) named that still wait for something from
     * it (not snoozed, paused or touched since), when nothing in a walk happened after it; empty otherwise.
     */
    private List<Partner> waitingFrom(Caller who) {
        Instant now = clock.instant();
        Instant since = now.minus(CultivatePlanner.AT_MOST_EVERY);
        List<Partner> theirs = directory.activePartners(who.guildId()).stream()
                .filter(p -> p.ownerId() == who.userId()).toList();
        if (theirs.isEmpty()) {
            return List.of();
        }
        var states = db.read(c -> store.states(c, who.guildId(), theirs.stream().map(Partner::id).toList()));
        List<Partner> reminded = theirs.stream().filter(p -> {
            CultivateState s = states.getOrDefault(p.id(), CultivateState.NEW).current(p);
            return s.remindedAt() != null && !s.remindedAt().isBefore(since) && !s.snoozedAt(now)
                    && s.decision() != CultivateState.Decision.PAUSE;
        }).toList();
        Optional<Instant> latest = reminded.stream().map(p -> states.get(p.id()).remindedAt())
                .max(Comparator.naturalOrder());
        Instant walked = lastWalkActivity.apply(who);
        if (latest.isEmpty() || (walked != null && !walked.isBefore(latest.get()))) {
            return List.of();
        }
        // in the order they were added, as the member met them
        return reminded.stream().filter(p -> states.get(p.id()).remindedAt().equals(latest.get()))
                .sorted(Comparator.comparingLong(Partner::id)).toList();
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
