package org.partnercoach.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Surface;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.AnswerFollowUp;
import org.partnercoach.coaching.AnswerFollowUps;
import org.partnercoach.coaching.GroupAnswers;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Guided group reflection in threads: {@code /session start|facilitator|summary|list|answers}, the Answer, Next
 * question and End buttons under each question, and (when the server allows it) lines typed in a session's thread.
 */
public final class SessionFeature implements Feature {

    public static final String OPTION_PLAN = "plan";
    public static final String OPTION_TITLE = "title";
    public static final String OPTION_ANONYMOUS = "anonymous";
    public static final String OPTION_MINUTES = "minutes";
    public static final String OPTION_PRIVATE = "private";
    public static final String OPTION_MEMBER = "member";

    /**
     * The servers with a session still running (its thread to open, its timers), as one read of {@code guild_id}:
     * read with the other packages' lists in one statement when the bot connects (storage's {@code MemberHomes}).
     */
    public static final String SERVERS = "SELECT guild_id FROM group_sessions WHERE status IN ('OPENING', 'OPEN')";

    /** What one card and one menu of {@code /session answers} hold (a menu takes 25 at most). */
    private static final int ANSWERS_PER_PAGE = 20;
    /** The day a session started, beside its title where a member picks among their sessions: "3 Mar 2026". */
    private static final DateTimeFormatter STARTED_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** The same with its time, for two sessions of one title started on one day: "3 Mar 2026 18:30". */
    private static final DateTimeFormatter STARTED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
            Locale.ENGLISH);
    /** Room a long {@code /session list} leaves for its title and its last line. */
    private static final int LIST_ROOM = 200;

    private final Sessions sessions;
    private final Walks walks;
    /** Check and add, under a group answer kept in the member's walk that names organizations. */
    private final AnswerFollowUps followUps;
    /** Check and add, under the reply to whoever ends a session, for the organizations the group named. */
    private final AfterSession afterSession;
    private final boolean typedAnswers;
    private final SessionPosts posts;
    private final SessionPlanner planner;
    private final CountJob counts;

    private final PersonalData personalData;
    private final Messenger messenger;
    private final ServerSettings settings;

    private SessionFeature(Database db, Sessions sessions, Walks walks, AnswerFollowUps followUps,
                           AfterSession afterSession, boolean typedAnswers, Outbox outbox, Messenger messenger,
                           ServerSettings settings) {
        this.settings = settings;
        this.followUps = followUps;
        this.afterSession = afterSession;
        this.personalData = SessionsData.of(db, sessions, messenger);
        this.messenger = messenger;
        this.sessions = sessions;
        this.walks = walks;
        this.typedAnswers = typedAnswers;
        this.posts = new SessionPosts(sessions, walks::walks, messenger);
        this.planner = new SessionPlanner(sessions, messenger);
        this.counts = new CountJob(sessions, outbox, messenger);
    }

    /**
     * @param builtIn      the loaded built-in curricula (ask-yourself, five-tips)
     * @param content      reads a plan file from the curriculum folder when a session starts (again: every one is
     *                     checked at start-up, {@link #checkPlans})
     * @param followUps    what a walk offers after an answer (Check and add), offered too when a member keeps a
     *                     group answer in their walk
     * @param afterSession what another feature offers whoever ends a session (Check and add)
     * @param typedAnswers lines typed in a session's thread count as answers (needs the message-content intent)
     * @param settings     a member's time zone, for the day each of their sessions started
     */
    public static SessionFeature create(Database db, Clock clock, Outbox outbox, Messenger messenger,
                                        Map<String, Curriculum> builtIn, CurriculumLoader content, Walks walks,
                                        List<AnswerFollowUp> followUps, AfterSession afterSession,
                                        boolean typedAnswers, ServerSettings settings) {
        Sessions sessions = new Sessions(db, clock, outbox, new SessionPlans(builtIn, content));
        return new SessionFeature(db, sessions, walks, new AnswerFollowUps(followUps), afterSession, typedAnswers,
                outbox, messenger, settings);
    }

    /**
     * Checks at start-up every plan a session can follow, as its posts show it: the built-in plans and each plan file
     * of the curriculum folder. Throws a {@code CurriculumException} naming the file and the key of a problem.
     */
    public static void checkPlans(Map<String, Curriculum> builtIn, CurriculumLoader content) {
        new SessionPlans(builtIn, content).checkAll();
    }

    /** The posts a session makes in its thread, for the outbox. */
    public SendKind posts() {
        return posts;
    }

    /** Opens the threads of new sessions and moves on timed questions, before each delivery run. */
    public DuePlanner planner() {
        return planner;
    }

    /** Edits each question's live count; runs after the delivery run. */
    public ScheduledJob counts() {
        return counts;
    }

    /** A member's answers and the sessions they led, for {@code /privacy export} and {@code /privacy forget}. */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * The titles of the sessions a member leads that are still running (opening or open), oldest first: for
     * {@code /privacy forget}, which tells her they go on without a leader.
     */
    public List<String> runningLedBy(long guildId, long userId) {
        return sessions.runningLedBy(guildId, userId);
    }

    /** What members said in sessions, for {@code /coach answers}. */
    public GroupAnswers groupAnswers() {
        return (guildId, userId) -> {
            List<OwnAnswers.Own> mine = sessions.own().all(guildId, userId);
            Map<Long, String> started = started(mine, settings.memberZone(guildId, userId));
            // two sessions of one title are told apart by the day each started
            return mine.stream().map(o -> new GroupAnswers.Entry(o.session().title() + " · "
                            + started.get(o.session().id()), o.question().number() + ". " + o.question().text(),
                            o.answer().text(), "`/session answers`"))
                    .toList();
        };
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("session", "Guided group reflection in a thread",
                CommandSpec.leaf("start", "Open a thread and guide a group through a plan, one question at a time",
                        OptionSpec.text(OPTION_PLAN, "ask-yourself, tip-1 to tip-5, or a plan file's name")
                                .mandatory().withAutocomplete(),
                        OptionSpec.text(OPTION_TITLE, "A title for the session and its thread")
                                .withLength(1, Sessions.MAX_TITLE),
                        OptionSpec.of(OPTION_ANONYMOUS, OptionSpec.Type.BOOLEAN,
                                "Hide names with the answers in the thread and the summary"),
                        OptionSpec.integer(OPTION_MINUTES, "Move to the next question by itself after this many "
                                + "minutes", 1, Sessions.MAX_MINUTES),
                        OptionSpec.of(OPTION_PRIVATE, OptionSpec.Type.BOOLEAN,
                                "Open a private thread (only invited members see it)")),
                CommandSpec.leaf("facilitator", "Hand this thread's session to another member",
                        OptionSpec.of(OPTION_MEMBER, OptionSpec.Type.USER, "Who leads the session from now on")
                                .mandatory()),
                CommandSpec.leaf("summary", "Post the summary of this thread's session again"),
                CommandSpec.leaf("list", "See the server's open sessions"),
                CommandSpec.leaf("answers", "See, edit or delete your own session answers")));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(SessionView.FEATURE);
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        String typed = request.typed() == null ? "" : request.typed().strip().toLowerCase(Locale.ROOT);
        return sessions.plans().builtInNames().stream().filter(n -> n.startsWith(typed) || typed.isEmpty())
                .map(n -> new OptionSpec.Choice(n, n)).toList();
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        return switch (command.path()) {
            case "session start" -> start(command);
            case "session facilitator" -> handOver(command);
            case "session summary" -> {
                Sessions.SummaryAgain again = sessions.postSummary(who);
                Reply reply = again.recent().isPresent() ? recentSummary(again.session(), again.recent().get())
                        : Reply.text("Posting the summary of \"" + SessionView.title(again.session()) + "\" in the "
                        + "thread now." + (again.letsGoOld() ? " The newest " + ThreadPosts.SUMMARIES_KEPT
                        + " summaries in the thread follow changed answers; the oldest one now points to the newest."
                        : ""));
                // a session that ended by its timer, or after days of quiet, was ended by no one: whoever asks for
                // its summary is offered what its end offers (the organizations the group named, to add)
                yield again.session().status() != Session.Status.ENDED ? reply
                        : afterSession.after(who, again.session().id(), reply);
            }
            case "session list" -> list(who);
            case "session answers" -> ownAnswers(who, 0);
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    /**
     * {@code /session summary} just after a summary went to the thread, with nothing changed since: where to read it,
     * and when another copy is posted.
     */
    private static Reply recentSummary(Session s, ScheduledSend recent) {
        // an ended session asks no more questions: only a changed answer (or the time) brings a new copy
        String when = "`/session summary` posts a new copy once an answer changes"
                + (s.open() ? " or a question is asked" : "") + ", or "
                + TimeMarkup.relative(recent.createdAt().plus(Sessions.RECENT_SUMMARY)) + ".";
        if (recent.status() != ScheduledSend.Status.SENT) {
            return Reply.text("The summary of \"" + SessionView.title(s) + "\" is on its way to this thread already, "
                    + "so I'm not posting another: it shows up in a moment. " + when);
        }
        Instant posted = recent.sentAt() != null ? recent.sentAt() : recent.createdAt();
        return Reply.text("The summary of \"" + SessionView.title(s) + "\" was posted in this thread "
                + TimeMarkup.relative(posted) + " and nothing has changed since, so I'm not posting the same again: "
                + "scroll up a little to read it. " + when);
    }

    private Reply start(Inbound.Command command) {
        Caller who = command.caller();
        // left out, the session moves on by hand (stored as 0); given, it is 1 to the most, as Discord's own form asks
        String minutesText = command.option(OPTION_MINUTES).orElse(null);
        int minutes = 0;
        if (minutesText != null) {
            try {
                minutes = Integer.parseInt(minutesText.strip());
            } catch (NumberFormatException e) {
                throw Sessions.minutesRefused();
            }
            if (minutes < 1) {
                throw Sessions.minutesRefused();
            }
        }
        Sessions.Request request = new Sessions.Request(command.option(OPTION_PLAN).orElse(""),
                command.option(OPTION_TITLE).orElse(null), flag(command, OPTION_ANONYMOUS), minutes,
                flag(command, OPTION_PRIVATE));
        Sessions.Started started;
        try {
            started = sessions.start(who, request, command.botLacks());
        } catch (Sessions.StillOpen open) {
            throw new UserError(SessionView.stillOpen(open.open, who, leftOf(who,
                    List.of(open.open.session().facilitatorId()))));
        }
        Session s = started.session();
        Set<Long> left = leftOf(who, started.alsoOpen().stream().map(o -> o.session().facilitatorId()).toList());
        // only the facilitator sees this reply (a public one would show "<name> used /session start" above it, for
        // good); the channel hears of the session in a post of the bot's own, which names no one
        boolean announced = !command.botLacks().contains(Capability.SEND_MESSAGES);
        String told = announced ? " I'm telling the channel too." : " I can't post in this channel (I don't have "
                + "**Send Messages** here), so tell the group where to find the thread yourself.";
        if (s.privateThread()) {
            return Reply.text("Your private session" + (s.anonymous() ? " (anonymous)" : "") + " is starting: I'm "
                    + "opening a private thread for it now and will mention you in it. Bring in each member taking "
                    + "part by mentioning them in a message there; you move on with **Next question**." + told
                    + SessionView.alsoOpen(started.alsoOpen(), who, left));
        }
        return Reply.text("Your session **" + SessionView.title(s) + "**" + (s.anonymous() ? " (anonymous)" : "")
                + " is starting: I'm opening its thread now, with the plan and question 1. You move on with **Next "
                + "question** and close with **End**." + told + SessionView.alsoOpen(started.alsoOpen(), who, left));
    }

    private static boolean flag(Inbound.Command command, String name) {
        return command.option(name).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }

    private Reply handOver(Inbound.Command command) {
        long member;
        try {
            member = Long.parseLong(command.option(OPTION_MEMBER).orElse(""));
        } catch (NumberFormatException e) {
            throw new UserError("Pick the member who should lead the session, for example "
                    + "`/session facilitator member:@ana`.");
        }
        command.requirePerson(OPTION_MEMBER, "lead a session: it can't press **Next question** or **End**",
                "a member of the group", "/session facilitator member:@ana");
        Session s = led(() -> sessions.handOver(command.caller(), member));
        // the thread hears of it in a post the bot keeps (and edits after a forget), not in this reply, which it
        // could never change
        return Reply.text("Done: " + Mentions.user(member) + " now facilitates \"" + SessionView.title(s) + "\". I'm "
                + "telling the thread now, which brings them in if they weren't there yet, and the plan at the top "
                + "names them.");
    }

    /**
     * {@code action}, whose refusal to a member who does not lead the session names its facilitator: asked of the
     * platform once the transaction is over whether they left the server, whose mention would then show a raw id.
     */
    private <T> T led(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (Sessions.NotLead refused) {
            if (!messenger.membership(refused.guildId, List.of(refused.facilitatorId)).left()
                    .contains(refused.facilitatorId)) {
                throw refused;
            }
            throw new UserError(SessionView.notLead(refused.facilitatorId, refused.action, true));
        }
    }

    /**
     * The facilitators of these sessions who are known to have left the server, whose mention would show a raw id:
     * asked of the platform after the handler's transaction (never inside it), and only about others than the caller.
     */
    private Set<Long> leftOf(Caller who, List<Long> facilitators) {
        Set<Long> asked = new java.util.TreeSet<>();
        facilitators.stream().filter(id -> id != 0 && id != who.userId()).forEach(asked::add);
        return asked.isEmpty() ? Set.of() : messenger.membership(who.guildId(), asked).left();
    }

    private Reply list(Caller who) {
        List<Sessions.Listed> open = sessions.openSessions(who);
        if (open.isEmpty()) {
            return Reply.text("No group sessions are open right now. Start one with "
                    + "`/session start plan:ask-yourself`.");
        }
        Set<Long> left = leftOf(who, open.stream().map(l -> l.session().facilitatorId()).toList());
        // the newest that fit in one message (Discord's 25 fields and 6000 characters), in the order they started
        List<Card.Field> fields = new ArrayList<>();
        int length = 0;
        for (int i = open.size() - 1; i >= 0; i--) {
            Card.Field f = listed(open.get(i), left);
            if (fields.size() == Limits.EMBED_FIELDS
                    || length + f.name().length() + f.value().length() > Limits.EMBED_TOTAL - LIST_ROOM) {
                break;
            }
            fields.add(0, f);
            length += f.name().length() + f.value().length();
        }
        int older = open.size() - fields.size();
        return Reply.card(new Card("Open group sessions", null, fields, older == 0 ? null
                : "…and " + older + " more, started earlier: their threads are under the channels they were "
                + "started in."));
    }

    /** One open session in {@code /session list}; {@code left}: facilitators known to have left the server. */
    private static Card.Field listed(Sessions.Listed listed, Set<Long> left) {
        Session s = listed.session();
        // a facilitator who asked to be forgotten is stored as 0: the session is then the group's to lead
        boolean unled = s.facilitatorId() == 0;
        boolean gone = left.contains(s.facilitatorId());
        String facilitator = SessionView.facilitator(s.facilitatorId(), left);
        if (!listed.shown()) {
            // a private thread shows only to the members in it: the others learn that it runs and who leads it
            return new Card.Field("A private session", (unled ? "no one leads it now" : "led by " + facilitator)
                    + " · " + at(listed) + " · started " + TimeMarkup.relative(s.createdAt())
                    + " · only the members in its thread see its title; if you take part, ask "
                    + (unled ? "one of them" : gone ? "one of its members" : facilitator) + " to bring you in.",
                    false);
        }
        String led = unled ? "no one leads it: anyone in its thread can move it on, or take it over with "
                + "`/session facilitator`" : "led by " + facilitator + (gone ? ": a coordinator can take it over "
                + "with `/session facilitator`" : "");
        String where = s.threadId() == 0 ? "opening its thread…" : Mentions.channel(s.threadId());
        // when it started makes one left open for days stand out from today's
        return new Card.Field(SessionView.title(s), where + (s.privateThread() ? " · private" : "")
                + " · " + at(listed) + " · started " + TimeMarkup.relative(s.createdAt())
                + " · " + led + (s.anonymous() ? " · anonymous" : ""),
                false);
    }

    /** The question an open session is at, of how many, as {@code /session start} names it: "question 2 of 5". */
    private static String at(Sessions.Listed listed) {
        return "question " + (listed.session().questionIndex() + 1) + " of " + listed.questions();
    }

    // --- buttons and forms ----------------------------------------------------------------------------------

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        long target = id.longArg(0);
        int idx = (int) id.longArg(1);
        return switch (id.action()) {
            case "answer" -> {
                Sessions.Asking a = sessions.asking(who, target, idx);
                yield Reply.form(SessionView.answerForm(a.session(), a.question(),
                        a.earlier().map(SessionAnswer::text).orElse(null)));
            }
            case "next" -> moved(who, led(() -> sessions.next(who, target, idx)));
            case "end" -> moved(who, led(() -> sessions.end(who, target, idx)));
            case "edit" -> {
                OwnAnswers.Own own = sessions.own().one(who, target);
                Form.Input input = Form.Input.paragraph(SessionView.ANSWER_FIELD, "Your answer", Limits.MODAL_VALUE)
                        .prefilled(own.answer().text());
                yield Reply.form(new Form(CustomId.of(SessionView.FEATURE, "edited", target),
                        "Question " + own.question().number(), List.of(input)));
            }
            case "delete" -> {
                ThreadPosts.Refreshed r = sessions.own().delete(who, target);
                String done = "Deleted that answer. " + SummaryWords.removed(SummaryWords.Whose.ONE_ANSWER,
                        r.summaries(), reach(r));
                List<OwnAnswers.Own> left = sessions.own().all(who.guildId(), who.userId());
                yield (left.isEmpty() ? Reply.text(done + " That was your last one, so you have no group session "
                        + "answers left. " + ANSWER_NEXT) : ownAnswers(who, left, 0).withText(done)).replacingMessage();
            }
            case "page" -> ownAnswers(who, (int) target).replacingMessage();
            case "keep" -> keep(who, target, false);
            case "keep-replace" -> keep(who, target, true);
            case "keep-not" -> Reply.text("Nothing changed: your walk keeps its own answer, and your group answer "
                    + "stays with the session.").replacingMessage();
            default -> Router.stale();
        };
    }

    @Override
    public Reply onSelect(Inbound.Selection selection) {
        long answerId = selection.pickedId();
        if (!selection.customId().action().equals("mine") || answerId <= 0) {
            return Router.stale();
        }
        return ownAnswer(selection.caller(), answerId).replacingMessage();
    }

    @Override
    public Reply onModal(Inbound.ModalSubmit submit) {
        Caller who = submit.caller();
        CustomId id = submit.customId();
        String text = submit.field(SessionView.ANSWER_FIELD);
        return switch (id.action()) {
            case "answered" -> saved(who, sessions.answer(who, id.longArg(0), (int) id.longArg(1), text));
            case "edited" -> {
                if (text == null || text.isBlank()) {
                    // the form was sent with only spaces: the answer already there stays, as a walk's Edit keeps it
                    yield ownAnswer(who, id.longArg(0)).withText("Your answer was empty, so I kept the one you had. "
                            + "To change it, press **Edit** and write the new words; to remove it, press **Delete**.");
                }
                if (!Walks.hasWords(text)) {
                    // an emoji alone or punctuation answers nothing, as in a walk's forms: the answer there stays
                    yield ownAnswer(who, id.longArg(0)).withText("Your answer had no words in it (only emoji, symbols "
                            + "or punctuation), so I kept the one you had. To change it, press **Edit** and write a few "
                            + "words; to remove it, press **Delete**.");
                }
                Optional<String> little = AnswerRules.littleBesideMentions(text, "I kept the one you had. To change "
                        + "it, press **Edit** and write a few words of your own; to remove it, press **Delete**.");
                if (little.isPresent()) {
                    yield ownAnswer(who, id.longArg(0)).withText(little.get());
                }
                if (!AnswerRules.ownWords(text)) {
                    // mentions alone are kept from an answer as a line of them typed in the thread is
                    yield ownAnswer(who, id.longArg(0)).withText("Your answer had only mentions in it (such as "
                            + "@everyone or a member's name), so I kept the one you had: "
                            + AnswerRules.MENTIONS_ANSWER_NOTHING + " To change it, press **Edit** and write a few "
                            + "words of your own; to remove it, press **Delete**.");
                }
                OwnAnswers.Edited edited = sessions.own().edit(who, id.longArg(0), text);
                if (!edited.changed()) {
                    yield ownAnswer(who, id.longArg(0)).withText("Nothing changed: your answer is as it was. To "
                            + "change it, press **Edit** and write over it.");
                }
                yield ownAnswer(who, id.longArg(0)).withText(("Updated your answer. "
                        + summariesUpdated(edited.refreshed())).strip());
            }
            default -> Router.stale();
        };
    }

    /** Whether the bot can still change its posts in the thread (Discord archives a quiet one; a lock closes it). */
    private Messenger.ThreadReach reach(ThreadPosts.Refreshed r) {
        return messenger.threadReach(r.guildId(), r.threadId());
    }

    private boolean stuck(ThreadPosts.Refreshed r) {
        return reach(r) == Messenger.ThreadReach.UNREACHABLE;
    }

    /**
     * What a member whose answer changed hears of the summaries posted in the thread, which show the new words once
     * edited ({@link SummaryWords#updated}), followed by a space; empty when the thread shows none.
     */
    private String summariesUpdated(ThreadPosts.Refreshed r) {
        return r.summaries() == 0 ? "" : SummaryWords.updated(r.summaries(), reach(r)) + " ";
    }

    private static String summaries(ThreadPosts.Refreshed r) {
        return SummaryWords.summaries(r.summaries());
    }

    private Reply saved(Caller who, Sessions.Saved saved) {
        Session s = saved.session();
        String kept = "Thanks, your answer to question " + (saved.idx() + 1) + " is saved"
                + (saved.first() ? "" : " (it replaces your earlier one)") + ". ";
        ThreadPosts.Refreshed summaries = saved.summaries();
        Reply reply = Reply.text(!saved.changed() ? unchanged(saved)
                : kept + (saved.late() && summaries.summaries() > 0 && !stuck(summaries)
                ? "The session ended while you were writing, so I'm adding it to the " + summaries(summaries)
                        + " posted in the thread; `/session answers` lets you change it."
                : saved.late()
                ? "The session ended while you were writing, so it isn't in the summary posted in the thread; "
                        + "`/session summary` there posts the summary again with it, and `/session answers` lets "
                        + "you change it."
                : summariesUpdated(summaries) + (saved.idx() < s.questionIndex()
                        ? "The group had moved on to question " + (s.questionIndex() + 1) + ", so question "
                                + (saved.idx() + 1) + " has no **Answer** button any more: `/session answers` lets "
                                + "you change it."
                        : "Press **Answer** again to change it.")
                        + (s.anonymous() ? " Your name isn't shown to the group." : "")));
        if (walks.walks(s.curriculum())) {
            // what keeping it offers (Check and add, after whom to partner with), said where the button is
            String offers = saved.changed() ? followUps.offersAfter(s.curriculum(), saved.questionKey()) : "";
            reply = reply.withText(reply.text() + (offers.isEmpty() ? ""
                    : " **Keep in my own walk** keeps it in your own walk too, and " + offers + "."))
                    .withButtons(Button.secondary(CustomId.of(SessionView.FEATURE, "keep", saved.answerId()),
                    "Keep in my own walk"));
        }
        return reply;
    }

    /** An answer sent back as its form opened, so as it was: where to change it, now that the session moved on or not. */
    private static String unchanged(Sessions.Saved saved) {
        return "Your answer to question " + (saved.idx() + 1) + " is as it was, so nothing changed. "
                + (saved.late() || saved.idx() < saved.session().questionIndex()
                ? "`/session answers` lets you change it." : "To change it, press **Answer** again and write over it.");
    }

    private Reply moved(Caller who, Sessions.Moved moved) {
        Reply shown = Reply.text(switch (moved.outcome()) {
            case ENDED_UNANSWERED -> "The session has ended. Nobody answered, so the summary I'm posting in the thread "
                    + "says just that. When the group is ready, run " + SessionView.startCommand(moved.session().plan())
                    + " in a text channel to reflect together again.";
            case ENDED -> "The session has ended. I'm posting the summary in the thread now; everyone sees their own "
                    + "answers in `/coach answers`.";
            case ASKED_NEXT -> "Moving on: question " + (moved.nowAt() + 1) + " of " + moved.total()
                    + " is posted in the thread.";
        });
        // the answers are all in: what the group said may lead somewhere (the organizations it named, to add)
        return moved.outcome() == Sessions.Moved.Outcome.ENDED ? afterSession.after(who, moved.session().id(), shown)
                : shown;
    }

    /**
     * Files a session answer as the member's answer in their own walk: private there, and only after they confirm
     * when it would replace a different answer they wrote in the walk.
     */
    private Reply keep(Caller who, long answerId, boolean replace) {
        OwnAnswers.Own own = sessions.own().one(who, answerId);
        String curriculum = own.session().curriculum();
        if (!walks.walks(curriculum)) {
            throw new UserError("This session's plan isn't one of the walks you take on your own, so its answers "
                    + "stay with the session. You can still see them in `/coach answers`.");
        }
        String question = SessionView.clip(own.question().text(), 120);
        Optional<String> inWalk = walks.ownAnswerTo(who, curriculum, own.question().key()).map(a -> a.text());
        if (!replace && inWalk.isPresent() && !inWalk.get().equals(own.answer().text())) {
            return Reply.text("Your walk already has an answer to \"" + question + "\":\n> "
                    + Shown.text(SessionView.clip(inWalk.get(), 300)).replace("\n", "\n> ")
                    + "\nReplace it with your group answer?").withButtons(
                    Button.danger(CustomId.of(SessionView.FEATURE, "keep-replace", answerId), "Replace it"),
                    Button.secondary(CustomId.of(SessionView.FEATURE, "keep-not", answerId), "Keep my walk's answer"));
        }
        WalkState state = walks.keepAnswer(who, curriculum, own.question().key(), own.answer().text());
        Reply kept = followUps.after(who, state, own.question().key(), Reply.text("Kept it as your answer to \""
                + question + "\" in your own walk, private to you (**Share** in `/coach answers` shows it to "
                + "coordinators). Carry on with `" + walks.curriculum(curriculum).command() + "`."));
        return replace ? kept.replacingMessage() : kept;
    }

    // --- a member's own answers -----------------------------------------------------------------------------

    /**
     * A member's session answers, newest session first, a page at a time: each page fits one card and one menu
     * (25 options at most), and Older / Newer buttons reach the rest.
     */
    private Reply ownAnswers(Caller who, int page) {
        return ownAnswers(who, sessions.own().all(who.guildId(), who.userId()), page);
    }

    /** What a member with no session answers can do (none yet, or they deleted them: nothing tells which). */
    private static final String ANSWER_NEXT = "When a facilitator starts a session, press **Answer** under its "
            + "question in the thread to add yours.";

    private Reply ownAnswers(Caller who, List<OwnAnswers.Own> answers, int page) {
        List<OwnAnswers.Own> mine = new ArrayList<>(answers);
        if (mine.isEmpty()) {
            return Reply.text("You have no group session answers. " + ANSWER_NEXT);
        }
        mine.sort(java.util.Comparator.comparingLong((OwnAnswers.Own o) -> -o.session().id())
                .thenComparingInt(o -> o.answer().idx()));
        int pages = (mine.size() + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<OwnAnswers.Own> onPage = mine.subList(shown * ANSWERS_PER_PAGE,
                Math.min(mine.size(), (shown + 1) * ANSWERS_PER_PAGE));
        // two sessions of one title (a weekly circle) are told apart by the day each started, in the member's zone
        Map<Long, String> started = started(mine, settings.memberZone(who.guildId(), who.userId()));
        StringBuilder body = new StringBuilder();
        List<SelectMenu.Option> options = new ArrayList<>();
        for (OwnAnswers.Own o : onPage) {
            String day = started.get(o.session().id());
            body.append("**").append(Shown.text(SessionView.clip(o.session().title(), 60))).append("** (")
                    .append(day).append(") · ").append(o.question().number()).append(". ")
                    // one line each, shown as typed: a cut-off `, || or ** must not run into the answers below it
                    .append(Shown.text(SessionView.clip(Shown.oneLine(o.answer().text()), 100)))
                    .append('\n');
            options.add(new SelectMenu.Option(String.valueOf(o.answer().id()),
                    SessionView.clip(o.session().title(), 40) + " · " + day + " · Q" + o.question().number(),
                    SessionView.clip(o.answer().text(), 90)));
        }
        String where = pages == 1 ? "" : "Answers " + (shown * ANSWERS_PER_PAGE + 1) + "–"
                + (shown * ANSWERS_PER_PAGE + onPage.size()) + " of " + mine.size() + ", newest first. ";
        // Keep in my own walk is offered only under answers of a walk's plan (a plan file's have none)
        boolean keepable = onPage.stream().anyMatch(o -> walks.walks(o.session().curriculum()));
        Reply reply = Reply.card(Card.of("Your group session answers", body.toString())
                        .withFooter(where + (keepable ? "Pick one to edit it, delete it, or keep it in your own walk."
                                : "Pick one to edit or delete it.")))
                .withRow(new Row.Select(SelectMenu.single(CustomId.of(SessionView.FEATURE, "mine"),
                        "Pick an answer", options)));
        List<Button> paging = new ArrayList<>();
        if (shown > 0) {
            paging.add(Button.secondary(CustomId.of(SessionView.FEATURE, "page", shown - 1), "Newer answers"));
        }
        if (shown < pages - 1) {
            paging.add(Button.secondary(CustomId.of(SessionView.FEATURE, "page", shown + 1), "Older answers"));
        }
        return paging.isEmpty() ? reply : reply.withButtons(paging.toArray(Button[]::new));
    }

    /**
     * The day each session of {@code answers} started in {@code zone} ("3 Mar 2026"), by session id; with its time
     * too when another session of the same title started that day, so that no two of them read the same.
     */
    private static Map<Long, String> started(List<OwnAnswers.Own> answers, ZoneId zone) {
        Map<Long, Session> byId = new java.util.LinkedHashMap<>();
        answers.forEach(o -> byId.putIfAbsent(o.session().id(), o.session()));
        Map<String, Long> sameDay = byId.values().stream().collect(java.util.stream.Collectors.groupingBy(
                s -> s.title().strip() + "\n" + STARTED_DAY.format(s.createdAt().atZone(zone)),
                java.util.stream.Collectors.counting()));
        Map<Long, String> out = new java.util.HashMap<>();
        byId.values().forEach(s -> {
            String day = STARTED_DAY.format(s.createdAt().atZone(zone));
            out.put(s.id(), sameDay.get(s.title().strip() + "\n" + day) > 1
                    ? STARTED_AT.format(s.createdAt().atZone(zone)) : day);
        });
        return out;
    }

    private Reply ownAnswer(Caller who, long answerId) {
        OwnAnswers.Own own = sessions.own().one(who, answerId);
        Card card = Card.of(SessionView.title(own.session()) + " · question " + own.question().number(),
                answerShown(own.question().text(), own.answer().text()));
        List<Button> buttons = new ArrayList<>(List.of(
                Button.primary(CustomId.of(SessionView.FEATURE, "edit", answerId), "Edit"),
                Button.danger(CustomId.of(SessionView.FEATURE, "delete", answerId), "Delete")));
        if (walks.walks(own.session().curriculum())) {
            buttons.add(Button.secondary(CustomId.of(SessionView.FEATURE, "keep", answerId), "Keep in my own walk"));
        }
        return Reply.card(card).withRows(Row.grid(buttons));
    }

    /**
     * One answer of a member's as they look at it on its own: the question above it (cut to the room the answer leaves),
     * then the answer whole and as typed, its Markdown literal as everywhere else it is shown. An answer that fills the
     * form with Markdown characters (each shown with its escape) can still pass what one message holds: the end then
     * says that Edit shows it all.
     */
    static String answerShown(String question, String answer) {
        String shown = Shown.text(answer);
        if (shown.length() > Limits.EMBED_DESCRIPTION) {
            return Shown.text(answer, Limits.EMBED_DESCRIPTION - CUT_NOTE.length()) + CUT_NOTE;
        }
        int room = Math.min(OWN_QUESTION, Limits.EMBED_DESCRIPTION - shown.length() - 4);
        return room < OWN_QUESTION_SHORTEST ? shown : "*" + SessionView.clip(question, room) + "*\n\n" + shown;
    }

    /** How much of the question an answer looked at on its own shows, and the least worth showing. */
    private static final int OWN_QUESTION = 900;
    private static final int OWN_QUESTION_SHORTEST = 40;
    private static final String CUT_NOTE = "\n*(Longer than one message holds: **Edit** shows all of it.)*";

    // --- typed lines in a session's thread ------------------------------------------------------------------

    /** What became of a line typed in a thread that the bot answered with nothing. */
    public enum QuietLine {
        /** Added to its author's answer to the session's current question. */
        ADDED,
        /**
         * Not added: it would take its author's answer past what a form holds; the thread's note telling them so, with
         * what to do, is on its way.
         */
        TOO_LONG_TOLD,
        /**
         * Only mentions (of members, roles, channels, {@code @everyone}), with a letter or two at most besides: it
         * calls people in, and is no answer.
         */
        MENTIONS_ONLY,
        /** No words at all (an emoji or punctuation alone): no answer. */
        NO_WORDS,
        /**
         * The thread's session has ended: the line is the group's, and no answer; its author was told so at their
         * first line with words after the end (or this one has none), and hears nothing more.
         */
        SESSION_ENDED,
        /**
         * The thread's session has ended, and this is its author's first line with words since: the thread's note
         * telling them it is the group's and no answer is on its way.
         */
        SESSION_ENDED_TOLD,
        /** Lines typed in threads are not read, or the thread is no session's. */
        NOT_READ
    }

    /**
     * What became of a line typed in a thread that got no reply, read after it was handled: for the console, which
     * says so beside the line, where Discord shows nothing.
     */
    public QuietLine quietLine(long guildId, long threadId, long userId, String text) {
        Optional<Session> s = typedAnswers ? sessions.ofThread(guildId, threadId) : Optional.empty();
        if (s.isEmpty() || s.get().status() == Session.Status.OPENING) {
            return QuietLine.NOT_READ;
        }
        if (!s.get().open()) {
            return sessions.toldEndedWaiting(guildId, s.get().id(), userId) ? QuietLine.SESSION_ENDED_TOLD
                    : QuietLine.SESSION_ENDED;
        }
        String typed = text == null ? "" : text;
        if (AnswerRules.ownWords(typed) && sessions.noRoomWaiting(guildId, s.get().id(), userId)) {
            return QuietLine.TOO_LONG_TOLD;
        }
        return AnswerRules.ownWords(typed) ? QuietLine.ADDED
                : Walks.hasWords(typed) ? QuietLine.MENTIONS_ONLY : QuietLine.NO_WORDS;
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller who = message.caller();
        if (who.surface() != Surface.THREAD) {
            return Optional.empty();
        }
        // a line taken gets no visible answer: the count under the question shows it; one too long for the answer,
        // and the first after the end, get a note through the outbox (a typed line is no interaction to answer)
        if (typedAnswers && message.text() != null && !message.text().isBlank()) {
            sessions.addTypedLine(who, message.text());
        }
        return Optional.of(Reply.text(""));
    }
}
