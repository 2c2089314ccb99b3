package org.partnercoach.coaching;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Spacing;
import org.partnercoach.chat.UserError;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.settings.Prompts;
import org.partnercoach.storage.Database;

/**
 * The walk engine: moves a member through a curriculum one question at a time. It works for any curriculum and
 * any subject (none, or one partner), so the 5 tips, Ask Yourself and a partner's plan share it. Each call loads
 * the walk, decides, and writes in one transaction; nothing is kept in memory between calls.
 */
public final class Walks {

    /** The longest answer a member can give (Discord's limit for a text field in a form). */
    public static final int MAX_ANSWER = Limits.MODAL_VALUE;

    /**
     * Remembered ({@link Prompts}, per server and member) for each member whose walk went with its subject (a
     * partner deleted from the list): they began a walk, though no row of it is left.
     */
    static final String BEGAN_A_WALK = "walk-begun";

    private final Database db;
    private final Clock clock;
    private final Map<String, Curriculum> curricula;
    private final Prompts prompts;
    private final WalkStore store = new WalkStore();

    /** @param prompts remembers the members whose walk went with its subject ({@link #BEGAN_A_WALK}) */
    public Walks(Database db, Clock clock, Map<String, Curriculum> curricula, Prompts prompts) {
        this.db = db;
        this.clock = clock;
        this.curricula = Map.copyOf(curricula);
        this.prompts = prompts;
    }

