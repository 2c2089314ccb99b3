package org.partnercoach.coaching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.ClosestCommands;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.DmWords.Word;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.settings.Prompts;

/**
 * The coaching walk: {@code /coach start|tip|progress|answers} and {@code /reflect}, the walk's buttons and forms,
 * and typed answers in a DM.
 */
public final class CoachingFeature implements Feature {

    public static final String OPTION_NUMBER = "number";

    /** How long a walk stands still before a greeting typed to it is a member coming back, shown the step again. */
    static final java.time.Duration AWAY = java.time.Duration.ofDays(1);

    private final Walks walks;
    private final SubjectNames subjects;
    private final AnswerFollowUps followUps;
    private final AnswersPage answersPage;
    private final ProgressCard progressCard;
    private final Prompts prompts;
    private final java.util.function.Supplier<CommandCatalogue> commands;

    /**
     * @param groupAnswers answers given in group sessions, listed in {@code /coach answers} too
     * @param prompts      remembers that a member's DM had the introduction ({@link #INTRODUCED})
     * @param commands     every feature's commands, known once the features are built (null before): a command
     *                     typed in a DM that is none of them is answered with the closest
     */
    public CoachingFeature(Walks walks, SubjectNames subjects, List<AnswerFollowUp> followUps,
                           GroupAnswers groupAnswers, Prompts prompts,
                           java.util.function.Supplier<CommandCatalogue> commands) {
        this.walks = walks;
        this.subjects = subjects;
        this.followUps = new AnswerFollowUps(followUps);
        this.answersPage = new AnswersPage(walks, subjects, groupAnswers);
        this.progressCard = new ProgressCard(walks, subjects);
        this.prompts = prompts;
        this.commands = commands;
    }

    @Override
    public List<CommandSpec> commands() {
        int tips = walks.curriculum(CurriculumLoader.FIVE_TIPS).steps().size();
        return List.of(
                CommandSpec.group("coach", "Coaching for reaching out to new partners",
                        CommandSpec.leaf("start", "Begin or pick up the 5 tips for reaching out to new partners"),
                        CommandSpec.leaf("tip", "Read one of the 5 tips and its questions",
                                OptionSpec.integer(OPTION_NUMBER, "Which tip (1 to " + tips + ")", 1, tips)
                                        .mandatory()),
                        CommandSpec.leaf("progress", "Where you are in each walk, with a Continue button for one you paused"),
                        CommandSpec.leaf("answers", "See and edit your answers")),
                CommandSpec.leaf("reflect", "Begin or pick up the four Ask Yourself questions about partnering"));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(WalkView.FEATURE);
    }

