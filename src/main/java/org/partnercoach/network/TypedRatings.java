package org.partnercoach.network;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.PuzzledLine;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Numbers typed in the DM under a value question ("4, 5, 3", "5"): the member means to rate, but only a button says
 * which line a number is for, so the reply says so and shows the question again with its buttons; nothing is saved.
 * Only while the question is open this quarter and no walk moved since it was asked; any other line goes on to the
 * coaching walks, which took these as a line typed with no walk open.
 */
final class TypedRatings implements Feature {

    /** Numbers alone, apart or joined by commas, slashes and the like. */
    /** Words for the question's **Skip**: passing, not knowing, not now. */
    private static final Pattern PASSING = Pattern.compile("(?:ok(?:ay)?,?\\s+)?(?:skip(?:\\s+(?:it|this|this one))?"
            + "|pass|i'?ll pass|not sure|unsure|i'?m not sure|don'?t know|i don'?t know|idk|dunno|no idea|n/?a"
            + "|not now|later|maybe later|next time)[\\s.!]*");
    private static final Pattern NUMBERS = Pattern.compile("[\\s,;/.&+-]*\\d+(?:[\\s,;/.&+-]+\\d+)*+[\\s,;/.!]*");

    private final Database db;
    private final RatingStore store;
    private final Pulse pulse;
    private final PartnerDirectory directory;
    private final ServerSettings settings;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;
    private final java.time.Clock clock;
    /** What the bot sent her last by DM: a puzzled line is about the value question only while it is that. */
    private final Outbox outbox;

    TypedRatings(Database db, RatingStore store, Pulse pulse, PartnerDirectory directory, ServerSettings settings,
                 Function<Caller, Instant> lastWalkActivity, java.time.Clock clock, Outbox outbox) {
        this.outbox = outbox;
        this.db = db;
        this.store = store;
        this.pulse = pulse;
        this.directory = directory;
        this.settings = settings;
        this.lastWalkActivity = lastWalkActivity;
        this.clock = clock;
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller who = message.caller();
        if (!who.inDm() || who.guildId() == 0 || message.text() == null) {
            return Optional.empty();
        }
        if (PuzzledLine.asks(message.text())) {
            return explained(who);
        }
        if (PASSING.matcher(message.text().strip().toLowerCase(java.util.Locale.ROOT)).matches()) {
            return passed(who);
        }
        if (!NUMBERS.matcher(message.text()).matches()) {
            return Optional.empty();
        }
        String quarter = Quarter.containing(clock.instant(), settings.of(who.guildId()).zone()).key();
        Optional<RatingStore.Ask> open = db.read(c -> store.openAskOf(c, who.guildId(), who.userId(),
                Aspect.Kind.VALUE, quarter));
        Instant walked = open.isEmpty() ? null : lastWalkActivity.apply(who);
        return open.filter(ask -> walked == null || walked.isBefore(ask.askedAt()))
                .flatMap(ask -> directory.find(who.guildId(), ask.partnerId()).map(partner -> pulse.render(
                        who.guildId(), ask.id(), ask.kind(), partner.name(), Pulse.answers(db.read(c ->
                                store.ratingsOf(c, who.guildId(), ask.id()))))
                        .withText("Typed numbers aren't saved, as I can't tell which line each is for: tap one "
                                + "button on each line of the question below, " + Aspect.MIN_SCORE + " (low) to "
                                + Aspect.MAX_SCORE + " (high), or **Skip** to pass on " + Shown.text(partner.name()) + " until next quarter.")));
    }

    /**
     * A puzzled line ("what is this?", "??") while the value question is open this quarter, no walk moved since it was
     * asked, and it is the newest message the bot sent her by DM: what it is, who sees the answers, and what to press.
     * Empty otherwise, for the walks to answer as before.
     */
    private Optional<Reply> explained(Caller who) {
        return newestOpen(who).map(partner -> {
            String name = "“" + Shown.text(partner.name()) + "”";
            return Reply.text("That's my quarterly value question: once a quarter I ask the member who looks after "
                    + name + " how much it adds to the coalition (" + aspects() + "). Only you and the coordinators "
                    + "see your answers, on its `/partner show` page. Tap one button on each line above, "
                    + Aspect.MIN_SCORE + " (low) to " + Aspect.MAX_SCORE + " (high); you can change them for 7 days. "
                    + "Or press **Skip** to pass on " + name + " until next quarter.");
        });
    }

    /**
     * A word for its **Skip** ("skip", "pass", "not sure", "later") while the value question is the newest DM: only
     * the button says which partner and until when, so the reply says to press it; nothing is saved, and no walk
     * question is skipped. Empty otherwise, for the walks to answer as before.
     */
    private Optional<Reply> passed(Caller who) {
        return newestOpen(who).map(partner -> Reply.text("Typed words aren't saved here: to pass on “"
                + Shown.text(partner.name()) + "” until next quarter, press **Skip** on my value question above. "
                + "Nothing else changes, and you're asked again next quarter."));
    }

    /**
     * The partner of the value question open this quarter, when no walk moved since it was asked and it is the newest
     * message the bot sent her by DM: what a word typed now is about.
     */
    private Optional<org.partnercoach.partners.Partner> newestOpen(Caller who) {
        String quarter = Quarter.containing(clock.instant(), settings.of(who.guildId()).zone()).key();
        Optional<RatingStore.Ask> open = db.read(c -> store.openAskOf(c, who.guildId(), who.userId(),
                Aspect.Kind.VALUE, quarter));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        RatingStore.Ask ask = open.get();
        Instant walked = lastWalkActivity.apply(who);
        boolean newest = (walked == null || walked.isBefore(ask.askedAt())) && outbox.history()
                .newestDm(who.userId(), ask.askedAt()).filter(n -> n.guildId() == who.guildId()
                        && n.kind().equals(ValueAsks.KIND) && n.targetId() == ask.id()).isPresent();
        return newest ? directory.find(who.guildId(), ask.partnerId()) : Optional.empty();
    }

    /** The value question's lines in lower case: "resources, influence, involvement". */
    private static String aspects() {
        return String.join(", ", Aspect.Kind.VALUE.aspects().stream()
                .map(a -> a.label().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