    public Curriculum curriculum(String key) {
        Curriculum c = curricula.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no curriculum " + key);
        }
        return c;
    }

    /**
     * Begins a walk, or resumes it where it stood (a paused walk becomes active again). Asked for again in the DM
     * while it is the walk the DM shows, it says which question the member is on and shows it again, short.
     */
    public WalkState start(Caller who, String curriculumKey, long subjectId) {
        requireServer(who);
        return db.write(c -> {
            boolean inView = who.inDm() && store.dmShown(c, who.guildId(), who.userId())
                    .filter(m -> m.as().isPresent() && m.as().get() != WalkStore.DmShown.END_SAID)
                    .map(WalkStore.Marked::walk)
                    .filter(w -> w.status() == Walk.Status.ACTIVE && w.curriculum().equals(curriculumKey)
                            && w.subjectId() == subjectId)
                    .isPresent();
            WalkState state = startIn(c, who, curriculumKey, subjectId);
            if (inView && state.outcome() == WalkOutcome.CONTINUED && state.position().isPresent()) {
                // the DM keeps its mark as it was (a walk opened without its guidance still owes it)
                int at = state.position().get().flatIndex() + 1;
                return state.with(WalkOutcome.NOT_KEPT, "You're on question " + at + " of "
                        + state.curriculum().questionCount() + ": here it is.");
            }
            return shown(c, who, state);
        });
    }

    private WalkState startIn(Connection c, Caller who, String curriculumKey, long subjectId) throws SQLException {
        Curriculum curriculum = curriculum(curriculumKey);
        Optional<Walk> existing = store.find(c, who.guildId(), who.userId(), curriculumKey, subjectId);
        if (existing.isEmpty()) {
            Walk walk = store.create(c, who.guildId(), who.userId(), curriculumKey, subjectId,
                    curriculum.first().question().key(), now());
            return state(c, walk, WalkOutcome.STARTED, "");
        }
        return reopen(c, existing.get());
    }

    /** Makes a walk active again where it stood; a finished walk is shown as it is. */
    private WalkState reopen(Connection c, Walk walk) throws SQLException {
        if (walk.status() == Walk.Status.PAUSED) {
            walk = walk.at(walk.questionKey(), Walk.Status.ACTIVE, now());
            store.save(c, walk);
            return state(c, walk, WalkOutcome.RESUMED, "Welcome back! Here's where you left off.");
        }
        if (walk.status() == Walk.Status.ACTIVE) {
            walk = walk.at(walk.questionKey(), Walk.Status.ACTIVE, now());
            store.save(c, walk);
            return state(c, walk, WalkOutcome.CONTINUED, "Picking up where you left off.");
        }
        return state(c, walk, WalkOutcome.OPENED, "");
    }

    /** Resumes one walk of the member (from a Resume button), whatever its kind. */
    public WalkState resume(Caller who, long walkId) {
        return db.write(c -> shown(c, who, reopen(c, owned(c, who, walkId))));
    }

    /** Resumes the walk the member paused last, whatever its kind; empty when none is paused. */
    public Optional<WalkState> resumeLatestPaused(Caller who) {
        return resumeLatestPaused(who, SubjectNames.NONE);
    }

    /**
     * Resumes the walk {@code resume} brings back ({@link #latestResumable}); empty when none is paused but plans
     * for a subject set aside.
     */
    public Optional<WalkState> resumeLatestPaused(Caller who, SubjectNames subjects) {
        requireServer(who);
        return db.write(c -> {
            Optional<Walk> paused = resumable(c, who, subjects);
            return paused.isEmpty() ? Optional.<WalkState>empty()
                    : Optional.of(shown(c, who, reopen(c, paused.get())));
        });
    }

    /**
     * The walk the DM word {@code resume} brings back, without changing it: the one the member paused last, passing
     * over a plan for a subject set aside (a partner the coalition moved on from), which waits paused for its partner
     * and opens only from its own command or a button naming it, saying so.
     */
    public Optional<WalkState> latestResumable(Caller who, SubjectNames subjects) {
        return db.read(c -> {
            Optional<Walk> walk = resumable(c, who, subjects);
            return walk.isEmpty() ? Optional.<WalkState>empty()
                    : Optional.of(state(c, walk.get(), WalkOutcome.PAUSED, ""));
        });
    }

    private Optional<Walk> resumable(Connection c, Caller who, SubjectNames subjects) throws SQLException {
        List<Walk> paused = store.pausedOf(c, who.guildId(), who.userId());
        Set<Long> about = new HashSet<>();
        paused.stream().filter(w -> w.subjectId() != 0).forEach(w -> about.add(w.subjectId()));
        Set<Long> aside = about.isEmpty() ? Set.of() : subjects.setAsideAmong(who.guildId(), about);
        return paused.stream().filter(w -> !aside.contains(w.subjectId())).findFirst();
    }

    /** The walk the member paused last, if any, without changing it. */
    public Optional<WalkState> latestPaused(Caller who) {
        return db.read(c -> {
            Optional<Walk> walk = store.latestPaused(c, who.guildId(), who.userId());
            return walk.isEmpty() ? Optional.<WalkState>empty()
                    : Optional.of(state(c, walk.get(), WalkOutcome.PAUSED, ""));
        });
    }

    /** Starts a finished walk again from its first question; earlier answers stay and can be changed. */
    public WalkState restart(Caller who, long walkId) {
        return db.write(c -> {
            Walk walk = owned(c, who, walkId);
            Curriculum curriculum = curriculum(walk.curriculum());
            walk = walk.at(curriculum.first().question().key(), Walk.Status.ACTIVE, now());
            store.save(c, walk);
            return shown(c, who, state(c, walk, WalkOutcome.RESTARTED,
                    "Starting again from the top. Your earlier answers are kept."));
        });
    }

    /**
     * Opens step {@code number} (1-based) of a member's walk, starting the walk if needed: a walk begun here opens
     * with its introduction, as one begun from its command does.
     */
    public WalkState jumpToStep(Caller who, String curriculumKey, long subjectId, int number) {
        Curriculum curriculum = curriculum(curriculumKey);
        Curriculum.Position target = curriculum.startOfStep(number).orElseThrow(() -> new UserError(
                "There is no " + curriculum.stepNoun().toLowerCase() + " " + number + ". Pick a number from 1 to "
                        + curriculum.steps().size() + "."));
        requireServer(who);
        // one transaction: the walk is begun (if need be) and opened at the step together
        return db.write(c -> {
            WalkState begun = startIn(c, who, curriculumKey, subjectId);
            Walk walk = begun.walk().at(target.question().key(), Walk.Status.ACTIVE, now());
            store.save(c, walk);
            return shown(c, who, state(c, walk,
                    begun.outcome() == WalkOutcome.STARTED ? WalkOutcome.STARTED : WalkOutcome.OPENED, ""));
        });
    }

    /**
     * Stores an answer. Answering the current question moves on; an answer to an earlier question (from an old
     * message) is stored all the same and the member stays where they are.
     */
    public WalkState answer(Caller who, long walkId, String questionKey, String text) {
        return answer(who, walkId, questionKey, text, SubjectNames.NONE);
    }

    /**
     * {@link #answer}, an earlier question it names saying its subject's name ({@code subjects}) as typed. A walk
     * paused for its subject ({@code subjects} says it was set aside: a partner the coalition moved on from), answered
     * from a form opened before, keeps the words and stays paused where it stands.
     */
    public WalkState answer(Caller who, long walkId, String questionKey, String text, SubjectNames subjects) {
        String answer = cleanAnswer(text);
        return db.write(c -> shown(c, who, answerIn(c, who, walkId, questionKey, answer, subjects)));
    }

    private WalkState answerIn(Connection c, Caller who, long walkId, String questionKey, String answer,
                               SubjectNames subjects) throws SQLException {
        // one instant for the answer and the walk it moves: a "done" typed next ends this answer (justAnswered)
        Instant at = now();
        // the walk with its answers, read once: to replace an earlier answer, and to show the walk after it
        Optional<java.util.Map.Entry<Walk, List<Answer>>> read = store.byIdAnswered(c, who.guildId(), walkId);
        Walk walk = owned(who, read.map(java.util.Map.Entry::getKey));
        Curriculum curriculum = curriculum(walk.curriculum());
        Optional<Curriculum.Position> answered = curriculum.find(questionKey);
        if (answered.isEmpty()) {
            throw new UserError("That question is no longer part of the walk, so I could not file your answer "
                    + "under it. Here is what you wrote, so nothing is lost:\n> "
                    + Shown.text(answer, 1500).replace("\n", "\n> ")
                    + "\nRun `/coach start` to see the current question.");
        }
        // the answer sent back as it was (a form opened on it, say) is kept as it was, and said so
        boolean same = read.get().getValue().stream()
                .anyMatch(a -> a.questionKey().equals(questionKey) && unchanged(a, answer));
        // an answer there before, now replaced (after back, or an Edit): named, so its words are not lost unseen
        String replaced = same ? "" : read.get().getValue().stream()
                .filter(a -> a.questionKey().equals(questionKey) && !a.skipped() && !a.text().isBlank())
                .findFirst().map(a -> ", in place of " + WalkView.quote(a.text(), 100)).orElse("");
        List<Answer> answers = same ? read.get().getValue() : store.saveAnswer(c, who.guildId(), walkId,
                questionKey, answer, false, at, read.get().getValue());
        // read only for a paused walk with a subject: answering an open walk reads nothing more
        boolean stays = walk.status() == Walk.Status.DONE || waitsForSubject(walk, subjects);
        if (!questionKey.equals(walk.questionKey()) || stays) {
            walk = walk.at(walk.questionKey(), walk.status(), at);
            store.save(c, walk);
            // the question as the walk asks it: "What is the mandate of Eastside Food Bank?"
            String question = WalkView.namedShown(answered.get().question().text(),
                    subjects.nameOf(walk.guildId(), walk.subjectId()));
            return state(c, walk, answers, WalkOutcome.SAVED_EARLIER, (same ? WalkView.nothingChanged(answer)
                    : "Saved your answer to “" + WalkView.clip(question, 80) + "”" + replaced + ".")
                    + (stays ? "" : " Here's where you are now."));
        }
        boolean unseen = read.get().getValue().stream().noneMatch(a -> a.questionKey().equals(questionKey));
        return advance(c, walk, answers, unseen, curriculum, answered.get(), WalkOutcome.SAVED,
                same ? WalkView.nothingChanged(answer) : "Saved: " + WalkView.quote(answer, 200) + replaced, at);
    }

    /**
     * Whether a text has words in it (a letter or a digit, in any script): an emoji alone, punctuation or symbols
     * answer nothing, in a walk or elsewhere (a group session's answer).
     */
    public static boolean hasWords(String text) {
        return text != null && DmWords.hasWords(text);
    }

    /**
     * Whether a text has words of its author's own: not only emoji or punctuation, nor only mentions ({@code
     * @everyone}, {@code @here}, a member, a role, a channel), which call people in and answer nothing.
     */
    public static boolean ownWords(String text) {
        return text != null && DmWords.hasWords(Mentions.removedFrom(text));
    }

    /** At most this many letters or digits beside a mention say nothing yet ("@everyone a", "<@bea> ok"). */
    private static final int LITTLE_BESIDE_MENTIONS = 2;

    /**
     * Whether a text answers a question: words of its author's own ({@link #ownWords}), and where it mentions
     * anyone, more than a letter or two of them besides: "@everyone a" or "@bea ok" calls people in and says nothing
     * yet, where "12" alone or "@everyone the clinic" does.
     */
    public static boolean answers(String text) {
        return ownWords(text) && littleBesideMentions(text).isEmpty();
    }

    /**
     * Why a text of mentions with a letter or two besides is not kept as an answer, to follow "I didn't keep “…” as
     * an answer: " (its author reads what they typed quoted back, so nothing is lost); empty for any other text.
     */
    public static Optional<String> littleBesideMentions(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String own = Mentions.removedFrom(text);
        if (own.equals(text) || !DmWords.hasWords(own) || DmWords.wordCharacters(own) > LITTLE_BESIDE_MENTIONS) {
            return Optional.empty();
        }
        return Optional.of("a mention calls people in, and " + WalkView.quote(Spacing.tidied(own), 20)
                + " on its own doesn't say what you think yet.");
    }

    /** What {@code text} was, quoted back to its author when it is not kept ("“@everyone a”"). */
    public static String typedBack(String text) {
        return WalkView.quote(text == null ? "" : text.strip(), 200);
    }

    /** Why a text of mentions alone is not kept as an answer, in the words its author reads. */
    public static final String MENTIONS_SAY_NOTHING = "a mention calls people in, but doesn't say what you think.";

    /** Whether {@code text} is the answer as it stands already (sent back as it was, spaces aside). */
    static boolean unchanged(Answer before, String text) {
        return !before.skipped() && before.text().strip().equals(text == null ? "" : text.strip());
    }

    /** Moves past the current question without an answer (an earlier answer to it is kept). */
    public WalkState skip(Caller who, long walkId, String questionKey) {
        return skip(who, walkId, questionKey, SubjectNames.NONE);
    }

    /**
     * {@link #skip}; a plan paused for its subject ({@code subjects} says it was set aside: a partner the coalition
     * moved on from) stays paused where it stands ({@link WalkOutcome#WAITS_FOR_SUBJECT}).
     */
    public WalkState skip(Caller who, long walkId, String questionKey, SubjectNames subjects) {
        return skip(who, walkId, questionKey, subjects, "Skipped.",
                "Moved on; your earlier answer to that question is kept.");
    }

    /**
     * {@link #skip} for a member who doesn't know yet ("idk"): the question is left open in the same way, said warmly
     * ({@code leftOpen}, or {@code kept} when an earlier answer to it stays).
     */
    public WalkState leaveOpen(Caller who, long walkId, String questionKey, String leftOpen, String kept) {
        return skip(who, walkId, questionKey, SubjectNames.NONE, leftOpen, kept);
    }

    private WalkState skip(Caller who, long walkId, String questionKey, SubjectNames subjects, String skipped,
                           String earlierKept) {
        return fromCurrent(who, walkId, questionKey, subjects, (c, walk, curriculum, at) -> {
            List<Answer> before = store.answers(c, who.guildId(), walkId);
            boolean unseen = before.stream().noneMatch(a -> a.questionKey().equals(questionKey));
            List<Answer> answers = store.saveAnswer(c, who.guildId(), walkId, questionKey, "", true, now(), before);
            // skipping a question answered before moves on and keeps that answer: say so
            boolean kept = answers.stream().anyMatch(a -> a.questionKey().equals(questionKey) && !a.skipped());
            return advance(c, walk, answers, unseen, curriculum, at, WalkOutcome.SKIPPED, kept ? earlierKept : skipped,
                    now());
        });
    }

    /** Goes back one question, as the member walked them ({@link WalkState#before}). */
    public WalkState back(Caller who, long walkId, String questionKey) {
        return back(who, walkId, questionKey, SubjectNames.NONE);
    }

    /** {@link #back}; a plan paused for its subject set aside stays paused, as with {@link #skip}. */
    public WalkState back(Caller who, long walkId, String questionKey, SubjectNames subjects) {
        return fromCurrent(who, walkId, questionKey, subjects, (c, walk, curriculum, at) -> {
            List<Answer> answers = store.answers(c, who.guildId(), walkId);
            WalkState here = state(c, walk, answers, WalkOutcome.BACK,
                    "This is the first question, so there is nothing before it.");
            // the question before this one as the member walked it (WalkState#before): after the walk came round
            // from its last question, the one just answered
            Optional<Curriculum.Position> previous = here.before(at);
            if (previous.isEmpty()) {
                return here;
            }
            Walk moved = walk.at(previous.get().question().key(), Walk.Status.ACTIVE, now());
            store.save(c, moved);
            return state(c, moved, answers, WalkOutcome.BACK, previous.get().flatIndex() < at.flatIndex()
                    ? "Back one question." : "Back to question " + (previous.get().flatIndex() + 1)
                    + ", the one you were on before question " + (at.flatIndex() + 1) + ".");
        });
    }

    /** A move made from the question the member stands on. */
    @FunctionalInterface
    private interface Move {
        WalkState apply(Connection c, Walk walk, Curriculum curriculum, Curriculum.Position at) throws SQLException;
    }

    /**
     * Runs {@code move} when the button names the question the member stands on; otherwise (an old message, a
     * paused or finished walk) shows where they really are.
     */
    private WalkState fromCurrent(Caller who, long walkId, String questionKey, SubjectNames subjects, Move move) {
        return db.write(c -> {
            Walk walk = owned(c, who, walkId);
            Optional<WalkState> elsewhere = notHere(c, walk, questionKey, subjects);
            if (elsewhere.isPresent()) {
                return shown(c, who, elsewhere.get());
            }
            Curriculum curriculum = curriculum(walk.curriculum());
            return shown(c, who, move.apply(c, walk, curriculum, curriculum.find(questionKey).orElseThrow()));
        });
    }

    /** Pauses the walk; its command, its Resume button, or typing {@code resume} in a DM resumes it. */
    public WalkState pause(Caller who, long walkId) {
        return pause(who, walkId, SubjectNames.NONE);
    }

    /**
     * {@link #pause}; a plan already paused for its subject set aside says so ({@link WalkOutcome#WAITS_FOR_SUBJECT}),
     * read only for a paused plan.
     */
    public WalkState pause(Caller who, long walkId, SubjectNames subjects) {
        return db.write(c -> {
            Walk walk = owned(c, who, walkId);
            if (waitsForSubject(walk, subjects)) {
                return state(c, walk, WalkOutcome.WAITS_FOR_SUBJECT, "");
            }
            if (walk.status() == Walk.Status.ACTIVE) {
                walk = walk.at(walk.questionKey(), Walk.Status.PAUSED, now());
                store.save(c, walk);
            }
            return shown(c, who, state(c, walk, WalkOutcome.PAUSED, ""));
        });
    }

    /** Whether the walk has stood still for {@code away} or longer: nothing answered or moved in it since. */
    public boolean stillFor(WalkState state, java.time.Duration away) {
        return !state.walk().updatedAt().plus(away).isAfter(now());
    }

    /** Shows a walk where it stands, without changing it. */
    public WalkState show(Caller who, long walkId) {
        return db.read(c -> state(c, owned(c, who, walkId), WalkOutcome.OPENED, ""));
    }

    /**
     * What a line typed in a DM meets: the member's open walk it continues (the one they touched last), and the walk
     * the DM showed last when that one is no longer open (finished or paused since, in the server, or in the DM
     * before another walk opened in the server). A DM word that moves a walk ({@code back}, {@code skip}) or ends an
     * answer ({@code done}) is about the walk the DM showed, so with one left behind it moves nothing. The reply shows
     * the open walk, which becomes the walk the DM shows, in the same transaction.
     */
    public DmLine dmLine(Caller who) {
        return db.write(c -> {
            WalkStore.DmWalks found = store.dmWalks(c, who.guildId(), who.userId());
            Optional<Walk> left = found.shown().map(WalkStore.Marked::walk)
                    .filter(w -> w.status() != Walk.Status.ACTIVE && curricula.containsKey(w.curriculum()));
            Optional<WalkState> leftBehind = left.isEmpty() ? Optional.<WalkState>empty()
                    : Optional.of(state(c, left.get(), WalkOutcome.OPENED, ""));
            if (found.open().isEmpty()) {
                return new DmLine(Optional.empty(), leftBehind, false);
            }
            Walk open = found.open().get();
            Optional<WalkStore.DmShown> as = found.shown().filter(m -> m.walk().id() == open.id())
                    .flatMap(WalkStore.Marked::as);
            boolean opening = as.equals(Optional.of(WalkStore.DmShown.OPENING));
            if (!opening && !as.equals(Optional.of(WalkStore.DmShown.WALK))) {
                store.showInDm(c, who.guildId(), who.userId(), open.id(), WalkStore.DmShown.WALK);
            }
            return new DmLine(Optional.of(state(c, open, WalkOutcome.OPENED, "")), leftBehind, opening);
        });
    }

    /**
     * What a DM line meets ({@link #dmLine}): the open walk it continues, if any, the walk the DM showed last when it
     * is no longer open, and whether the open walk opened in the DM without its first step's guidance, which then
     * comes with the next question ({@link WalkView#render}).
     */
    public record DmLine(Optional<WalkState> open, Optional<WalkState> leftBehind, boolean guidanceOwed) {
    }

    /** How long a "Did you mean `skip`?" waits for its yes or no ({@link #takeOfferInDm}). */
    static final java.time.Duration OFFER_LASTS = java.time.Duration.ofMinutes(30);

    /**
     * Remembers the word a "Did you mean `skip`?" reply just offered in the member's DM, over the walk {@code over}
     * (none: no walk open), so that the line typed next, even after a restart, may say yes or no to it
     * ({@link #takeOfferInDm}).
     */
    public void offerInDm(Caller who, String word, Optional<WalkState> over) {
        db.write(c -> {
            store.offerInDm(c, who.guildId(), who.userId(), new WalkStore.DmOffer(word,
                    over.map(s -> s.walk().id()).orElse(0L), over.map(s -> s.walk().questionKey()).orElse("")),
                    now());
            return null;
        });
    }

    /**
     * The word offered at the member's line before this one ({@link #offerInDm}), taken away: it is for the next
     * line alone. Empty as well once the walk it was offered over moved (a button pressed since), or another opened,
     * or once {@link #OFFER_LASTS} has passed: a "yes" typed the next day answers what the DM shows then (a question,
     * a reminder come since), not a "Did you mean" the member has long put out of mind.
     */
    public Optional<String> takeOfferInDm(Caller who) {
        return db.write(c -> {
            Optional<WalkStore.DmOfferMade> offer = store.dmOffer(c, who.guildId(), who.userId());
            if (offer.isEmpty()) {
                return Optional.<String>empty();
            }
            store.forgetDmOffer(c, who.guildId(), who.userId());
            if (offer.get().at().plus(OFFER_LASTS).isBefore(now())) {
                return Optional.<String>empty();
            }
            Optional<Walk> open = store.latestActive(c, who.guildId(), who.userId());
            WalkStore.DmOffer made = offer.get().offer();
            boolean standsStill = open.map(w -> w.id() == made.walkId() && w.questionKey().equals(made.questionKey()))
                    .orElse(made.walkId() == 0);
            return standsStill ? Optional.of(made.word()) : Optional.<String>empty();
        });
    }

    /**
     * The member's open walk that a typed DM line continues (the one touched last), now the walk the DM shows: after
     * a walk left in the DM, the DM is on it from here, so a DM word that moves a walk acts on it ({@link #dmLine}).
     */
    public Optional<WalkState> carryOnInDm(Caller who) {
        return db.write(c -> {
            Optional<Walk> walk = store.latestActive(c, who.guildId(), who.userId());
            if (walk.isEmpty()) {
                return Optional.<WalkState>empty();
            }
            store.showInDm(c, who.guildId(), who.userId(), walk.get().id(), WalkStore.DmShown.WALK);
            return Optional.of(state(c, walk.get(), WalkOutcome.CONTINUED, ""));
        });
    }

    /**
     * Whether the DM said the end of this finished walk already, in full, after a thanks or an ok: the next one gets a
     * short reply. The walk is then marked as said, and is the walk the DM shows.
     */
    public boolean endSaidBeforeInDm(Caller who, WalkState done) {
        long walkId = done.walk().id();
        return db.write(c -> {
            boolean said = store.dmShown(c, who.guildId(), who.userId())
                    .filter(m -> m.walk().id() == walkId && m.as().equals(Optional.of(WalkStore.DmShown.END_SAID)))
                    .isPresent();
            if (!said) {
                store.showInDm(c, who.guildId(), who.userId(), walkId, WalkStore.DmShown.END_SAID);
            }
            return said;
        });
    }

    /**
     * In a DM, the walk a reply shows becomes the one the DM shows ({@link #dmLine}), marked as opened without its
     * guidance when it begins so; elsewhere nothing changes.
     */
    private WalkState shown(Connection c, Caller who, WalkState state) throws SQLException {
        if (who.inDm()) {
            store.showInDm(c, who.guildId(), who.userId(), state.walk().id(), WalkView.holdsGuidanceBack(state,
                    org.partnercoach.chat.Surface.DM) ? WalkStore.DmShown.OPENING : WalkStore.DmShown.WALK);
        }
        return state;
    }

    /** Whether the member has another walk open besides this one (then a DM reply names the walk it moved). */
    public boolean anotherOpen(WalkState state) {
        Walk walk = state.walk();
        return db.read(c -> store.openBesides(c, walk.guildId(), walk.userId(), walk.id())) > 0;
    }

    /**
     * Whether the last thing done in the walk was an answer: nothing moved it since its newest answer (a {@code
     * resume}, {@code back} or {@code skip} since then did). An answer and the move it makes share one instant.
     */
    public static boolean justAnswered(WalkState state) {
        return state.answers().stream().filter(a -> !a.skipped()).map(Answer::updatedAt).max(Instant::compareTo)
                .map(at -> !state.walk().updatedAt().isAfter(at)).orElse(false);
    }

    /**
     * A walk of the member's in another server: its title, whether it is paused, and for a plan paused because the
     * coalition there moved on from its partner, that partner's name as typed and the command that opens the plan
     * ({@code movedOnFrom} is empty otherwise).
     */
    public record Elsewhere(String title, boolean paused, String movedOnFrom, String command) {

        /** Whether it is a plan that waits for its partner, which the coalition there moved on from. */
        public boolean setAside() {
            return !movedOnFrom.isEmpty();
        }
    }

    /**
     * The member's walk not finished in another server than the one they act in, for a DM line there: the active one
     * touched last, else the paused one touched last, passing over a plan paused because the coalition there moved on
     * from its partner (as {@code resume} does) unless nothing else is paused. In a DM, where their DMs belong to the
     * server they last ran a command in, it is a walk of a server they used before. Only its title ("Ask Yourself",
     * "Plan for one partner") and whether it is paused, and the partner of a plan that waits for it: it is for the
     * member's own DM, to say why a line was not kept and where its walk is.
     */
    public Optional<Elsewhere> openElsewhere(Caller who, SubjectNames subjects) {
        return db.read(c -> {
            List<Walk> open = store.openElsewhere(c, who.userId(), who.guildId()).stream()
                    .filter(w -> curricula.containsKey(w.curriculum())).toList();
            if (open.isEmpty()) {
                return Optional.<Elsewhere>empty();
            }
            Walk first = open.get(0);
            if (first.status() == Walk.Status.ACTIVE) {
                return Optional.of(elsewhere(first, ""));
            }
            // the plans waiting for a partner their server moved on from, read once per server
            Map<Long, Set<Long>> about = new HashMap<>();
            open.stream().filter(w -> w.subjectId() != 0)
                    .forEach(w -> about.computeIfAbsent(w.guildId(), g -> new HashSet<>()).add(w.subjectId()));
            Map<Long, Set<Long>> aside = new HashMap<>();
            about.forEach((guild, ids) -> aside.put(guild, subjects.setAsideAmong(guild, ids)));
            Predicate<Walk> waits = w -> aside.getOrDefault(w.guildId(), Set.of())
                    .contains(w.subjectId());
            Optional<Walk> paused = open.stream().filter(waits.negate()).findFirst();
            return Optional.of(paused.isPresent() ? elsewhere(paused.get(), "")
                    : elsewhere(first, subjects.nameOf(first.guildId(), first.subjectId())));
        });
    }

    private Elsewhere elsewhere(Walk walk, String movedOnFrom) {
        Curriculum curriculum = curriculum(walk.curriculum());
        return new Elsewhere(curriculum.title(), walk.status() == Walk.Status.PAUSED, movedOnFrom,
                movedOnFrom.isEmpty() ? "" : WalkView.named(curriculum.command(), movedOnFrom));
    }

    /** The member's walk of one curriculum and subject, if they ever started it. */
    public Optional<WalkState> find(Caller who, String curriculumKey, long subjectId) {
        return db.read(c -> {
            Optional<Walk> walk = store.find(c, who.guildId(), who.userId(), curriculumKey, subjectId);
            return walk.isEmpty() ? Optional.<WalkState>empty()
                    : Optional.of(state(c, walk.get(), WalkOutcome.OPENED, ""));
        });
    }

    /**
     * Whether the member ever began a walk, in any server: one they still have, or one that went with its subject (a
     * partner deleted since).
     */
    public boolean everBegun(Caller who) {
        return db.read(c -> store.anyOfMember(c, who.userId()))
                || prompts.askedInAnyServer(who.userId(), BEGAN_A_WALK);
    }

    /** Every walk the member has in this server, oldest first. */
    public List<WalkState> ofMember(Caller who) {
        return db.read(c -> {
            List<WalkState> out = new java.util.ArrayList<>();
            for (Walk walk : store.ofMember(c, who.guildId(), who.userId())) {
                if (curricula.containsKey(walk.curriculum())) {
                    out.add(state(c, walk, WalkOutcome.OPENED, ""));
                }
            }
            return out;
        });
    }

    /** Every member's walk of one curriculum about one subject (all the plans for one partner), oldest first. */
    public List<WalkState> aboutSubject(long guildId, String curriculumKey, long subjectId) {
        Curriculum curriculum = curriculum(curriculumKey);
        // one read, and read only: a walk whose question left the content is shown at its first open question,
        // and moved there (with the notice) when its own member opens it next
        return db.read(c -> store.aboutSubjectAnswered(c, guildId, curriculumKey, subjectId)).entrySet().stream()
                .map(e -> new WalkState(curriculum, e.getKey(), e.getKey().status() == Walk.Status.DONE
                        ? Optional.empty() : Optional.of(positionOf(curriculum, e.getKey(), e.getValue())),
                        e.getValue(), WalkOutcome.OPENED, ""))
                .toList();
    }

    /** Where a walk stands: its question, or the first question without an answer when the content lost it. */
    private static Curriculum.Position positionOf(Curriculum curriculum, Walk walk, List<Answer> answers) {
        return curriculum.find(walk.questionKey()).orElseGet(() -> curriculum.positions().stream()
                .filter(p -> answers.stream().noneMatch(a -> a.questionKey().equals(p.question().key())))
                .findFirst().orElse(curriculum.first()));
    }

    /** Forgets every member's walk about a subject that is gone (a partner deleted from the list). */
    public void forgetSubject(long guildId, String curriculumKey, long subjectId) {
        db.write(c -> {
            // a member whose only walk goes here began one all the same: not a newcomer to the DM
            for (long member : store.membersAbout(c, guildId, curriculumKey, subjectId)) {
                prompts.asked(guildId, member, BEGAN_A_WALK);
            }
            store.forgetSubject(c, guildId, curriculumKey, subjectId);
            return null;
        });
    }

    /**
     * Pauses every member's active walk about a subject set aside (a partner the coalition moved on from), so that a
     * DM line no longer answers it; its answers stay, and its command picks it up again. When each walk was last
     * touched stays as it was: {@code resume} still brings back the walk its member paused last.
     */
    public void pauseSubject(long guildId, String curriculumKey, long subjectId) {
        db.write(c -> {
            store.pauseSubject(c, guildId, curriculumKey, subjectId);
            return null;
        });
    }

    /** The answers of one walk, found by walk id (for showing a partner's plan to the coalition). */
    public List<Answer> answersOf(long guildId, long walkId) {
        return db.read(c -> store.answers(c, guildId, walkId));
    }

    /** One of the member's own answers, for editing. */
    public Answer ownAnswer(Caller who, long answerId) {
        return db.read(c -> ownedAnswer(c, who, answerId));
    }

    /** Replaces the text of one of the member's answers (a skipped question becomes answered). */
    public Answer editAnswer(Caller who, long answerId, String text) {
        String cleaned = cleanAnswer(text);
        return db.write(c -> {
            Answer answer = ownedAnswer(c, who, answerId);
            store.updateAnswer(c, who.guildId(), answerId, cleaned, false, now());
            return store.answerById(c, who.guildId(), answerId).orElse(answer);
        });
    }

    /** Clears one of the member's answers: the question counts as skipped again, ready to be answered later. */
    public Answer clearAnswer(Caller who, long answerId) {
        return db.write(c -> {
            Answer answer = ownedAnswer(c, who, answerId);
            store.updateAnswer(c, who.guildId(), answerId, "", true, now());
            return store.answerById(c, who.guildId(), answerId).orElse(answer);
        });
    }

    /**
     * Shares one of the member's answers with the coordinators, or makes it private again. An answer to a question
     * the content no longer asks can only be made private: coordinators don't see those.
     */
    public Answer toggleShared(Caller who, long answerId) {
        return db.write(c -> {
            Answer answer = ownedAnswer(c, who, answerId);
            if (!answer.shared() && isRetired(c, who, answer)) {
                throw new UserError("That answer is to a question no longer asked, so it can't be shared: it stays "
                        + "private. Run `/coach answers` to see your answers.");
            }
            store.setShared(c, who.guildId(), answerId, !answer.shared());
            return store.answerById(c, who.guildId(), answerId).orElse(answer);
        });
    }

    /** One of the member's answers, when it is to a question the content no longer asks. */
    public Optional<Answer> retiredAnswer(Caller who, long answerId) {
        return db.read(c -> {
            Answer answer = ownedAnswer(c, who, answerId);
            return isRetired(c, who, answer) ? Optional.of(answer) : Optional.<Answer>empty();
        });
    }

    /**
     * Deletes one of the member's answers to a question the content no longer asks (an answer to a question still
     * asked is cleared instead, and stays a question to answer).
     */
    public Answer deleteRetiredAnswer(Caller who, long answerId) {
        return db.write(c -> {
            Answer answer = ownedAnswer(c, who, answerId);
            if (!isRetired(c, who, answer)) {
                throw new UserError("That question is part of the walk again, so its answer stays. To clear it, "
                        + "press its Edit button in `/coach answers` and type a single `-`.");
            }
            store.deleteAnswer(c, who.guildId(), answerId);
            return answer;
        });
    }

    private boolean isRetired(Connection c, Caller who, Answer answer) throws SQLException {
        Walk walk = owned(c, who, answer.walkId());
        Curriculum curriculum = curricula.get(walk.curriculum());
        return curriculum == null || curriculum.find(answer.questionKey()).isEmpty();
    }

    /** Whether members walk this curriculum on their own (so an answer given elsewhere can be kept in it). */
    public boolean walks(String curriculumKey) {
        return curricula.containsKey(curriculumKey);
    }

    /**
     * Keeps text written elsewhere (a group session) as the member's answer to one question of their own walk,
     * beginning the walk if need be. The walk stays at the question it stood at; an earlier answer is replaced.
     */
    public WalkState keepAnswer(Caller who, String curriculumKey, String questionKey, String text) {
        String answer = cleanAnswer(text);
        requireServer(who);
        Curriculum curriculum = curriculum(curriculumKey);
        if (curriculum.find(questionKey).isEmpty()) {
            throw new UserError("That question is not part of " + curriculum.title() + " any more, so it can't be "
                    + "kept in your walk. Your group answer is still saved.");
        }
        return db.write(c -> {
            Walk walk = startIn(c, who, curriculumKey, 0).walk();
            List<Answer> answers = store.saveAnswer(c, who.guildId(), walk.id(), questionKey, answer, false, now(),
                    store.answers(c, who.guildId(), walk.id()));
            // words said in a group (an anonymous one, maybe) reach coordinators only when the member shares them
            for (Answer kept : answers) {
                if (kept.questionKey().equals(questionKey) && kept.shared()) {
                    store.setShared(c, who.guildId(), kept.id(), false);
                }
            }
            return state(c, walk, WalkOutcome.SAVED_EARLIER, "Kept in your " + curriculum.title() + " walk.");
        });
    }

    /** The member's own answer to one question of a walk they take alone, if they wrote one (not skipped). */
    public Optional<Answer> ownAnswerTo(Caller who, String curriculumKey, String questionKey) {
        return find(who, curriculumKey, 0).flatMap(w -> w.answers().stream()
                .filter(a -> a.questionKey().equals(questionKey) && !a.skipped() && !a.text().isBlank())
                .findFirst());
    }

    private Answer ownedAnswer(Connection c, Caller who, long answerId) throws SQLException {
        Answer answer = store.answerById(c, who.guildId(), answerId).orElseThrow(() -> new UserError(
                "I can't find that answer any more. Run `/coach answers` to see the ones you have."));
        owned(c, who, answer.walkId());
        return answer;
    }

    /**
     * Moves on from {@code from}, just answered or skipped ({@code firstTime}: it had nothing before). A question never
     * reached (the walk was opened at a later tip) leads on to the next one never reached, not into answers given
     * already: once none is left, the walk ends.
     */
    private WalkState advance(Connection c, Walk walk, List<Answer> answers, boolean firstTime, Curriculum curriculum,
                              Curriculum.Position from, WalkOutcome outcome, String notice, Instant now)
            throws SQLException {
        Optional<Curriculum.Position> next = curriculum.after(from);
        String nextKey = next.map(at -> at.question().key()).orElse("");
        if (firstTime && next.isPresent() && answers.stream().anyMatch(a -> a.questionKey().equals(nextKey))) {
            // the questions never reached after this one, then from the top
            List<Curriculum.Position> all = curriculum.positions();
            next = java.util.stream.Stream.concat(all.stream().skip(from.flatIndex() + 1L),
                            all.stream().limit(from.flatIndex()))
                    .filter(at -> answers.stream().noneMatch(a -> a.questionKey().equals(at.question().key())))
                    .findFirst();
            // a question never reached, gone back to past a tip opened on its own: the jump over the ones been
            // through is said, not left for the member to puzzle out
            if (next.isPresent()) {
                notice = WalkView.sentences(notice, passedOver(from, next.get()));
            }
        }
        if (next.isEmpty()) {
            // the end of the walk, reached from a tip opened on its own: questions never seen come before it ends
            Optional<Curriculum.Position> unseen = curriculum.positions().stream()
                    .filter(at -> answers.stream().noneMatch(a -> a.questionKey().equals(at.question().key())))
                    .filter(at -> !at.question().key().equals(from.question().key())).findFirst();
            if (unseen.isPresent()) {
                next = unseen;
                notice = WalkView.sentences(notice, "That was the last question; next come question "
                        + (unseen.get().flatIndex() + 1) + " and the others you haven't seen yet, then the walk "
                        + "ends.");
            }
        }
        Walk moved = next.isPresent()
                ? walk.at(next.get().question().key(), Walk.Status.ACTIVE, now)
                : walk.at(from.question().key(), Walk.Status.DONE, now);
        store.save(c, moved);
        return state(c, moved, answers, next.isPresent() ? outcome : WalkOutcome.FINISHED, notice);
    }

    /**
     * Where an answer or a skip goes past questions the member has been through already: "You've been through
     * questions 9 and 10 already, so on to question 11, the next one you haven't seen yet."; from the top when every
     * one after it was.
     */
    private static String passedOver(Curriculum.Position from, Curriculum.Position to) {
        int first = from.flatIndex() + 2;
        int last = to.flatIndex();
        String been = to.flatIndex() < from.flatIndex() ? "the questions after it"
                : first == last ? "question " + first
                : "questions " + first + (last == first + 1 ? " and " : " to ") + last;
        return "You've been through " + been + " already, so on to question " + (to.flatIndex() + 1) + ", the "
                + (to.flatIndex() < from.flatIndex() ? "first" : "next") + " one you haven't seen yet.";
    }

    /**
     * When a button names another question than the current one, show where the member really is; a plan paused for
     * its subject set aside stays paused where it stands.
     */
    private Optional<WalkState> notHere(Connection c, Walk walk, String questionKey, SubjectNames subjects)
            throws SQLException {
        if (walk.status() == Walk.Status.DONE) {
            return Optional.of(state(c, walk, WalkOutcome.STALE, "You've already finished this walk."));
        }
        if (waitsForSubject(walk, subjects)) {
            return Optional.of(state(c, walk, WalkOutcome.WAITS_FOR_SUBJECT, ""));
        }
        if (!questionKey.equals(walk.questionKey()) || walk.status() != Walk.Status.ACTIVE) {
            if (walk.status() == Walk.Status.PAUSED) {
                walk = walk.at(walk.questionKey(), Walk.Status.ACTIVE, now());
                store.save(c, walk);
            }
            boolean same = questionKey.equals(walk.questionKey());
            return Optional.of(state(c, walk, same ? WalkOutcome.RESUMED : WalkOutcome.STALE, same
                    ? "Welcome back! Here's where you left off."
                    : "That button was from an earlier question. Here's where you are now."));
        }
        return Optional.empty();
    }

    /**
     * Whether a walk is a plan paused because its subject was set aside (a partner the coalition moved on from): read
     * only for a paused walk with a subject, so that acting on an open walk reads nothing more.
     */
    static boolean waitsForSubject(Walk walk, SubjectNames subjects) {
        return walk.status() == Walk.Status.PAUSED && walk.subjectId() != 0
                && subjects.setAside(walk.guildId(), walk.subjectId());
    }

    private Walk owned(Connection c, Caller who, long walkId) throws SQLException {
        requireServer(who);
        return owned(who, store.byId(c, who.guildId(), walkId));
    }

    /**
     * The member's own walk, read from their server: a clear message when it is gone or someone else's. In a DM
     * their server is the one they last used: a button of a walk in another server is not found there.
     */
    private static Walk owned(Caller who, Optional<Walk> found) {
        requireServer(who);
        Walk walk = found.orElseThrow(() -> who.inDm() ? new UserError("I can't find that walk in the server your DMs "
                + "belong to now (the one where you last ran a command). If it's from another server, run `/coach "
                + "progress` there, then try again here.") : new Gone());
        if (walk.userId() != who.userId()) {
            throw new UserError("That button belongs to someone else's walk. Start your own with `/coach start`.");
        }
        return walk;
    }

    /**
     * A walk no longer there, in the member's server: a plan goes when its partner is deleted from the outreach list,
     * which the button that found it gone may say more of ({@link CoachingFeature}).
     */
    static final class Gone extends UserError {
        Gone() {
            super("I can't find that walk any more (a plan for a partner goes when the partner is deleted from the "
                    + "outreach list). " + PROGRESS);
        }
    }

    /** Where a member whose walk is gone finds the walks she has. */
    static final String PROGRESS = "Run `/coach progress` to see the walks you have and carry on with one.";

    /** Builds the state, moving a walk whose question vanished from the content to its first open question. */
    private WalkState state(Connection c, Walk walk, WalkOutcome outcome, String notice) throws SQLException {
        return state(c, walk, store.answers(c, walk.guildId(), walk.id()), outcome, notice);
    }

    /** {@link #state} with the walk's answers as they now are (read in this transaction). */
    private WalkState state(Connection c, Walk walk, List<Answer> answers, WalkOutcome outcome, String notice)
            throws SQLException {
        Curriculum curriculum = curriculum(walk.curriculum());
        Optional<Curriculum.Position> position = curriculum.find(walk.questionKey());
        if (position.isEmpty()) {
            Curriculum.Position open = positionOf(curriculum, walk, answers);
            walk = walk.at(open.question().key(), walk.status(), now());
            store.save(c, walk);
            position = Optional.of(open);
            outcome = WalkOutcome.CONTENT_UPDATED;
            notice = "The coaching content was updated since your last visit, so you're now at the first "
                    + "question you haven't answered yet.";
        }
        return new WalkState(curriculum, walk, walk.status() == Walk.Status.DONE ? Optional.empty() : position,
                answers, outcome, notice);
    }

    private static void requireServer(Caller who) {
        if (who.guildId() == 0) {
            throw new UserError("I don't know which coalition you're working with yet. Run `/coach start` in "
                    + "your coalition's server once, then you can carry on here.");
        }
    }

    /** Trims an answer and refuses an empty or over-long one, saying how to fix it. */
    static String cleanAnswer(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty()) {
            throw new UserError("Your answer was empty, so I kept everything as it was. Write a few words, "
                    + "or skip this question.");
        }
        if (cleaned.length() > MAX_ANSWER) {
            throw new UserError("That answer is " + Count.charactersLong(cleaned) + "; the most I "
                    + "can keep is " + Count.number(MAX_ANSWER) + ". Please shorten it and send it again. Nothing was "
                    + "changed.");
        }
        return cleaned;
    }

    private Instant now() {
        return clock.instant();
    }
}