    /** A walk's out-of-date button or form: where the member's walks stand now. */
    @Override
    public String afterStale() {
        return "Run `/coach progress` to see where you are, and carry on from there.";
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        return switch (command.path()) {
            case "coach start" -> show(walks.start(who, CurriculumLoader.FIVE_TIPS, 0), who);
            case "reflect" -> show(walks.start(who, CurriculumLoader.ASK_YOURSELF, 0), who);
            case "coach tip" -> tip(command);
            case "coach progress" -> progressCard.of(who);
            case "coach answers" -> answersPage.pageWithGroups(who, 0);
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        try {
            return button(press.caller(), press.customId());
        } catch (Walks.Gone gone) {
            throw planGone(press.caller(), press.customId(), gone);
        }
    }

    /**
     * A plan's question button or form, its walk gone: when it names a partner deleted since (the plan went with it),
     * when it was deleted, by whom and how to add it again, as a button about the partner itself says; else {@code
     * gone} as it is. Read only once the walk was not found.
     */
    private UserError planGone(Caller who, CustomId id, Walks.Gone gone) {
        long subjectId = id.longArg(WalkView.SUBJECT_ARG);
        return subjectId <= 0 ? gone : subjects.deletion(who.guildId(), subjectId)
                .<UserError>map(told -> new UserError(told + " Your plan for it went with it. " + Walks.PROGRESS))
                .orElse(gone);
    }

    private Reply button(Caller who, CustomId id) {
        long walkId = id.longArg(0);
        String key = id.arg(1);
        return switch (id.action()) {
            // a question's button from before the coalition moved on from the plan's partner leaves the plan paused:
            // each reads that with the walk it acts on, and only for a paused plan
            case "answer" -> answerForm(who, walkId, key);
            case "skip" -> pressed(walks.skip(who, walkId, key, subjects), who);
            case "back" -> pressed(walks.back(who, walkId, key, subjects), who);
            case "pause" -> pressed(walks.pause(who, walkId, subjects), who);
            case "resume" -> show(walks.resume(who, walkId), who).replacingMessage();
            case "fill" -> fillForm(who, walkId, key);
            case "restart" -> show(walks.restart(who, walkId), who).replacingMessage();
            case "tip" -> show(walks.jumpToStep(who, CurriculumLoader.FIVE_TIPS, 0, (int) id.longArg(0)), who);
            case "answers" -> answersPage.page(who, (int) Math.max(0, id.longArg(0))).replacingMessage();
            case "edit" -> answersPage.editForm(who, walkId);
            case "share" -> {
                walks.toggleShared(who, walkId);
                yield answersPage.page(who, (int) Math.max(0, id.longArg(1))).replacingMessage();
            }
            case "delete" -> answersPage.askToDelete(who, walkId, (int) Math.max(0, id.longArg(1)));
            case "deleted" -> answersPage.deleted(who, walkId, (int) Math.max(0, id.longArg(1)));
            default -> Router.stale();
        };
    }

    @Override
    public Reply onModal(Inbound.ModalSubmit submit) {
        Caller who = submit.caller();
        CustomId id = submit.customId();
        String text = submit.field(WalkView.ANSWER_FIELD);
        return switch (id.action()) {
            case "answered" -> {
                try {
                    yield answered(who, id.longArg(0), id.arg(1), text).replacingMessage();
                } catch (Walks.Gone gone) {
                    throw planGone(who, id, gone);
                }
            }
            case "edited" -> answersPage.edited(who, id.longArg(0), text);
            default -> Router.stale();
        };
    }

    /**
     * What a DM line nothing else answers gets: the words that open a walk, as this feature reads them
     * ({@link DmWords}); the router is given it, so that it names no word this feature would not take.
     */
    public static Reply greeting() {
        return Reply.text("Hi! I'm Partner Coach. " + BEGIN);
    }

    /** The words that begin a walk, in one sentence. */
    private static final String BEGIN = "Type " + Word.START.shown() + " to walk through the 5 tips for reaching out "
            + "to new partners, or " + Word.REFLECT.shown() + " for the four Ask Yourself questions.";

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller who = message.caller();
        String text = message.text() == null ? "" : message.text().strip();
        if (who.surface() == org.partnercoach.chat.Surface.THREAD) {
            // a line typed in a group session's thread belongs to the session, not to a walk
            return Optional.empty();
        }
        if (who.guildId() == 0) {
            return Optional.of(Reply.text("Hi! I'm Partner Coach. To begin, run `/coach start` once in your "
                    + "coalition's server; after that you can answer me right here."));
        }
        // a yes or a no right after "Did you mean `skip`?" answers the bot, not the walk's question; any other line
        // lets the offer go
        Optional<String> offered = walks.takeOfferInDm(who);
        DmWords.Assent assent = offered.map(word -> DmWords.assent(text, word)).orElse(DmWords.Assent.NEITHER);
        if (assent == DmWords.Assent.YES) {
            return onTypedMessage(new Inbound.TypedMessage(who, offered.get()));
        }
        if (assent == DmWords.Assent.NO) {
            return Optional.of(declined(who, offered.get()));
        }
        DmWords.Line line = DmWords.read(text);
        if (line instanceof DmWords.ServerCommand command) {
            // a server command is sent back to the server, and not kept as an answer
            return Optional.of(elsewhere(who, command.path()));
        }
        if (line instanceof DmWords.Steer steer && steer.word().opens()) {
            return Optional.of(opens(who, steer.word()));
        }
        Walks.DmLine dm = walks.dmLine(who);
        Optional<WalkState> active = dm.open();
        if (active.isEmpty()) {
            if (DmWords.asksToBegin(text)) {
                // "start please" or "let's begin" with nothing open: the member wants to begin, not the words for it
                return Optional.of(opens(who, Word.START));
            }
            Optional<DmWords.Request> request = DmWords.request(text);
            if (request.isPresent()) {
                // "remind me ...", "partners", "stop": the command that does it, in the server
                return Optional.of(Reply.text(asked(request.get(), text) + " Here in our DM, you can type:\n"
                        + words(walks.latestResumable(who, subjects))));
            }
            // "strat": the word meant, as mid-walk, rather than a line not kept
            Optional<DmWords.Offer> slip = line instanceof DmWords.Text ? DmWords.slip(text, false) : Optional.empty();
            if (slip.isPresent()) {
                walks.offerInDm(who, slip.get().word(), Optional.empty());
                return Optional.of(Reply.text(slip.get().reply() + " Or type one of these:\n"
                        + words(walks.latestResumable(who, subjects))));
            }
            boolean typed = !text.isBlank() && line instanceof DmWords.Text;
            // an answer for the walk of a server used before: the DMs went with the server used last
            Optional<Walks.Elsewhere> elsewhere = typed ? walks.openElsewhere(who, subjects) : Optional.empty();
            if (elsewhere.isPresent() && !elsewhere.get().paused()) {
                return Optional.of(Reply.text(otherServer(elsewhere.get(), text)));
            }
            Optional<WalkState> paused = walks.latestPaused(who);
            // a walk finished within a day, after the one paused was left: what the member left last, so a line
            // or a back is about it, as with nothing paused
            boolean endedSincePause = paused.isPresent() && lastFinished(who)
                    .filter(done -> !walks.stillFor(done, AWAY))
                    .filter(done -> done.walk().updatedAt().isAfter(paused.get().walk().updatedAt())).isPresent();
            if (paused.isPresent() && typed && !endedSincePause) {
                return Optional.of(Reply.text(notKept(paused.get(), text)));
            }
            if (elsewhere.isPresent()) {
                // nothing open or paused here, a walk paused there
                return Optional.of(Reply.text(otherServer(elsewhere.get(), text)));
            }
            // "thanks" or 👍 after the last answer of a walk: answered in kind, then what can be typed
            String opener = line instanceof DmWords.Remark remark ? remark.opener() + " " : "";
            if (paused.isEmpty() && line instanceof DmWords.Steer steer && walks.ofMember(who).isEmpty()
                    && needsAQuestion(steer.word())) {
                // back, skip, pause or idk before any walk: the introduction again each time would bury the answer
                return Optional.of(noQuestionYet(steer.word()));
            }
            if (paused.isEmpty() && !typed && walks.ofMember(who).isEmpty()) {
                // "huh?", "??" or "example" from a member with no walk yet, who had the introduction: the whole of it
                // again would bury the one word to type
                if (puzzled(line) && !prompts.due(who.guildId(), who.userId(), INTRODUCED)) {
                    return Optional.of(Reply.text(PUZZLED_NEWCOMER));
                }
                // "hi", "help" or "what is this" (or a first line, however puzzled): what the bot is, how to begin
                return Optional.of(introduction(who, opener));
            }
            Optional<WalkState> resumable = paused.isEmpty() ? paused : walks.latestResumable(who, subjects);
            if ((paused.isEmpty() || endedSincePause) && !(line instanceof DmWords.Remark)) {
                return Optional.of(nothingOpen(who, line instanceof DmWords.Text && !text.isBlank(), resumable));
            }
            // "done", "thanks" or 👍 right after a walk's end: the end acknowledged, and what comes next; not once
            // another walk was paused since (that walk is what the member left last)
            Optional<WalkState> finishedLately = line instanceof DmWords.Remark ? lastFinished(who)
                    .filter(done -> !walks.stillFor(done, AWAY))
                    .filter(done -> paused.filter(p -> p.walk().updatedAt().isAfter(done.walk().updatedAt())).isEmpty())
                    : Optional.empty();
            if (finishedLately.isPresent()) {
                return Optional.of(finishedLately(who, finishedLately.get(), opener, resumable));
            }
            return Optional.of(Reply.text(opener + help(false, resumable)));
        }
        WalkState state = active.get();
        long walkId = state.walk().id();
        String key = state.position().orElseThrow().question().key();
        // back, skip and done are about the walk the DM showed last: one finished or paused since moves nothing, and
        // the open one is shown (and is the walk the DM shows from here) before a word moves it
        Optional<Word> moving = line instanceof DmWords.Steer steer
                && (steer.word() == Word.BACK || steer.word() == Word.SKIP) ? Optional.of(steer.word()) : Optional.empty();
        // "idk" would leave a question open unseen: like a "done", it moves nothing and the open question is shown
        boolean notSure = line instanceof DmWords.Steer steer && steer.word() == Word.NOT_SURE;
        if (dm.leftBehind().isPresent() && (moving.isPresent() || notSure
                || line instanceof DmWords.Remark r && r.endsAnAnswer())) {
            return Optional.of(leftBehind(who, dm.leftBehind().get(), state, moving));
        }
        if (line instanceof DmWords.Remark said) {
            // "done" with no answer just sent (right after resume, back or skip): done for now, nothing to end
            DmWords.Remark remark = said.endsAnAnswer() && !Walks.justAnswered(state) ? DmWords.DONE_FOR_NOW
                    : atFirstQuestion(state) ? said.atFirstQuestion()
                    : said;
            // "hi", "thanks", "ok", "done" or "bye": said to the bot, not an answer to the question it stands on.
            // Mid-walk, what it was taken as and what to type, over the question alone (the step's guidance was
            // shown when the question opened, and help shows it); a greeting after a day or more away is a walk
            // picked up again, with the guidance
            if (DmWords.hasWords(text) && walks.stillFor(state, AWAY)) {
                return Optional.of(show(guidanceShown(who, dm, state).with(WalkOutcome.CONTINUED, remark.opener()
                        + " Here's where you left off."), who));
            }
            return Optional.of(show(state.with(WalkOutcome.NOT_KEPT, remark.opener() + " " + remark.reply()), who));
        }
        if (line instanceof DmWords.Steer steer) {
            return Optional.of(switch (steer.word()) {
                case HELP -> show(guidanceShown(who, dm, state).with(WalkOutcome.CONTINUED, ""), who)
                        .withText(help(true, walks.latestResumable(who, subjects)));
                case BACK -> show(named(walks.back(who, walkId, key)), who);
                case SKIP -> {
                    WalkState skipped = named(walks.skip(who, walkId, key));
                    yield otherStillOpen(who, skipped, show(skipped, who, dm.guidanceOwed()));
                }
                // "idk": no answer yet, so the question is left open to come back to, as skip leaves it
                case NOT_SURE -> {
                    WalkState leftOpen = named(walks.leaveOpen(who, walkId, key, LEFT_OPEN, EARLIER_ANSWER_KEPT));
                    yield otherStillOpen(who, leftOpen, show(leftOpen, who, dm.guidanceOwed()));
                }
                case PAUSE -> {
                    WalkState paused = walks.pause(who, walkId);
                    yield otherStillOpen(who, paused, show(paused, who));
                }
                // an unclear question: its tip's guidance says more of what it asks, with the question again
                // (what to type is in the line said, so not again as when a walk opens)
                case MEANING -> show(guidanceShown(who, dm, state).with(WalkOutcome.CONTINUED, ""), who)
                        .withText(MEANING_ASKED);
                // the coaching content has no worked examples: said plainly, with the tip's guidance to go on
                case EXAMPLE -> show(guidanceShown(who, dm, state).with(WalkOutcome.CONTINUED, ""), who)
                        .withText(NO_EXAMPLE);
                case START, REFLECT, PROGRESS, RESUME, ANSWERS -> opens(who, steer.word());
            });
        }
        // a word alone that the walk has no use for ("undo", "end") is no answer either: what to type instead
        Optional<String> refused = unusable(text).or(() -> DmWords.notAnAnswer(text, atFirstQuestion(state)));
        if (refused.isEmpty()) {
            // "skp": the word meant is offered, and the next line may say yes to it
            Optional<DmWords.Offer> slip = DmWords.slip(text, true);
            slip.ifPresent(offer -> walks.offerInDm(who, offer.word(), active));
            refused = slip.map(DmWords.Offer::reply);
        }
        return Optional.of(refused.map(why -> show(state.with(WalkOutcome.NOT_KEPT, why), who))
                .orElseGet(() -> typedAnswer(who, walkId, key, text, dm.guidanceOwed())));
    }

