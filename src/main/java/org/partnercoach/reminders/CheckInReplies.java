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
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.PuzzledLine;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.Touchpoint;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * A "done" or a "not now" typed in the DM under a check-in reminder: the member answers the reminder. While it
 * still waits for something, the reply says which of its buttons does what they mean, and where that reminder is (in
 * the DM above, or in the reminder channel where it was posted): nothing is logged or snoozed from a typed word, as
 * the buttons say for which partner and how long. Once she has snoozed all it waits for, the
 * reminder keeps no buttons, and the partner she snoozed is the one she means: "done" logs the contact (which ends
 * the snooze: the next check-in counts from it) and says so, and "not now" says it is snoozed already; with several
 * snoozed, "done" asks which, and logs nothing. Once its contact is logged, either word is told so, with when the
 * next check-in is due. A partner whose reminders she paused since is told paused, with how to log a contact or
 * resume them ({@link #paused}). A partner handed to someone else since is theirs: the reply names who looks after it
 * now and logs nothing (see {@link #handedOver}).
 *
 * <p>Her DM with the bot is one channel, whichever server wrote in it, so the check-in is found as she sees it: her
 * latest check-in from each server she shares with the bot stands, whatever other messages came below it, until its
 * partners' next check-in reaches her (when due, or later when the once-a-day rule or her quiet hours hold it), a
 * personal reminder (which the same words would answer) reaches her after it, or a walk moves. When check-ins of two
 * servers both wait for her, she is asked which, with each server and its partners named ({@link #which}); any other
 * line goes on to the coaching walks.
 *
 * <p>Under a check-in of several partners, the contact told is about the partner it names, else none is claimed
 * ({@link #toldUnder}); her words are kept for the Log a touchpoint form ({@link ToldContacts}). A puzzled line while
 * the check-in is the newest DM the bot sent her is told what the check-in is ({@link #explained}).
 */
final class CheckInReplies implements Feature {

    static final String END = "[\\s.!,✅👍🙂]*";
    /** A thank-you after the word ("done, thanks!", "Done. Thank you"), which changes nothing of it. */
    static final String THANKS = "(?:[\\s.!,]+(?:thanks|thank you|thx|ty))?";
    /** "just" or "already" before what she did ("just called them", "I already emailed her"). */
    private static final String JUST = "(?:(?:just|already)\\s+)?";
    /** An "ok" or a "yes" before the word. */
    private static final String ACK = "(?:(?:ok(?:ay)?|yes|yep|yeah|thanks),?\\s+)?";
    /** The word itself: "done", "did it", "called them", "I reached out"... */
    private static final String DONE_WORDS = "(?:(?:i\\s+)?" + JUST + "(?:done|did it)|all done|i did|checked in"
            + "|i checked in"
            + "|(?:i\\s+)?" + JUST + "(?:reached out|got in touch)(?:\\s+(?:to|with)\\s+(?:them|her|him))?"
            + "|(?:i\\s+)?" + JUST + "(?:called|emailed|texted|met|messaged|saw)\\s+(?:them|her|him))"
            + "(?:\\s+(?:today|already|just now|yesterday))?";
    static final Pattern DONE = Pattern.compile(ACK + DONE_WORDS + THANKS + END);
    /** What parts a "done" from what she says next or said before: a stop, a dash, a comma, an "and", or a space. */
    private static final String APART = "(?:\\s*[,;:.!\u2014\u2013-]+\\s*|\\s+)(?:(?:and|&|then|so)\\s+)?";
    /** A "done" (or an "ok", a "yes") said first, before the contact told ("done, called them", "yes - emailed her"). */
    private static final Pattern DONE_FIRST = Pattern.compile("(?:" + ACK + DONE_WORDS + "|ok(?:ay)?|yes|yep|yeah)"
            + APART);
    /** The contact told, then a "done" ("called them, done", "emailed the pastor and all done"). */
    private static final Pattern DONE_AFTER = Pattern.compile("(.+?)" + APART + "(?:all\\s+done|done|did it"
            + "|checked in)" + THANKS + END, Pattern.DOTALL);
    /**
     * A line that tells of the contact in her own words, starting with what she did ("I emailed the principal this
     * morning", "Spoke with their director at the fair"): under a check-in that stands, about it, as "done" is, not an
     * answer to the walk below which the check-in came. At most {@link #CONTACT_TOLD_AT_MOST} characters: a longer
     * line is a text of its own.
     */
    private static final Pattern CONTACT_TOLD = Pattern.compile("(?:(?:ok(?:ay)?|yes|yep|yeah),?\\s+)?(?:i\\s+)?"
            + JUST + "(?:called|phoned|rang|emailed|e-mailed|texted|messaged|dm'?d|met(?:\\s+with)?|saw|visited"
            + "|spoke\\s+(?:to|with)|talked\\s+(?:to|with)|reached\\s+out\\s+to|got\\s+in\\s+touch\\s+with"
            + "|had\\s+(?:coffee|lunch|a\\s+call|a\\s+chat|a\\s+meeting)\\s+with)\\s+\\S.*", Pattern.DOTALL);
    private static final int CONTACT_TOLD_AT_MOST = 300;
    /** Where a check-in sent by DM is, for the reply that points to its buttons. */
    private static final String ABOVE = "on my reminder above";
    /** The most of a server's name a reply shows (Discord allows 100). */
    private static final int SERVER_NAME = 60;
    /** "Not now" in its everyday forms, and the check-in's snoozes in words ("snooze 1 week", "remind me tomorrow"). */
    private static final Pattern LATER = Pattern.compile("(?:(?:ok(?:ay)?|sorry|hmm),?\\s+)?"
            + "(?:not now|not right now|not today|not yet|not this week|later|maybe later|too busy|busy"
            + "|no time(?:\\s+(?:now|today|this week))?"
            + "|snooze(?:\\s+(?:it|them))?(?:\\s+(?:for\\s+)?(?:1|one|a)\\s+(?:day|week))?"
            + "|remind me (?:later|tomorrow|next week|in a (?:day|week)))" + THANKS + END);

    /**
     * The partners of the member's latest check-in reminder: those it still waits for, those she snoozed, those whose
     * reminders she paused, those whose contact was logged since, and those handed to someone else since; where the
     * reminder is, for a reply that points to its buttons ("on my reminder above"); and the rule that holds her next
     * check-ins past their due time. {@code deleted}: what a member is told of each partner it named, when all were
     * deleted for good since; {@code gone}: when only some were, that each was deleted, when and by whom.
     */
    private record Latest(List<Partner> waiting, List<Partner> snoozed, List<Partner> paused, List<Partner> logged,
                          List<Partner> handed, Map<Long, CultivateState> states, String where,
                          CultivatePlanner.Hold hold, Caller who, List<String> deleted, List<String> gone,
                          ScheduledSend send) {

        static final Latest NONE = new Latest(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "",
                null, null, List.of(), List.of(), null);

        /** Every partner it named was deleted for good since: what a member who names each is told. */
        static Latest deleted(Caller who, List<String> told) {
            return new Latest(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), "", null, who, told,
                    List.of(), null);
        }

        boolean none() {
            return waiting.isEmpty() && snoozed.isEmpty() && paused.isEmpty() && logged.isEmpty() && handed.isEmpty()
                    && deleted.isEmpty();
        }

        /** Something of it is hers to do or to put off: a partner it waits for, or one she snoozed. */
        boolean open() {
            return !waiting.isEmpty() || !snoozed.isEmpty();
        }
    }

    private final Database db;
    private final CultivateStore store;
    private final PartnerDirectory directory;
    private final CultivateStatus status;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final Clock clock;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;
    /** Each server's name, as the platform knows it, to tell two servers' check-ins apart. */
    private final Messenger messenger;
    /** Her words that told of a contact, for the Log a touchpoint form she opens next. */
    private final ToldContacts told;

    CheckInReplies(Database db, CultivateStore store, PartnerDirectory directory, CultivateStatus status,
                   Outbox outbox, ServerSettings settings, Clock clock, Function<Caller, Instant> lastWalkActivity,
                   Messenger messenger, ToldContacts told) {
        this.told = told;
        this.db = db;
        this.store = store;
        this.directory = directory;
        this.status = status;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.lastWalkActivity = lastWalkActivity;
        this.messenger = messenger;
    }

    /**
     * A line typed in the DM as the replies to a reminder read it: stripped, in lower case, a phone's apostrophe as the
     * keyboard's; empty for one typed anywhere else.
     */
    static Optional<String> typedInDm(Inbound.TypedMessage message) {
        return message.caller().inDm() && message.text() != null
                ? Optional.of(message.text().strip().toLowerCase(Locale.ROOT).replace('’', '\'')) : Optional.empty();
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller home = message.caller();
        Optional<String> typed = typedInDm(message);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String said = typed.get();
        if (PuzzledLine.asks(said)) {
            return explained(home);
        }
        boolean done = toldDone(said);
        if (!done && !LATER.matcher(said).matches()) {
            return Optional.empty();
        }
        List<Latest> standing = standing(home);
        List<Latest> open = standing.stream().filter(Latest::open).toList();
        if (open.size() > 1) {
            return Optional.of(which(open, done));
        }
        Latest latest = !open.isEmpty() ? open.get(0) : standing.isEmpty() ? Latest.NONE : standing.get(0);
        if (latest.none()) {
            return Optional.empty();
        }
        if (!latest.deleted().isEmpty()) {
            return Optional.of(Reply.text(String.join("\n", latest.deleted()) + (done ? "\nSo there's no contact to "
                    + "log, and I logged nothing." : "")));
        }
        Reply answer = answer(latest, done, said, message.text().strip());
        if (latest.gone().isEmpty()) {
            return Optional.of(answer);
        }
        // some of its partners were deleted since: the answer is about the others, and one line names those
        return Optional.of(answer.withText(answer.text() + "\n" + Shown.and(latest.gone()) + ", so there's nothing "
                + "to log for " + (latest.gone().size() == 1 ? "it" : "them") + "."));
    }

    /**
     * Whether the line says she was in touch: "done" and its everyday forms ({@link #DONE}), the contact told in her
     * own words ({@link #CONTACT_TOLD}), or the two together, in either order ("done, called them", "Done! Emailed the
     * pastor this morning", "called them, all done").
     */
    static boolean toldDone(String said) {
        if (DONE.matcher(said).matches()) {
            return true;
        }
        return said.length() <= CONTACT_TOLD_AT_MOST && told(said, 2);
    }

    private static boolean told(String said, int depth) {
        if (said.isEmpty()) {
            return false;
        }
        if (DONE.matcher(said).matches() || CONTACT_TOLD.matcher(said).matches()) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        java.util.regex.Matcher first = DONE_FIRST.matcher(said);
        if (first.lookingAt() && first.end() < said.length() && told(said.substring(first.end()), depth - 1)) {
            return true;
        }
        java.util.regex.Matcher after = DONE_AFTER.matcher(said);
        return after.matches() && told(after.group(1), depth - 1);
    }

    /**
     * A puzzled line ("what is this?", "??") while a check-in she was sent by DM is the newest message the bot sent her
     * there, and still waits for her: what it is, who sees what she logs, and which button does what. Empty otherwise,
     * for the walks to answer as before.
     */
    private Optional<Reply> explained(Caller home) {
        List<Latest> standing = standing(home);
        if (standing.isEmpty() || standing.get(0).send() == null || standing.get(0).waiting().isEmpty()
                || !standing.get(0).where().equals(ABOVE)) {
            return Optional.empty();
        }
        Latest latest = standing.get(0);
        ScheduledSend sent = latest.send();
        boolean newest = outbox.history().newestDm(home.userId(), sent.sentAt())
                .filter(n -> n.id() == sent.id() || n.kind().equals(sent.kind()) && n.guildId() == sent.guildId()
                        && n.sentAt().equals(sent.sentAt())).isPresent();
        if (!newest) {
            return Optional.empty();
        }
        List<Partner> waiting = latest.waiting();
        boolean one = waiting.size() == 1;
        return Optional.of(Reply.text("That's a check-in from me, Partner Coach: you look after " + names(waiting)
                + ", and " + (one ? "it's" : "they're") + " due for a contact, so I'm reminding you to keep in touch."
                + " Been in touch? " + (one ? "Press" : "Pick the partner on it, then press")
                + " **Log a touchpoint** and say what happened: it's kept on the partner's page (`/partner show`), "
                + "where the coalition sees it, and the next check-in counts from it. Not now? Press **Snooze 1 day** "
                + "or **Snooze 1 week**. If the coalition has moved on, **We've moved on** takes it off the list."));
    }

    /** "done" or "not now" answered about the partners of {@code latest} still on the list. */
    private Reply answer(Latest latest, boolean done, String said, String typed) {
        Caller who = latest.who();
        List<Partner> waiting = latest.waiting();
        if (waiting.isEmpty() && !latest.snoozed().isEmpty()) {
            return afterSnooze(who, latest, done, said, typed);
        }
        if (waiting.isEmpty() && !latest.paused().isEmpty()) {
            return paused(latest.paused(), done);
        }
        if (waiting.isEmpty() && !latest.logged().isEmpty()) {
            return alreadyLogged(who, latest.logged(), done);
        }
        if (waiting.isEmpty()) {
            return handedOver(latest.handed(), done);
        }
        String names = names(waiting);
        if (done) {
            return toldUnder(latest, said, typed);
        }
        return Reply.text("No problem. Press **Snooze 1 day** or **Snooze 1 week** " + latest.where()
                + (waiting.size() > 1 ? ", after picking the partner," : "") + " and I'll bring " + names
                + " up again then. Left as it is, the next reminder comes after the usual cadence.");
    }

    /**
     * "done", or the contact told, under a check-in that waits for her: the partner she means, when there is one to
     * tell (the only one, or the one her words name among several), else a thank-you that asks which; and the button
     * that keeps it. Words that tell more than a bare "done" are kept for the form that button opens ({@link
     * ToldContacts}).
     */
    private Reply toldUnder(Latest latest, String said, String typed) {
        List<Partner> waiting = latest.waiting();
        Optional<Partner> meant = waiting.size() == 1 ? Optional.of(waiting.get(0)) : namedIn(said, waiting, Map.of());
        if (meant.isEmpty() && waiting.size() > 1) {
            // by the name the check-in showed, when one of them was renamed since (read only then)
            Map<Long, String> shown = directory.namesBefore(latest.who().guildId(), latest.send().sentAt());
            if (waiting.stream().anyMatch(p -> shown.containsKey(p.id()))) {
                meant = namedIn(said, waiting, shown);
            }
        }
        boolean kept = !DONE.matcher(said).matches();
        if (kept) {
            Caller who = latest.who();
            told.keep(who.guildId(), latest.send().id(), who.userId(), new ToldContacts.Told(typed, kindOf(said),
                    meant.map(p -> java.util.Set.of(p.id())).orElseGet(() -> waiting.stream().map(Partner::id)
                            .collect(java.util.stream.Collectors.toSet()))));
        }
        String words = kept ? ": the form starts with your words, to send as they are or add to. The next check-in "
                + "then counts from that contact." : ": the next check-in then counts from that contact.";
        if (meant.isPresent()) {
            return Reply.text("Glad you were in touch with " + names(List.of(meant.get())) + "! To keep it, "
                    + (waiting.size() > 1 ? "pick it " + latest.where() + " and press **Log a touchpoint**"
                    : "press **Log a touchpoint** " + latest.where()) + words + " Nothing is logged until you do.");
        }
        return Reply.text("Glad you were in touch! Which partner was it? To keep it, pick that one " + latest.where()
                + " and press **Log a touchpoint**" + words + " Nothing is logged until you do.");
    }

    /**
     * The one partner of {@code partners} her line names: its whole name, else a word of it no other of them has
     * ("at the clinic" for Northside Clinic, not for Eastside Food Bank). Empty when it names none, or several. Each
     * goes by its name now and by the one in {@code shownAs} (by id: the name the check-in showed, before a rename).
     */
    static Optional<Partner> namedIn(String said, List<Partner> partners, Map<Long, String> shownAs) {
        String line = " " + wordsOf(said) + " ";
        Function<Partner, List<String>> names = p -> shownAs.containsKey(p.id())
                ? List.of(p.name(), shownAs.get(p.id())) : List.of(p.name());
        List<Partner> whole = partners.stream().filter(p -> names.apply(p).stream().anyMatch(n ->
                !wordsOf(n).isBlank() && line.contains(" " + wordsOf(n) + " "))).toList();
        if (whole.size() == 1) {
            return Optional.of(whole.get(0));
        }
        if (whole.size() > 1) {
            return Optional.empty();
        }
        java.util.Set<String> typedWords = new java.util.HashSet<>(List.of(line.strip().split(" ")));
        Function<Partner, java.util.Set<String>> words = p -> names.apply(p).stream()
                .flatMap(n -> nameWords(n).stream()).collect(java.util.stream.Collectors.toSet());
        List<Partner> byWord = partners.stream().filter(p -> words.apply(p).stream().filter(w -> partners.stream()
                .filter(o -> o != p).noneMatch(o -> words.apply(o).contains(w)))
                .anyMatch(w -> typedWords.contains(w) || typedWords.contains(w + "s")
                        || w.endsWith("s") && typedWords.contains(w.substring(0, w.length() - 1)))).toList();
        return byWord.size() == 1 ? Optional.of(byWord.get(0)) : Optional.empty();
    }

    /** Words too common in organizations' names, or in a line, to tell one partner from another. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("the", "and", "of", "for", "at", "in", "on",
            "to", "a", "an", "with", "them", "their", "this", "that", "inc", "llc", "co", "org");

    /** The words of a partner's name that may tell it apart: three letters or more, not {@link #COMMON}. */
    private static java.util.Set<String> nameWords(String name) {
        return java.util.Arrays.stream(wordsOf(name).split(" ")).filter(w -> w.length() >= 3
                && !COMMON.contains(w)).collect(java.util.stream.Collectors.toSet());
    }

    /** Lower case letters and digits, one space apart ("St. Mary's" is "st mary's"). */
    private static String wordsOf(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }

    /**
     * "done" or "not now" while check-ins of several servers wait for her in the one DM: each server with the
     * partners it waits for, and which buttons (or command) do what she means there. Nothing is logged or snoozed.
     */
    private Reply which(List<Latest> open, boolean done) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < open.size(); i++) {
            Latest l = open.get(i);
            List<Partner> partners = new java.util.ArrayList<>(l.waiting());
            partners.addAll(l.snoozed());
            list.append(i == 0 ? "" : i == open.size() - 1 ? " and " : ", ").append(names(partners)).append(" from ")
                    .append(serverName(l.who().guildId(), i)).append(l.waiting().isEmpty() ? " (snoozed)" : "");
        }
        String waiting = "Check-ins from " + (open.size() == 2 ? "two" : open.size()) + " of your servers wait for "
                + "you here: " + list + ". ";
        if (done) {
            return Reply.text("Glad you were in touch! " + waiting + "Which one did you reach? Press **Log a "
                    + "touchpoint** on that server's check-in, or use `/partner log` in that server: its next "
                    + "check-in then counts from the contact. Nothing is logged until you do.");
        }
        return Reply.text("No problem. " + waiting + "Which one should wait? Press **Snooze 1 day** or **Snooze 1 "
                + "week** on that server's check-in. Left as they are, the next reminders come after the usual "
                + "cadence.");
    }

    /** The server's name in bold as the platform knows it, else "one server" / "another" by its place. */
    private String serverName(long guildId, int place) {
        return messenger.serverName(guildId).filter(n -> !n.isBlank())
                .map(n -> "**" + Shown.text(n.strip(), SERVER_NAME) + "**")
                .orElse(place == 0 ? "one server" : "another");
    }

    /**
     * "done" or "not now" once the check-in's contact is logged: nothing is left to do or to put off, and the next
     * check-in counts from that contact (when, for one partner).
     */
    private Reply alreadyLogged(Caller who, List<Partner> logged, boolean done) {
        String next = logged.size() == 1 ? " Its reminders: " + status.withoutButton(logged.get(0), who.userId()) + "."
                : "";
        return Reply.text(done ? "Your contact with " + names(logged) + " is already logged, so the next check-in "
                + "counts from it. Nothing more to do. Thank you for keeping the relationship warm!" + next
                : "No need: your contact with " + names(logged) + " is already logged, so there's nothing to "
                + "snooze, and the next check-in counts from that contact." + next);
    }

    /**
     * "done" or "not now" under a check-in whose partners' reminders she paused since (asked whether to pause them or
     * keep going): none come until a contact is logged or she resumes them, and which command does each. Nothing is
     * logged from the word: a contact logged starts the paused reminders again, which she does in her own words.
     */
    private Reply paused(List<Partner> paused, boolean done) {
        boolean one = paused.size() == 1;
        String name = Shown.text(paused.get(0).name());
        String log = "`/partner log partner:" + name + "`" + (one ? "" : " (or the other's name)");
        String resume = "**" + CultivateStatus.RESUME + "** on `/partner show partner:" + name + "`";
        if (!done) {
            return Reply.text("No need: the reminders for " + names(paused) + " are paused, so none come to snooze. "
                    + "To have them back, press " + resume + ", or log a contact with " + log + ".");
        }
        return Reply.text("Glad you were in touch with " + names(paused) + "! " + (one ? "Its" : "Their")
                + " reminders are paused, so I logged nothing from that. To keep the contact, log it with " + log + ": that "
                + "starts the reminders again, counting from it. To have them back without one, press " + resume
                + ".");
    }

    /**
     * "done" or "not now" under a check-in whose partners were all handed to someone else since: who looks after
     * them now. Nothing is logged from the word: "done" may mean the hand-over itself, and a contact guessed from it
     * would silently put off the new owner's check-in; {@code /partner log}, open to every member, keeps a real one
     * on record for them.
     */
    private Reply handedOver(List<Partner> handed, boolean done) {
        Partner first = handed.get(0);
        if (!done) {
            return Reply.text("No need: " + handedOn(handed) + ", and there's nothing for you to snooze.");
        }
        return Reply.text("Thanks for reaching out! " + handedOn(handed) + ", so I logged nothing from that. "
                + "If you were in touch, log it with `/partner log partner:" + Shown.text(first.name()) + "`"
                + (handed.size() > 1 ? " (or the other's name)" : "") + ": the contact stays on record, and the "
                + "next check-in counts from it.");
    }

    /**
     * "“Eastside Food Bank” is looked after by @cora now, so its check-ins go to them": who has the partners of a
     * check-in handed to someone else since, as a typed word and the check-in's own buttons and menu tell it.
     */
    static String handedOn(List<Partner> handed) {
        Partner first = handed.get(0);
        boolean one = handed.stream().map(Partner::ownerId).distinct().count() == 1;
        String whose = !one ? " are looked after by others now (`/partner show` says who), so their check-ins go "
                + "to them"
                : (handed.size() == 1 ? " is" : " are") + " looked after by " + (first.hasOwner()
                ? Mentions.user(first.ownerId()) : "nobody at the moment") + " now, so "
                + (handed.size() == 1 ? "its" : "their") + " check-ins go to "
                + (first.hasOwner() ? "them" : "the reminder channel");
        return names(handed) + whose;
    }

    /**
     * "done" or "not now" under a reminder whose partners she has all snoozed (it shows no buttons any more): one
     * snoozed partner's contact is logged, in her words; several are named, with the command that logs one.
     */
    private Reply afterSnooze(Caller who, Latest latest, boolean done, String said, String typed) {
        List<Partner> snoozed = latest.snoozed();
        String names = names(snoozed);
        if (!done) {
            // when the first of them comes up again: its snooze's end, or later when quiet hours hold it
            Instant until = status.reaches(who.guildId(), who.userId(), snoozed.stream()
                    .map(p -> latest.states().get(p.id()).snoozedUntil()).min(Comparator.naturalOrder())
                    .orElseThrow(), latest.hold());
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
                + (kind == Touchpoint.Kind.NOTE ? "" : (kind == Touchpoint.Kind.EMAIL ? " as an " : " as a ")
                + kind.label().toLowerCase(Locale.ROOT))
                + ", and the snooze is over. Its reminders now count from this contact: "
                + status.withoutButton(now, who.userId())
                + ". Nice work keeping the relationship warm!");
    }

    /** A call, an email or a meeting when her words say so ("called them"), else a note. */
    private static Touchpoint.Kind kindOf(String said) {
        if (said.contains("called") || said.contains("phoned") || said.startsWith("rang ")
                || said.startsWith("i rang ")) {
            return Touchpoint.Kind.CALL;
        }
        if (said.contains("emailed") || said.contains("e-mailed")) {
            return Touchpoint.Kind.EMAIL;
        }
        return said.contains("met ") || said.contains("saw ") || said.contains("visited")
                || said.matches("(?s).*\\bhad (?:coffee|lunch|a meeting) with\\b.*")
                ? Touchpoint.Kind.MEETING : Touchpoint.Kind.NOTE;
    }

    /**
     * When she last moved a coaching walk in her home server or any of {@code servers}, whichever it was of (her DM
     * with the bot is one); null: never. A reminder sent before it is no longer the last thing her DM shows.
     */
    static Instant lastWalked(Function<Caller, Instant> lastWalkActivity, Caller home,
                              java.util.stream.Stream<Long> servers) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(home.guildId()), servers)
                .filter(g -> g != 0).distinct().map(g -> lastWalkActivity.apply(home.inGuild(g)))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The latest check-in of each server that stands in her DM, newest first ({@link #latestFor}); none when a walk
     * moved since, in whichever server, or a personal reminder came below it. {@code home}: the DM's caller, filed
     * under the server she last worked in (0: none).
     */
    private List<Latest> standing(Caller home) {
        List<SendHistory.LastSent> sent = outbox.history().lastSentInEachServer(CultivateReminders.KIND,
                PersonalReminders.KIND, home.userId(), clock.instant().minus(Outbox.KEEP_CLOSED));
        if (sent.isEmpty()) {
            return List.of();
        }
        // a walk moved in the DM after the check-in: the DM shows it below, whichever server it is of
        Instant walked = lastWalked(lastWalkActivity, home, sent.stream().map(l -> l.send().guildId()));
        return sent.stream().filter(l -> !l.dmAfter())
                .filter(l -> walked == null || walked.isBefore(l.send().sentAt()))
                .map(l -> latestFor(home.inGuild(l.send().guildId()), l)).filter(l -> !l.none()).toList();
    }

    /**
     * The partners of the member's latest check-in reminder of one server that reached her ({@code last}), until
     * their next check-in reaches her: each as it stands now ({@link Latest#NONE} when that has come).
     */
    private Latest latestFor(Caller who, SendHistory.LastSent last) {
        Instant now = clock.instant();
        long guildId = who.guildId();
        ScheduledSend send = last.send();
        Instant at = send.sentAt();
        List<Long> ids = CultivateReminders.partnerIds(send);
        var states = db.read(c -> store.states(c, guildId, ids));
        // those the message named: the ones still due when it went out were reminded then (another owner's later)
        List<Partner> found = directory.find(guildId, ids);
        // those it named that are no longer on the list at all: only they can have been deleted for good since
        java.util.Set<Long> foundIds = found.stream().map(Partner::id).collect(java.util.stream.Collectors.toSet());
        List<Long> missing = ids.stream().filter(id -> !foundIds.contains(id)).toList();
        List<Partner> named = found.stream().filter(Partner::active).filter(p -> {
            CultivateState s = states.get(p.id());
            return s != null && s.remindedAt() != null && !s.remindedAt().isBefore(at);
        }).sorted(Comparator.comparingLong(Partner::id)).toList();
        // it stands until the next check-in of its partners reaches her (the next one she gets replaces it): when
        // due, or later when the once-a-day rule or her quiet hours hold it
        java.time.ZoneId zone = settings.memberZone(guildId, who.userId());
        int defaultDays = settings.of(guildId).defaultCadenceDays();
        Instant due = named.stream().map(p -> states.get(p.id()).nextAt(p.cycleFrom(), p.cadenceDays(defaultDays),
                zone)).max(Comparator.naturalOrder()).orElse(at);
        if (named.isEmpty()) {
            // the partners it named were deleted since: said so, where the word would go to the walks
            List<String> deleted = deletedSince(guildId, missing, at).stream().map(PartnerDirectory.Deleted::told)
                    .toList();
            return deleted.isEmpty() ? Latest.NONE : Latest.deleted(who, deleted);
        }
        CultivatePlanner.Hold hold = status.hold(guildId, who.userId());
        if (!now.isBefore(status.reaches(guildId, who.userId(), due, hold))) {
            return Latest.NONE;
        }
        List<Partner> handed = named.stream().filter(p -> p.ownerId() != who.userId()).toList();
        // hers: unless brought back from moved-on since (a stretch of its own)
        List<Partner> hers = named.stream().filter(p -> p.ownerId() == who.userId()).filter(p -> {
            CultivateState s = states.get(p.id());
            return loggedSince(s, p) || s.current(p) == s;
        }).toList();
        List<Partner> logged = hers.stream().filter(p -> loggedSince(states.get(p.id()), p)).toList();
        List<Partner> paused = hers.stream().filter(p -> !logged.contains(p))
                .filter(p -> states.get(p.id()).decision() == CultivateState.Decision.PAUSE).toList();
        List<Partner> open = hers.stream().filter(p -> !logged.contains(p) && !paused.contains(p)).toList();
        long channel = settings.of(guildId).reminderChannelId();
        String where = last.byDm() ? ABOVE
                : "on my check-in in " + (channel != 0 ? Mentions.channel(channel) : "the reminder channel");
        // snoozed since the check-in: its snooze may have ended, while quiet hours hold what comes next
        return new Latest(open.stream().filter(p -> !states.get(p.id()).snoozedSinceReminder()).toList(),
                open.stream().filter(p -> states.get(p.id()).snoozedSinceReminder()).toList(), paused, logged, handed,
                states, where, hold, who, List.of(), deletedSince(guildId, missing, at).stream()
                .map(PartnerDirectory.Deleted::gone).toList(), send);
    }

    /**
     * Which of the partners {@code missing} (named by a check-in sent at {@code at}, no longer on the list) were deleted
     * for good since: no read when every partner it named is still there, as for most check-ins.
     */
    private List<PartnerDirectory.Deleted> deletedSince(long guildId, List<Long> missing, Instant at) {
        if (missing.isEmpty()) {
            return List.of();
        }
        return directory.deletedAmong(guildId, missing).stream().filter(d -> !d.at().isBefore(at)).toList();
    }

    /** A contact with {@code p} was logged after its reminder state {@code s} was written (a new stretch began). */
    private static boolean loggedSince(CultivateState s, Partner p) {
        return s.loggedSince(p);
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