    /**
     * A no to "Did you mean `skip`?": nothing done, nothing kept, and what to type, over the question when a walk is
     * open.
     */
    private Reply declined(Caller who, String offered) {
        Optional<WalkState> open = walks.dmLine(who).open();
        if (open.isEmpty()) {
            return Reply.text("No problem: I did nothing, and kept nothing. Type `" + offered + "` whenever you want "
                    + "it.");
        }
        return show(open.get().with(WalkOutcome.NOT_KEPT, "No problem: I did nothing, and kept nothing as an answer. "
                + "Answer the question below in your own words, or type `" + offered + "` if you want that after all."),
                who);
    }

    /** What the bot is and the words that begin a walk, said to a member with none yet; remembered as said. */
    private Reply introduction(Caller who, String opener) {
        prompts.asked(who.guildId(), who.userId(), INTRODUCED);
        return Reply.text(opener + INTRODUCTION + words(Optional.empty()));
    }

    /** A line that says the member is lost ("huh?", "??", "I don't understand", "help me") or asks for an example. */
    private static boolean puzzled(DmWords.Line line) {
        return line instanceof DmWords.Steer steer && (steer.word() == Word.MEANING || steer.word() == Word.EXAMPLE);
    }

    /** Whether a DM word acts on the question a walk stands on: back, skip, pause, idk. */
    private static boolean needsAQuestion(Word word) {
        return word == Word.BACK || word == Word.SKIP || word == Word.PAUSE || word == Word.NOT_SURE;
    }

    /** {@link #needsAQuestion} typed before any walk: no question is open yet, and the words that begin one. */
    private static Reply noQuestionYet(Word word) {
        String nothing = switch (word) {
            case BACK -> "there's nothing to go back to";
            case SKIP -> "there's nothing to skip";
            case PAUSE -> "there's nothing to pause";
            default -> "there's nothing to answer yet";
        };
        String opener = word == Word.NOT_SURE ? "Not knowing yet is fine! " : "No worries! ";
        return Reply.text(opener + "No question is open right now, so " + nothing + ". " + BEGIN);
    }

    /**
     * Whether {@code back} has nothing before the question the open walk stands on: its first, unless the walk came
     * round to it from a later one ({@link WalkState#before}).
     */
    private static boolean atFirstQuestion(WalkState open) {
        return open.before(open.position().orElseThrow()).isEmpty();
    }

    /**
     * The open walk shown with its step's guidance (help, or a greeting after a day away): a walk that opened in the DM
     * without it no longer owes it to the next question.
     */
    private WalkState guidanceShown(Caller who, Walks.DmLine dm, WalkState state) {
        if (dm.guidanceOwed()) {
            walks.carryOnInDm(who);
        }
        return state;
    }

    /** Said to "idk" or "not sure yet", above the next question: the one typed at is left open to come back to. */
    static final String LEFT_OPEN = leftOpen(Word.ANSWERS.shown());
    /** {@link #LEFT_OPEN} at a question answered before (after {@code back}): that answer stays. */
    static final String EARLIER_ANSWER_KEPT = earlierAnswerKept(Word.ANSWERS.shown());
    /** {@link #LEFT_OPEN} for "idk" sent from the Answer form in the server, where the DM word does nothing. */
    static final String LEFT_OPEN_IN_FORM = leftOpen("`/coach answers`");
    /** {@link #EARLIER_ANSWER_KEPT} sent from the Answer form in the server. */
    static final String EARLIER_ANSWER_KEPT_IN_FORM = earlierAnswerKept("`/coach answers`");

    private static String leftOpen(String answers) {
        return "Not knowing yet is fine: I left this one open to come back to (" + answers + " shows it).";
    }

    private static String earlierAnswerKept(String answers) {
        return "Not knowing yet is fine: I kept your earlier answer to this one and moved on (" + answers
                + " shows it).";
    }

    /** Said to "what do you mean?", "huh?" or "I'm confused", above the open question and its tip's guidance. */
    static final String MEANING_ASKED = "No worries! The advice below says more about what this one is after, "
            + "and I didn't keep your line as an answer. Answer in your own words, however short: a few words are "
            + "plenty, or " + Word.SKIP.shown() + " to come back to it later.";

    /** {@link #MEANING_ASKED} for a puzzled line sent from the Answer form: what to press instead of type. */
    static final String MEANING_IN_FORM = "No worries! The advice below says more about what this one is after, and "
            + "I didn't keep your line as an answer. Press **Answer** to put it in your own words, however short, or "
            + "**Skip** to come back to it later.";

    /** Said to "what next?" or "help" sent from the Answer form, over the question: what to press, as help says. */
    static final String HELP_IN_FORM = helpInForm(", **Back** goes to the one before");

    /** {@link #HELP_IN_FORM} at the first question, which has no Back. */
    static final String HELP_IN_FORM_AT_FIRST = helpInForm("");

    private static String helpInForm(String back) {
        return "No worries! I didn't keep that as an answer. What to do next: press **Answer** and write a few words "
                + "for the question below, however short; **Skip** moves on" + back + ", and **Pause** stops for now.";
    }

    /** Said after an answer that reads as a question asked back: what to type had it been asked of the bot. */
    static final String ASKED_BACK = "(If that was a question for me: type " + Word.BACK.shown() + ", then "
            + Word.MEANING.shown() + ", and I'll show the tip's advice for that question.)";

    /** Said to "can you give an example?", above the open question and its tip's guidance. */
    static final String NO_EXAMPLE = "Good question! I don't have a ready-made example for this one, so I didn't "
            + "keep that as an answer. The tip's advice below is the best place to start: a line in your own words is "
            + "enough, or " + Word.SKIP.shown() + " to come back to it later.";

    /** The member's DM had {@link #INTRODUCTION} ({@link Prompts}, per server and member). */
    static final String INTRODUCED = "dm-introduction";

    /** What the bot is, said to a member with no walk yet, before the words that begin one. */
    private static final String INTRODUCTION = "I'm Partner Coach: I help you reach out to new partner organizations "
            + "for your coalition, one question at a time. You type your answers right here, and I keep them for you. "
            + "Type one of these to begin:\n";

    /**
     * Said to a puzzled line ("huh?", "??", "example", "help me") before any walk, once {@link #INTRODUCTION} was shown:
     * what the bot does, in one line, and the one word to type.
     */
    static final String PUZZLED_NEWCOMER = "No worries! In short: I coach you, one question at a time, on reaching out "
            + "to new partner organizations, and keep your answers. Type " + Word.START.shown() + " to begin with the "
            + "first question.";

    /**
     * Said to a line that is no greeting ("The food bank") from a member who never began a walk in any server: what the
     * bot does, the one word that starts, and that the line was not kept.
     */
    static final String WELCOME_NOT_KEPT = "Welcome! I'm Partner Coach: I coach you, one question at a time, on "
            + "reaching out to new partner organizations for your coalition, and keep your answers for you. We haven't "
            + "begun yet, so I didn't keep what you just typed. Type " + Word.START.shown() + " to begin with the first "
            + "question.";

    /** A walk moved by a DM word, its notice naming it when another walk of the member's is open. */
    private WalkState named(WalkState moved) {
        if (!walks.anotherOpen(moved)) {
            return moved;
        }
        String name = WalkView.walkName(moved, subjects.nameOf(moved.walk().guildId(), moved.walk().subjectId()));
        return moved.with(moved.outcome(), "**" + name + "**: " + moved.notice());
    }

    /**
     * {@code back} or {@code skip} ({@code word}), or a "done" or an "idk" (no word), typed when the walk the DM showed
     * last is finished or paused (in the server, since the DM showed its question): nothing moves; the reply shows the
     * {@code open} walk's question, which the next word then acts on, and names the walk left after it.
     */
    private Reply leftBehind(Caller who, WalkState left, WalkState open, Optional<Word> word) {
        String name = WalkView.walkName(left, subjects.nameOf(left.walk().guildId(), left.walk().subjectId()));
        String where = left.done() ? "is finished" : "is paused";
        String said = word.map(w -> "Your **" + name + "** " + where + ", so " + w.shown() + " moved nothing"
                        + (left.done() ? ". " + WalkView.CHANGE_ANSWERS : waitsForPartner(left) ? "." : ": type "
                        + Word.RESUME.shown() + " to pick it up.") + " Type " + w.shown() + " again for the walk above.")
                .orElse("Your **" + name + "** " + where + ", with your answers saved.");
        String openName = WalkView.walkName(open, subjects.nameOf(open.walk().guildId(), open.walk().subjectId()));
        String at = open.position().map(p -> " question " + (p.flatIndex() + 1) + " of "
                + open.curriculum().questionCount()).orElse(" question");
        String then = (word.isPresent() ? "" : "Got it! ") + "Your **" + openName + "** is open: here is its" + at
                + (word.isPresent() ? "." : ", for whenever you're ready.");
        // what the member reads first is the walk they act on, its question alone (its step's guidance was shown when
        // the question opened); the note about the walk left comes after it, in its own short card, as a pause's does
        Reply reply = show(open.with(WalkOutcome.NOT_KEPT, then), who).withCard(Card.of(null, said));
        return word.isPresent() && left.done() ? reply.withButtons(WalkView.answersButton()) : reply;
    }

    /** A DM word that opens a walk (or the progress), whether a walk is open or not. */
    private Reply opens(Caller who, DmWords.Word word) {
        return switch (word) {
            case START -> byItsWord(who, walks.start(who, CurriculumLoader.FIVE_TIPS, 0));
            case REFLECT -> byItsWord(who, walks.start(who, CurriculumLoader.ASK_YOURSELF, 0));
            case PROGRESS -> progressCard.of(who);
            case RESUME -> resume(who);
            case ANSWERS -> answersMidWalk(who, answersPage.pageWithGroups(who, 0));
            case HELP, MEANING, BACK, SKIP, NOT_SURE, PAUSE, EXAMPLE ->
                    throw new IllegalArgumentException(word + " needs an open walk");
        };
    }

    /**
     * A walk its DM word brought up: one finished already shows its end, and with another walk open, a note that what
     * is typed next answers that one ({@link #otherStillOpen}); one opened while another is open, a note that the
     * other waits where it stands, and how to go back to it.
     */
    private Reply byItsWord(Caller who, WalkState state) {
        Reply shown = show(state, who);
        if (state.done() || state.paused()) {
            return otherStillOpen(who, state, shown);
        }
        if (!state.outcome().opened()) {
            // asked for the walk already in view: nothing changed
            return shown;
        }
        List<WalkState> others = walks.ofMember(who).stream()
                .filter(o -> o.walk().id() != state.walk().id() && o.walk().status() == Walk.Status.ACTIVE)
                .sorted(java.util.Comparator.comparing((WalkState o) -> o.walk().updatedAt())
                        .thenComparingLong(o -> o.walk().id()).reversed())
                .toList();
        return others.isEmpty() ? shown : shown.withCard(Card.of(null, stillWait(others)));
    }

    /** How many other open walks the note under a walk just opened names, the ones used last first. */
    static final int OTHERS_NAMED = 2;

    /**
     * The note under a walk just opened about the other walks open, used last first: "Your **5 tips** waits at question
     * 2 of 17, with your answers saved: type `start` to go back to it." for one; for two, each on its line with the
     * word that goes back to it; past {@link #OTHERS_NAMED}, how many more, and where to see them.
     */
    private String stillWait(List<WalkState> others) {
        if (others.size() == 1) {
            WalkState other = others.get(0);
            return "Your " + waitsAt(other) + ", with your answers saved: " + goesBack(other) + " to go back to it.";
        }
        StringBuilder note = new StringBuilder(others.size() == 2 ? "Two other walks wait"
                : Count.of(others.size(), "other walk") + " wait").append(", with your answers saved:");
        others.stream().limit(OTHERS_NAMED).forEach(other -> note.append("\n• ").append(waitsAt(other).replace(
                "** waits at ", "** at ")).append(": ").append(goesBack(other)).append(" to go back to it"));
        if (others.size() > OTHERS_NAMED) {
            note.append("\n• …and ").append(Count.number(others.size() - OTHERS_NAMED)).append(" more: type ")
                    .append(Word.PROGRESS.shown()).append(" to see them all");
        }
        return note.toString();
    }

    /** "**5 tips for reaching out to new partners** waits at question 2 of 17". */
    private String waitsAt(WalkState other) {
        String typedName = subjects.nameOf(other.walk().guildId(), other.walk().subjectId());
        String at = other.position().map(p -> "question " + (p.flatIndex() + 1) + " of "
                + other.curriculum().questionCount()).orElse("its question");
        return "**" + WalkView.walkName(other, typedName) + "** waits at " + at;
    }

    /** What brings an open walk back from the DM: "type `start`", or its command in the server for a plan. */
    private String goesBack(WalkState other) {
        String key = other.walk().curriculum();
        return key.equals(CurriculumLoader.FIVE_TIPS) ? "type " + Word.START.shown()
                : key.equals(CurriculumLoader.ASK_YOURSELF) ? "type " + Word.REFLECT.shown()
                : "run " + Shown.code(WalkView.named(other.curriculum().command(),
                        subjects.nameOf(other.walk().guildId(), other.walk().subjectId()))) + " in the server";
    }

    /**
     * The page of answers asked for in the DM while a walk is open there: under it, where that walk waits, since the
     * next line typed answers it.
     */
    private Reply answersMidWalk(Caller who, Reply page) {
        Optional<WalkState> open = walks.dmLine(who).open();
        if (open.isEmpty() || page.cards().isEmpty()) {
            return page;
        }
        WalkState walk = open.get();
        String name = WalkView.walkName(walk, subjects.nameOf(walk.walk().guildId(), walk.walk().subjectId()));
        String at = walk.position().map(p -> "question " + (p.flatIndex() + 1) + " of "
                + walk.curriculum().questionCount()).orElse("its question");
        return page.withText(WalkView.join(WalkView.noticeLine(page.text()), "Your **" + name + "** waits at " + at
                + ": type your answer here whenever you're ready (" + Word.RESUME.shown() + " shows the question "
                + "again)."));
    }

    /**
     * The DM word {@code resume}: the walk the member paused last, passing over a plan paused because the coalition
     * moved on from its partner (it waits for the partner; {@code /partner coach} opens it all the same). With none
     * to bring back, the walk open now, or why nothing was brought back.
     */
    private Reply resume(Caller who) {
        Optional<WalkState> resumed = walks.resumeLatestPaused(who, subjects);
        if (resumed.isPresent()) {
            return show(resumed.get(), who);
        }
        // what is still paused now is a plan for a partner the coalition moved on from
        Optional<WalkState> setAside = walks.latestPaused(who);
        Optional<WalkState> active = walks.dmLine(who).open();
        if (active.isPresent()) {
            return show(active.get().with(WalkOutcome.CONTINUED, setAside.map(p -> leftPaused(p) + " Here's the "
                    + "walk you're on.").orElse("Nothing is paused, so here's the walk you're on.")), who);
        }
        // nothing paused or open: a walk finished last is named, with where its answers are changed
        return setAside.map(p -> Reply.text(leftPaused(p) + " Or type one of these:\n" + words(Optional.empty())))
                .orElseGet(() -> nothingOpen(who, false, Optional.empty()));
    }

    /** "**Plan ...** is paused because the coalition has moved on from “X” (it was archived), so ", for what follows. */
    private static String pausedForMovedOn(WalkState plan, String typedName) {
        return pausedForMovedOn(WalkView.walkName(plan, typedName), typedName);
    }

    /** {@link #pausedForMovedOn(WalkState, String)} for a plan known by its name as shown ("Plan ... — X"). */
    private static String pausedForMovedOn(String shownName, String typedName) {
        return "**" + shownName + "** is paused because the coalition has moved on from “" + Shown.text(typedName)
                + "” (it was archived), so ";
    }

    /** Why {@code resume} left a plan paused: the coalition moved on from its partner; how it opens all the same. */
    private String leftPaused(WalkState plan) {
        String typedName = subjects.nameOf(plan.walk().guildId(), plan.walk().subjectId());
        return pausedForMovedOn(plan, typedName) + Word.RESUME.shown() + " leaves it there. Your answers are kept: "
                + Shown.code(WalkView.named(plan.curriculum().command(), typedName)) + " opens it all the same, and "
                + "`/partner restore` brings the partner back to the outreach list.";
    }

    /**
     * The walk after a question's button (Skip, Back, Pause), in the message it was pressed on; a plan paused because
     * the coalition moved on from its partner, which the button left paused, says so ({@link #leftWaiting}), where it
     * would open it unsaid.
     */
    private Reply pressed(WalkState state, Caller who) {
        if (state.outcome() == WalkOutcome.WAITS_FOR_SUBJECT) {
            return leftWaiting(state, "that button leaves it there.").replacingMessage();
        }
        return show(state, who).replacingMessage();
    }

    /** Whether the walk is a plan paused because the coalition moved on from its partner (read only when paused). */
    private boolean waitsForPartner(WalkState state) {
        return Walks.waitsForSubject(state.walk(), subjects);
    }

    /**
     * A plan that waits for its partner, left paused by a button or a form from before: why ({@code so} ends the
     * sentence that says the coalition moved on), and what the member can do, with a button that opens it all the
     * same as its command does.
     */
    private Reply leftWaiting(WalkState plan, String so) {
        String typedName = subjects.nameOf(plan.walk().guildId(), plan.walk().subjectId());
        return Reply.text(pausedForMovedOn(plan, typedName) + so + " Your answers are kept: **Open it all the same** "
                + "below, or " + Shown.code(WalkView.named(plan.curriculum().command(), typedName)) + ", opens it "
                + "where you left it, and `/partner restore` brings the partner back to the outreach list.")
                .withButtons(Button.secondary(CustomId.of(WalkView.FEATURE, "resume", plan.walk().id()),
                        "Open it all the same"));
    }

    /**
     * Why a typed line can't be kept as an answer (nothing but spaces or an attachment, no letter or digit at all, or
     * too long), so the reply can show the question again under it; empty when it can be kept. The question comes
     * alone: the step's guidance was shown when the question opened, and {@code help} shows it.
     */
    private static Optional<String> unusable(String text) {
        String again = " Type a few words to answer the question below, or " + Word.SKIP.shown() + " to move on.";
        if (text.isBlank()) {
            return Optional.of("Your message had no words in it (a picture or a file isn't kept as an answer), so I "
                    + "kept everything as it was." + again);
        }
        Optional<String> over = overOneAnswer(text);
        if (over.isPresent()) {
            // a pasted text: the member's own copy is in the DM above, and the question waits for a shorter one
            return Optional.of("That's a lot to share! Your message is " + over.get() + ", so I didn't save it. "
                    + "Nothing is lost: your answers so far are as they were, and your message is still above to copy "
                    + "from. Send me the heart of it in one shorter message to answer the question below, or "
                    + Word.SKIP.shown() + " to come back to it later.");
        }
        if (!DmWords.hasWords(text)) {
            return Optional.of("That line had no words in it (only emoji, symbols or punctuation), so I didn't keep "
                    + "it as an answer." + again);
        }
        if (!Walks.ownWords(text)) {
            return Optional.of("That line only mentions people (such as @everyone or a member), so I didn't keep it "
                    + "as an answer: " + Walks.MENTIONS_SAY_NOTHING + " Type a few words of your own to answer the "
                    + "question below, or " + Word.SKIP.shown() + " to move on.");
        }
        Optional<String> little = Walks.littleBesideMentions(text);
        if (little.isPresent()) {
            return Optional.of("I didn't keep " + Walks.typedBack(text) + " as an answer: " + little.get() + " Type a "
                    + "few words of your own to answer the question below, or " + Word.SKIP.shown() + " to move on.");
        }
        return Optional.empty();
    }

    /**
     * How long a line over what one answer holds is, and that limit ("4,399 characters, and one answer holds up to
     * 4,000"); empty when it fits.
     */
    private static Optional<String> overOneAnswer(String text) {
        String cleaned = text.strip();
        return cleaned.length() <= Walks.MAX_ANSWER ? Optional.empty()
                : Optional.of(Count.number(cleaned.length()) + " characters" + Count.emojiCounted(cleaned)
                        + ", and one answer holds up to " + Count.number(Walks.MAX_ANSWER));
    }

    /** Where a member does what they asked the DM for: the server command, with no walk open to answer. */
    private static String asked(DmWords.Request request, String text) {
        String words = DmWords.wordsOf(request, text).orElse("");
        return switch (request) {
            case REMIND -> "I can't set a reminder from our DM: run `/remind` in any channel of your coalition's "
                    + "server, like `/remind when:tomorrow 9am what:call the food bank`, and I'll DM you when it's "
                    + "time (`/reminders list` shows the ones coming). I didn't keep what you typed.";
            case MINE -> "The partners you look after are on the outreach list in your coalition's server: run "
                    + "`/partner list mine:true` in any channel there (`/partner show` for one partner).";
            case LIST -> "The outreach list is in your coalition's server: run `/partner list` in any channel there "
                    + "(`/partner show` for one partner).";
            case ADD -> "I can't add a partner from our DM: run `/partner add` in any channel of your coalition's "
                    + "server, like `/partner add name:Eastside Food Bank sector:food`, and it goes on the outreach "
                    + "list (`/partner list` shows it). I didn't keep what you typed.";
            case ADD_NAMED -> "I can't add a partner from our DM: run " + Shown.code("/partner add name:" + words)
                    + " in any channel of your coalition's server and pick its sector, and it goes on the outreach "
                    + "list (`/partner list` shows it). I didn't keep what you typed.";
            case LOG -> "I can't log a touchpoint from our DM: run `/partner log` in any channel of your coalition's "
                    + "server, like `/partner log partner:Eastside Food Bank what:Called Maria about summer meals`. "
                    + "I didn't keep what you typed.";
            case TOLD -> "Good to hear! I can't log a touchpoint from our DM: to keep it on the outreach list, run "
                    + "`/partner log` in any channel of your coalition's server, pick the partner, and put what "
                    + "happened in `what`, like " + Shown.code("/partner log partner:Eastside Food Bank what:" + words)
                    + ". I didn't keep what you typed.";
            case STOP -> "No walk is open, so there's nothing to pause. If you'd like fewer messages from me: I DM "
                    + "you reminders you set (`/reminders list`, `/reminders cancel` stops one), check-ins for the "
                    + "partners you look after (`/partner cadence` sets how often; `/partner owner` hands one to "
                    + "someone else), and the weekly digest if you asked for it (`/digest unsubscribe`). Run these "
                    + "in your coalition's server.";
        };
    }

    private Reply elsewhere(Caller who, String path) {
        String note = unknownCommand(who, path).orElse("Slash commands such as `/" + path + "` work in your "
                + "coalition's server, not in our DM, so I didn't take that as an answer. Run it in any channel of the "
                + "server (`/help` there lists every command).");
        Optional<WalkState> active = walks.dmLine(who).open();
        if (active.isPresent()) {
            return show(active.get().with(WalkOutcome.CONTINUED, note + " Your walk is where you left it:"), who);
        }
        return Reply.text(note + " Here in our DM, you can type:\n" + words(walks.latestResumable(who, subjects)));
    }

    /**
     * What to say of a command typed in the DM that is none of the bot's ("/coach strat"): that it isn't one, and the
     * closest that is, in the server or, for one a DM word does ({@code /coach start}), as that word right here;
     * empty for a command the bot has.
     */
    private Optional<String> unknownCommand(Caller who, String path) {
        CommandCatalogue catalogue = commands.get();
        String root = path.split(" ")[0];
        if (catalogue == null || catalogue.leaf(path).isPresent() || catalogue.leaf(root).isPresent()
                || catalogue.leaves().keySet().stream().anyMatch(p -> p.startsWith(path + " "))) {
            return Optional.empty();
        }
        ClosestCommands near = new ClosestCommands(catalogue);
        List<String> closest = near.closest(List.of(path.split(" ")), who.coordinator());
        String notOne = "`/" + path + "` isn't one of my commands, so I didn't take that as an answer.";
        if (closest.isEmpty()) {
            return Optional.of(notOne + " `/help` in your coalition's server lists every command.");
        }
        Optional<Word> here = DmWords.wordOf(closest.get(0));
        return Optional.of(notOne + " Did you mean " + near.offered(closest, who.coordinator(), " or ") + "? "
                + here.map(word -> "You can type " + word.shown() + " right here too: it does what `/"
                        + closest.get(0) + "` does.")
                .orElse("Run it in any channel of your coalition's server, not in our DM (`/help` there lists "
                        + "every command)."));
    }

    /**
     * A line typed while the walk is paused: a paused walk takes no answers, so say plainly that it was not kept,
     * and how to send it again to the question {@code resume} brings back.
     */
    private String notKept(WalkState paused, String text) {
        String typedName = subjects.nameOf(paused.walk().guildId(), paused.walk().subjectId());
        String name = WalkView.walkName(paused, typedName);
        if (subjects.setAside(paused.walk().guildId(), paused.walk().subjectId())) {
            // paused when the coalition moved on from its partner, maybe in the night, before the DM saying so
            return pausedForMovedOn(paused, typedName) + "I didn't keep what you just typed. Your answers are kept: "
                    + "if it comes back with `/partner restore`, " + Shown.code(WalkView.named(paused.curriculum().command(),
                    typedName)) + " picks your plan up where you left it. Or type one of these:\n"
                    + words(Optional.empty());
        }
        String question = paused.position().map(at -> "question " + (at.flatIndex() + 1) + " of "
                + paused.curriculum().questionCount()).orElse("your question");
        String bringBack = Word.RESUME.shown() + " to bring back " + question;
        // sent again as it is, a text over what one answer holds would not be kept either
        String ifAnswer = overOneAnswer(text).map(over -> "If it was an answer, it is " + over + ": once the walk is "
                        + "back, send me the heart of it in one shorter message (type " + bringBack + "; your earlier "
                        + "answers are all saved). ")
                .orElse("If it was an answer, type " + bringBack + ", then send it again (your earlier answers are "
                        + "all saved). ");
        return "**" + name + "** is paused, so I didn't keep what you just typed. " + ifAnswer
                + "Or type one of these:\n" + words(Optional.empty());
    }

    /**
     * A line typed in a DM that found no walk open in the server the DMs belong to now (the one where the member last
     * ran a command), while a walk is open in a server they used before, or (with none paused here either) paused
     * there: why it was not kept, how to take the DMs back there, and the line shown back as typed, so that nothing
     * is lost.
     */
    private static String otherServer(Walks.Elsewhere walk, String text) {
        String how = walk.setAside()
                // a plan that waits for its partner: no Continue there, as in its own server
                ? "In the other server, " + pausedForMovedOn(WalkView.walkName(walk.title(), walk.movedOnFrom()),
                        walk.movedOnFrom()) + "it takes no answers for now. Your answers are kept: if it comes back "
                        + "with `/partner restore` there, " + Shown.code(walk.command()) + " picks your plan up "
                        + "where you left it."
                : walk.paused()
                ? "Your **" + walk.title() + "** walk in the other server is paused: to go on with it, run `/coach "
                        + "progress` there and press its **Continue** button, then send your answer here again."
                : "To answer your **" + walk.title() + "** walk in the other server, run `/coach progress` there, "
                        + "then send your answer here again.";
        String said = "Your DMs now go with the server where you last ran a command, and no walk is open there, so I "
                + "didn't keep that. " + how + " Here is what you wrote: ";
        return said + WalkView.quote(text, Limits.MESSAGE_CONTENT - said.length() - 2);
    }

    /**
     * A line typed with no walk open, nor one paused since the last walk's end: an answer after the last one, or a
     * {@code back} to change it. Say plainly whether it was kept, and when the member's last walk is finished, where
     * its answers are changed, with {@code resumable} (a walk paused before that end) first among the words to type.
     */
    private Reply nothingOpen(Caller who, boolean typedText, Optional<WalkState> resumable) {
        Optional<WalkState> finished = lastFinished(who);
        if (finished.isEmpty() && !typedText && walks.ofMember(who).isEmpty()) {
            // "resume" before any walk: what the bot is, then how to begin
            return introduction(who, "");
        }
        if (finished.isEmpty() && typedText && !walks.everBegun(who)) {
            // a first line that is no greeting ("The food bank"), from a member who never began a walk anywhere: no
            // talk of a walk she never heard of, but what the bot does and the one word that starts
            prompts.asked(who.guildId(), who.userId(), INTRODUCED);
            return Reply.text(WELCOME_NOT_KEPT);
        }
        if (finished.isEmpty()) {
            return Reply.text(typedText
                    ? "You have no walk open right now, so I didn't keep what you just typed. Type one of these to "
                            + "begin:\n" + words(Optional.empty())
                    : help(false, Optional.empty()));
        }
        WalkState done = finished.get();
        String name = WalkView.walkName(done, subjects.nameOf(done.walk().guildId(), done.walk().subjectId()));
        return Reply.text("Your **" + name + "** is finished, so " + (typedText ? "I didn't keep what you just typed"
                : "there is no question open here") + ". " + WalkView.CHANGE_ANSWERS + " Or type one of these:\n"
                + words(resumable)).withButtons(WalkView.answersButton());
    }

    /** The member's walk finished last, if any. */
    private Optional<WalkState> lastFinished(Caller who) {
        return walks.ofMember(who).stream().filter(WalkState::done)
                .max(java.util.Comparator.comparing((WalkState s) -> s.walk().updatedAt())
                        .thenComparingLong(s -> s.walk().id()));
    }

    /**
     * A greeting, a thanks, a "done" or a reaction with no walk open, a day at most after a walk's end: the end
     * acknowledged ({@code opener} first), its next step, how to change an answer, and the words to type; once said,
     * the next such line gets a short word back and the words to type.
     */
    private Reply finishedLately(Caller who, WalkState done, String opener, Optional<WalkState> resumable) {
        String name = WalkView.walkName(done, subjects.nameOf(done.walk().guildId(), done.walk().subjectId()));
        int open = done.unanswered().size();
        if (walks.endSaidBeforeInDm(who, done)) {
            // said in full once already: a short word back, and what can be typed next
            String saved = open == done.curriculum().questionCount()
                    ? "Your **" + name + "** questions are there whenever you'd like to answer them."
                    : "Your **" + name + "** answers are saved" + (open == 0 ? "." : " (" + Count.of(open, "question")
                            + " still open).");
            return Reply.text(opener + saved + " " + wordsInALine(resumable)).withButtons(WalkView.answersButton());
        }
        // every question skipped: no praise and no next step, as the end card has none
        String ended = open == done.curriculum().questionCount()
                ? "You reached the end of **" + name + "** with every question skipped: that's fine, answer them "
                        + "whenever you're ready.\n\n"
                : "You finished **" + name + "**: well done, " + (open == 0 ? "all your answers are saved"
                        : "your answers are saved (" + Count.of(open, "question") + " still open)") + ".\n\n"
                        + nextStep(done, who) + "\n\n";
        return Reply.text(opener + ended + WalkView.CHANGE_ANSWERS + " Or type one of these:\n" + words(resumable))
                .withButtons(WalkView.answersButton());
    }

    /** An answer typed in a DM: saved as one sent from a form, and when it ends the walk, where the DM goes on. */
    private Reply typedAnswer(Caller who, long walkId, String questionKey, String text, boolean guidanceOwed) {
        WalkState saved = walks.answer(who, walkId, questionKey, text, subjects);
        // a question typed back is kept, as any line is (it may be the answer): how to ask the bot instead
        WalkState state = saved.outcome() == WalkOutcome.SAVED && DmWords.askedBack(text)
                ? saved.with(saved.outcome(), saved.notice() + " " + ASKED_BACK) : saved;
        return otherStillOpen(who, state, withFollowUps(who, state, questionKey, show(state, who, guidanceOwed)));
    }

    /**
     * Saves an answer sent from a form and shows what comes next, with whatever other features add after an answer.
     * A form sent with no letter or digit in it (an emoji alone, "...", only spaces) is not kept, as a DM line is not:
     * a short line asks for a few words, over the question, and an answer there before stays. Nor is an "idk": the
     * question is left open, as in a DM ({@link #notKnownYet}).
     */
    private Reply answered(Caller who, long walkId, String questionKey, String text) {
        if (text == null || !DmWords.hasWords(text)) {
            boolean empty = text == null || text.isBlank();
            return notKeptFromForm(who, walkId, questionKey, empty ? "Your answer was empty, so I kept everything "
                    + "as it was." : "Your answer had no words in it (only emoji, symbols or punctuation), so I didn't "
                    + "keep it.", "a few words");
        }
        if (!Walks.ownWords(text)) {
            return notKeptFromForm(who, walkId, questionKey, "Your answer only mentioned people (such as @everyone or "
                    + "a member), so I didn't keep it: " + Walks.MENTIONS_SAY_NOTHING, "a few words of your own");
        }
        Optional<String> little = Walks.littleBesideMentions(text);
        if (little.isPresent()) {
            // the form keeps nothing once sent: what was typed is quoted back, so nothing is lost
            return notKeptFromForm(who, walkId, questionKey, "I didn't keep " + Walks.typedBack(text) + " as your "
                    + "answer: " + little.get(), "a few words of your own");
        }
        DmWords.Aside aside = DmWords.aside(text);
        if (aside == DmWords.Aside.NOT_SURE) {
            return notKnownYet(who, walkId, questionKey);
        }
        boolean meaning = aside == DmWords.Aside.MEANING;
        if (meaning || aside == DmWords.Aside.HELP) {
            // "huh?" or "what?" in the form asks about the question: not kept, the question again with its advice;
            // "what next?" or "help" asks what to do, as in a DM: not kept, what to press, over the question
            WalkState state = walks.show(who, walkId);
            boolean current = !state.done() && !state.paused()
                    && state.position().map(p -> p.question().key().equals(questionKey)).orElse(false);
            if (current) {
                return show(state.with(WalkOutcome.CONTINUED, meaning ? MEANING_IN_FORM
                        : atFirstQuestion(state) ? HELP_IN_FORM_AT_FIRST : HELP_IN_FORM), who);
            }
            // from a form of before (the walk moved on, paused or finished since): not kept all the same, an answer
            // there before kept, and what to do where the walk is now
            return helpFromAnOldForm(who, state);
        }
        Optional<String> control = controlInForm(who, walkId, text, aside);
        if (control.isPresent()) {
            return notKeptFromForm(who, walkId, questionKey, control.get(), "your answer");
        }
        WalkState state = walks.answer(who, walkId, questionKey, text, subjects);
        if (waitsForPartner(state)) {
            // a form opened before the coalition moved on from the plan's partner: its words are kept, the plan waits
            String at = state.position().map(p -> WalkView.questionLabel(state.curriculum(), p).toLowerCase())
                    .orElse("the question it stood at");
            Reply left = leftWaiting(state, "it stays at " + at + ".");
            return left.withText(state.notice() + " " + left.text());
        }
        return withFollowUps(who, state, questionKey, show(state, who));
    }

    /**
     * "idk" or "not sure yet" sent from an Answer form: no answer yet, so nothing is kept. At the question the walk
     * stands on, it is left open and the walk moves on, as the DM's {@code idk} does; from a form of before, or for a
     * question left open at the end, nothing moves and an answer there before stays.
     */
    private Reply notKnownYet(Caller who, long walkId, String questionKey) {
        WalkState state = walks.show(who, walkId);
        boolean current = !state.done() && !state.paused()
                && state.position().map(p -> p.question().key().equals(questionKey)).orElse(false);
        boolean dm = who.inDm();
        if (current) {
            return show(walks.leaveOpen(who, walkId, questionKey, dm ? LEFT_OPEN : LEFT_OPEN_IN_FORM,
                    dm ? EARLIER_ANSWER_KEPT : EARLIER_ANSWER_KEPT_IN_FORM), who);
        }
        boolean kept = state.textFor(questionKey).isPresent();
        String said = kept ? "Not knowing yet is fine: I kept your earlier answer to that one."
                : "Not knowing yet is fine: I left that one open to come back to.";
        if (waitsForPartner(state)) {
            Reply left = leftWaiting(state, "it stays where it was.");
            return left.withText(said + " " + left.text());
        }
        String then = state.paused() ? ""
                : state.done() ? kept ? "" : " Press its **Answer** button below whenever you're ready."
                : " Here's where you are now.";
        return show(state.with(WalkOutcome.NOT_KEPT, said + then), who);
    }

    /**
     * A line sent from an Answer form that is no answer but a word for what a button does ("previous", "pass", "start
     * over", "undo", "abort", "never mind"; "stop", "later", "ask me later"; "hmm", "brb"), as in a DM: what it was
     * taken as, and the button that does it. Empty for any other line.
     */
    private Optional<String> controlInForm(Caller who, long walkId, String text, DmWords.Aside aside) {
        Optional<DmWords.Control> control = DmWords.control(text);
        if (control.isEmpty() && aside != DmWords.Aside.PAUSE && aside != DmWords.Aside.THINKING) {
            return Optional.empty();
        }
        String notKept = "I didn't keep " + Walks.typedBack(text) + " as an answer";
        if (control.isEmpty()) {
            return Optional.of(aside == DmWords.Aside.THINKING ? "Take your time! " + notKept + "."
                    : notKept + ": **Pause** stops for now, with your answers saved.");
        }
        WalkState state = walks.show(who, walkId);
        boolean first = !state.done() && !state.paused() && atFirstQuestion(state);
        if (first && control.get().goesBack()) {
            return Optional.of("This is the first question, so there's nothing before it, and " + notKept + ".");
        }
        return Optional.of(switch (control.get()) {
            case UNDO -> "No worries! " + notKept + ": **Back** goes to your last answer to change it, and "
                    + "`/coach answers` shows them all.";
            case GO_BACK -> "No worries! " + notKept + ": **Back** goes to the question before this one (your "
                    + "answers stay).";
            case PASS -> notKept + ": **Skip** moves on, leaving this one open to come back to.";
            case START_OVER -> "Want to start over? " + notKept + ": **Back** goes through the questions before "
                    + "this one again (your answers stay until you send new ones), and `/coach answers` shows and edits "
                    + "them all. When the walk ends, its **Start over** button takes you back to the first question, "
                    + "keeping your answers.";
            case LEAVE -> notKept + ": **Pause** stops for now, with your answers saved.";
            case NEVER_MIND -> "No problem: " + notKept + ".";
        });
    }

    /**
     * "what next?", "help" or a puzzled "huh?" sent from a form for a question the walk is no longer on: not kept, what
     * to do next where the walk stands now (its question, its pause, or its end).
     */
    private Reply helpFromAnOldForm(Caller who, WalkState state) {
        String notKept = "No worries! I didn't keep that as an answer.";
        if (waitsForPartner(state)) {
            Reply left = leftWaiting(state, "it stays where it was.");
            return left.withText(notKept + " " + left.text());
        }
        String said = state.done() ? notKept + " This walk is finished: " + WalkView.CHANGE_ANSWERS
                : state.paused() ? notKept
                : (atFirstQuestion(state) ? HELP_IN_FORM_AT_FIRST : HELP_IN_FORM) + " That form was for an earlier "
                        + "question, so here's where you are now.";
        return show(state.with(WalkOutcome.NOT_KEPT, said), who);
    }

    /**
     * An answer form sent with nothing to keep (only spaces, no words, or mentions alone): nothing kept, the walk shown
     * where it stands under a line saying so ({@code why}), and what to write instead ({@code words}).
     */
    private Reply notKeptFromForm(Caller who, long walkId, String questionKey, String why, String words) {
        WalkState state = walks.show(who, walkId);
        if (waitsForPartner(state)) {
            Reply left = leftWaiting(state, "it stays where it was.");
            return left.withText(why + " " + left.text());
        }
        boolean current = state.position().map(p -> p.question().key().equals(questionKey)).orElse(false);
        String again = state.done() ? " Press its **Answer** button below and write " + words + " whenever you're "
                + "ready."
                : state.paused() ? ""
                : current ? " Press **Answer** and write " + words + ", or **Skip** to move on."
                : " Here's where you are now.";
        return show(state.with(WalkOutcome.NOT_KEPT, why + again), who);
    }

    private Reply withFollowUps(Caller who, WalkState state, String questionKey, Reply shown) {
        return followUps.after(who, state, questionKey, shown);
    }

    /**
     * A walk left in a DM, paused by typing {@code pause} or finished by its last answer or skip. When another walk
     * is still open, the next line typed answers it: say so, with its question's number, in a short card after the
     * reply, rather than let a goodbye land in it unseen.
     */
    private Reply otherStillOpen(Caller who, WalkState left, Reply reply) {
        if (!left.paused() && !left.done()) {
            return reply;
        }
        // the DM is on the other walk from here: a back or skip typed next acts on it, as the note says
        Optional<WalkState> other = walks.carryOnInDm(who);
        if (other.isEmpty()) {
            return reply;
        }
        WalkState open = other.get();
        String name = WalkView.walkName(open, subjects.nameOf(open.walk().guildId(), open.walk().subjectId()));
        String note = "Your **" + name + "** is still open, so what you type next answers its question "
                + open.position().map(p -> (p.flatIndex() + 1) + " of " + open.curriculum().questionCount())
                .orElse("") + ". Type " + Word.PAUSE.shown()
                + (left.paused() ? " again to pause it too." : " to pause it.");
        // what the member reads first is what they just did (the end card, or the pause): the note comes after it
        return reply.withCard(Card.of(null, note));
    }

    private Reply show(WalkState state, Caller who) {
        return show(state, who, false);
    }

    /** {@link #show}; {@code guidanceOwed}: the walk opened in the DM without its guidance ({@link Walks.DmLine}). */
    private Reply show(WalkState state, Caller who, boolean guidanceOwed) {
        String typedName = subjects.nameOf(state.walk().guildId(), state.walk().subjectId());
        boolean opened = state.outcome() == WalkOutcome.RESUMED || state.outcome() == WalkOutcome.RESTARTED;
        // an answer from the end of a finished plan: kept in it, which stays finished
        boolean savedAtEnd = state.outcome() == WalkOutcome.SAVED_EARLIER && state.done();
        if ((opened || savedAtEnd) && state.walk().subjectId() != 0
                && subjects.setAside(state.walk().guildId(), state.walk().subjectId())) {
            // a button naming a plan paused when its partner moved on (Resume, Continue), Start over on one
            // finished, or an answer kept in one finished: it opens (or shows its end), saying so, as its own
            // command does; an answer's words kept come first
            String note = WalkView.movedOnNote(typedName);
            state = state.with(state.outcome(), state.notice().isBlank() ? note
                    : opened ? note + " " + state.notice() : state.notice() + " " + note);
        }
        // a plan paused for its partner (moved on from), which resume passes over: the pause says how it opens
        boolean waits = waitsForPartner(state);
        return WalkView.render(state, who.surface(), typedName, nextStep(state, who), waits, guidanceOwed);
    }

    /** The next step the end of a walk suggests: not a walk this member has finished already. */
    private String nextStep(WalkState state, Caller who) {
        Curriculum.Finish finish = state.curriculum().finish();
        if (state.done()) {
            for (var other : finish.nextStepOnceDone().entrySet()) {
                if (walks.walks(other.getKey())
                        && walks.find(who, other.getKey(), 0).map(WalkState::done).orElse(false)) {
                    return other.getValue();
                }
            }
        }
        return finish.nextStep();
    }

    private Reply answerForm(Caller who, long walkId, String questionKey) {
        WalkState state = walks.show(who, walkId);
        if (waitsForPartner(state)) {
            // Answer from before the coalition moved on from the plan's partner: no form, the plan stays paused
            return leftWaiting(state, "that button leaves it there.").replacingMessage();
        }
        boolean current = state.position().map(p -> p.question().key().equals(questionKey)).orElse(false);
        if (!current) {
            return show(state.with(WalkOutcome.STALE, state.done() ? "You've already finished this walk."
                    : "That button was from an earlier question. Here's where you are now."), who).replacingMessage();
        }
        return Reply.form(WalkView.answerForm(state, subjects.nameOf(who.guildId(), state.walk().subjectId())));
    }

    /** A question left open at the end of a walk: its answer form, whatever question the walk stands on. */
    private Reply fillForm(Caller who, long walkId, String questionKey) {
        WalkState state = walks.show(who, walkId);
        Optional<Curriculum.Position> at = state.curriculum().find(questionKey);
        if (at.isEmpty()) {
            return show(state.with(WalkOutcome.STALE, "That question is no longer part of the walk. "
                    + "Here's where you are now."), who).replacingMessage();
        }
        return Reply.form(WalkView.answerForm(state, at.get(), subjects.nameOf(who.guildId(),
                state.walk().subjectId())));
    }

    private Reply tip(Inbound.Command command) {
        Curriculum tips = walks.curriculum(CurriculumLoader.FIVE_TIPS);
        int number = command.option(OPTION_NUMBER).map(CoachingFeature::parseNumber).orElse(0);
        if (number < 1 || number > tips.steps().size()) {
            throw new UserError("Pick a tip number from 1 to " + tips.steps().size() + ", for example "
                    + "`/coach tip number:2`.");
        }
        return tipCard(tips, number);
    }

    /** {@code /coach tip}'s card: tip {@code number}'s guidance and its questions, with a button to answer them. */
    static Reply tipCard(Curriculum tips, int number) {
        Curriculum.Step step = tips.steps().get(number - 1);
        StringBuilder body = new StringBuilder(step.guidance()).append("\n\n**Questions to think about:**");
        step.questions().forEach(q -> body.append("\n• ").append(q.text()));
        Card card = Card.of("Tip " + number + " of " + tips.steps().size() + " · " + step.title(),
                body.toString());
        return Reply.card(card,
                Button.primary(CustomId.of(WalkView.FEATURE, "tip", number), "Answer these questions"));
    }

    /** The DM words, naming the paused walk that {@code resume} would bring back, if there is one. */
    private String help(boolean inWalk, Optional<WalkState> paused) {
        String words = words(paused);
        if (inWalk) {
            return "Anything you type answers the question below. You can also type:\n"
                    + Word.BACK.shown() + ": the previous question · " + Word.SKIP.shown() + " or "
                    + Word.SKIP.shown(1) + ": move on (an answer already there is kept) · "
                    + Word.NOT_SURE.shown() + ": leave it open to come back to · " + Word.MEANING.shown()
                    + ": more on what a question is after · "
                    + Word.PAUSE.shown() + ": stop for now · " + Word.ANSWERS.shown() + ": see or change what you "
                    + "wrote\n" + words;
        }
        if (paused.isPresent()) {
            return "No walk is open right now; **" + WalkView.walkName(paused.get(), subjects.nameOf(
                    paused.get().walk().guildId(), paused.get().walk().subjectId()))
                    + "** is paused, with your answers saved. Type one of these:\n" + words;
        }
        return "You have no walk open right now. Type one of these to begin:\n" + words;
    }

    /** {@link #words} in one sentence, for a short reply. */
    private String wordsInALine(Optional<WalkState> paused) {
        return "Whenever you're ready, type " + paused.map(p -> Word.RESUME.shown() + " to pick up **"
                + WalkView.walkName(p, subjects.nameOf(p.walk().guildId(), p.walk().subjectId())) + "**, ").orElse("")
                + Word.START.shown() + " for the 5 tips, " + Word.REFLECT.shown() + " for Ask Yourself, or "
                + Word.PROGRESS.shown() + " to see where you are.";
    }

    /** The DM words that open a walk, with {@code resume} first when a walk is paused. */
    private String words(Optional<WalkState> paused) {
        String resume = paused.map(p -> Word.RESUME.shown() + ": pick up **" + WalkView.walkName(p, subjects.nameOf(
                p.walk().guildId(), p.walk().subjectId())) + "** where you paused it\n").orElse("");
        return resume
                + Word.START.shown() + ": the 5 tips for reaching out to new partners\n"
                + Word.REFLECT.shown() + ": the four Ask Yourself questions\n"
                + Word.PROGRESS.shown() + ": where you are";
    }

    private static int parseNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
