package org.partnercoach.sessions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Spacing;
import org.partnercoach.chat.Surface;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.Walks;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.storage.Database;

/**
 * The session engine. Every call loads the session, decides, and writes in one transaction (with the posts it
 * queues in the outbox), so a restart resumes a session exactly where it stood. A member's own answers are in
 * {@link OwnAnswers}, the thread's messages kept up to date in {@link ThreadPosts}, and what an answer may be in
 * {@link AnswerRules}.
 */
final class Sessions {

    static final int MAX_TITLE = 80;
    static final int MAX_MINUTES = 240;
    /**
     * A session in which nothing happened this long (no question asked, no answer written or changed, no hand-over
     * to a new facilitator) closes by
     * itself and posts its summary: its facilitator may have left the server, and nobody else could end it.
     */
    static final Duration IDLE_CLOSE = Duration.ofDays(14);

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final SessionPlans plans;
    private final SessionStore store = new SessionStore();
    private final ThreadPosts posts;
    private final OwnAnswers own;

    Sessions(Database db, Clock clock, Outbox outbox, SessionPlans plans) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.plans = plans;
        this.posts = new ThreadPosts(db, clock, outbox, store);
        this.own = new OwnAnswers(db, clock, outbox, store, posts);
    }

    /** The bot's messages in a session's thread that it keeps up to date. */
    ThreadPosts threadPosts() {
        return posts;
    }

    /** A member's own answers, for {@code /session answers} and a forget. */
    OwnAnswers own() {
        return own;
    }

    SessionPlans plans() {
        return plans;
    }

    /**
     * The refusal of a {@code minutes} value that is no whole number, or out of range (0 included: leaving it out is
     * how to move on by hand): one wording for them all.
     */
    static UserError minutesRefused() {
        return new UserError("Minutes per question is a whole number from 1 to " + MAX_MINUTES + ", for example "
                + "`minutes:10` to move on every ten minutes; leave it out to move on by hand with **Next question**. "
                + "Nothing was created.");
    }

    /**
     * The refusal of a title of only emoji, symbols or punctuation, worded as a partner's name without a letter is: a
     * thread named "Reflection: 🍎🍎" tells the group nothing, and nobody can type it to find it.
     */
    private static UserError titleWithoutWords(String title) {
        return new UserError("“" + Shown.text(Limits.clip(title.strip(), 40)) + "” has no letter or number, and a "
                + "session's title needs one so the group can find its thread. Give it a few words, for example "
                + "`title:\"Tuesday circle\"`; an emoji can go with them (`🍎 Tuesday circle`), or leave `title:` out "
                + "to use the plan's name. Nothing was created.");
    }

    /**
     * The refusal of a title that only mentions people (a member, a role, a channel, {@code @everyone}): a thread
     * named "Reflection: @everyone" calls everyone in and tells the group nothing. Worded as the one of only emoji is.
     */
    private static UserError titleOfMentions() {
        return new UserError("That title only mentions people (such as @everyone or a member), and a session's title "
                + "needs words of its own so the group can find its thread. Give it a few words, for example "
                + "`title:\"Tuesday circle\"`, or leave `title:` out to use the plan's name. Mention people in the "
                + "thread once it's open to bring them in. Nothing was created.");
    }

    /**
     * The refusal of a title whose words run past {@link #MAX_TITLE}: a thread's name shows about that much, and
     * cutting it would lose what the member wrote unseen. Worded as a partner's name that is too long is.
     */
    private static UserError titleTooLong(String words) {
        return new UserError("That title is " + Count.charactersLong(words) + "; a session's title can be at most "
                + MAX_TITLE + ", so its thread's "
                + "name stays readable. Try a shorter one, for example `title:\"Tuesday circle\"`, or leave `title:` "
                + "out to use the plan's name. Nothing was created.");
    }

    /**
     * A name typed after "@" and left as typed (not picked from Discord's list, which makes it a mention): in a title,
     * where nobody is brought in, a mention meant all the same, and no words of the title's own.
     */
    private static final java.util.regex.Pattern TYPED_NAME = java.util.regex.Pattern.compile("(?<![\\w@])@[\\w.]+");

    /** What a session needs to exist, checked before anything is written. */
    record Request(String plan, String title, boolean anonymous, int minutes, boolean privateThread) {
    }

    /**
     * A session still running in the channel where another is being started, as the member starting it may see it
     * ({@link Listed}), with its current question and how many questions its plan has.
     */
    record OpenHere(Listed listed, SessionQuestion question) {

        Session session() {
            return listed.session();
        }

        int total() {
            return listed.questions();
        }
    }

    /** A session just recorded, with the others still running in its channel, which its facilitator is told of. */
    record Started(Session session, List<OpenHere> alsoOpen) {
    }

    /**
     * Records a session in state OPENING; the planner opens its thread right after the reply and posts the plan and
     * the first question there. Refuses (writing nothing) when the bot lacks a permission it will need, and when a
     * session of the same title, which the member may see, still runs in the channel: most likely the same group's,
     * left open or started already, and two threads of one name would split the group between them.
     */
    Started start(Caller who, Request request, Set<Capability> botLacks) {
        if (who.inDm() || who.guildId() == 0) {
            throw new UserError("Group sessions run in a server. Run `/session start` in one of your coalition's "
                    + "text channels.");
        }
        if (who.surface() == Surface.THREAD) {
            throw new UserError("You're in a thread already. Run `/session start` in a regular text channel, and "
                    + "I'll open a new thread for the session there.");
        }
        Set<Capability> needed = EnumSet.of(Capability.VIEW_CHANNEL, Capability.SEND_MESSAGES_IN_THREADS,
                Capability.EMBED_LINKS, request.privateThread() ? Capability.CREATE_PRIVATE_THREADS
                        : Capability.CREATE_PUBLIC_THREADS);
        List<String> missing = new ArrayList<>();
        for (Capability c : needed) {
            if (botLacks.contains(c)) {
                missing.add("**" + c.label() + "**");
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError("I can't open a session here: I need the " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " permission" : " permissions") + " in this channel. Ask someone "
                    + "with Manage Server to grant " + (missing.size() == 1 ? "it" : "them") + " to the Partner "
                    + "Coach role (Server Settings → Roles, or this channel's Permissions), then run "
                    + "`/session start` again. Nothing was created.");
        }
        if (request.minutes() < 0 || request.minutes() > MAX_MINUTES) {
            throw minutesRefused();
        }
        // a title that shows as nothing (hidden characters alone) is as good as none: the plan's name is used
        boolean titled = !Shown.blank(request.title());
        if (titled) {
            if (!Walks.hasWords(request.title())) {
                throw titleWithoutWords(request.title());
            }
            if (!Walks.ownWords(TYPED_NAME.matcher(request.title()).replaceAll(" "))) {
                throw titleOfMentions();
            }
            // Discord's form stops a title at MAX_TITLE, but a member picked in it arrives longer (<@id>), so only
            // the title's own words are held to it: a mention past the end is dropped whole below, where a title
            // of words that long (typed in the console) would lose its end unseen
            String ownWords = Spacing.tidied(Mentions.removedFrom(request.title()));
            if (ownWords.length() > MAX_TITLE) {
                throw titleTooLong(ownWords);
            }
        }
        SessionPlans.Plan plan = plans.resolve(request.plan());
        String title = titled ? Limits.clip(Spacing.tidied(request.title()), MAX_TITLE) : plan.title();
        Instant now = clock.instant();
        boolean announced = !botLacks.contains(Capability.SEND_MESSAGES);
        return db.write(c -> {
            List<OpenHere> here = openHere(c, who);
            for (OpenHere o : here) {
                if (o.listed().shown() && sameTitle(o.session().title(), title)) {
                    throw new StillOpen(o, who);
                }
            }
            long id = store.create(c, who.guildId(), who.channelId(), request.privateThread(), plan, title,
                    request.anonymous(), request.minutes(), who.userId(), now);
            if (request.privateThread()) {
                // the plan names her, which brings her in: she stays in the thread after handing it over
                store.joined(c, who.guildId(), id, who.userId(), now);
            }
            if (announced) {
                // the channel hears of it from the bot, not in the reply to the command (above which Discord would
                // show who ran it); composed when it goes out, so a session whose thread could not be opened
                // leaves only the notice that says so
                outbox.enqueue(c, ScheduledSend.Draft.post(who.guildId(), SessionPosts.KIND, who.channelId(), id,
                        SessionPosts.STARTED, now), now);
            }
            return new Started(store.byId(c, who.guildId(), id).orElseThrow(), here);
        });
    }

    /** The sessions still running in the caller's channel, with the question each is at. */
    private List<OpenHere> openHere(Connection c, Caller who) throws SQLException {
        List<OpenHere> here = new ArrayList<>();
        for (Listed l : listed(c, who, store.openInChannel(c, who.guildId(), who.channelId()))) {
            List<SessionQuestion> questions = store.questions(c, who.guildId(), l.session().id());
            here.add(new OpenHere(l, questions.get(l.session().questionIndex())));
        }
        return here;
    }

    /**
     * Titles that make threads of one name: "Tuesday circle", "tuesday  circle", and either with a zero-width space
     * inside (hidden characters are left out of a thread's name).
     */
    private static boolean sameTitle(String a, String b) {
        return Spacing.tidied(Shown.visible(a)).equalsIgnoreCase(Spacing.tidied(Shown.visible(b)));
    }

    // --- the thread -----------------------------------------------------------------------------------------

    /**
     * Sessions whose thread is to be opened now, of the servers {@code ours} accepts (the others stay for the process
     * that runs their Discord shard); each is claimed for a few minutes so it is opened once.
     */
    List<Session> claimToOpen(java.util.function.LongPredicate ours) {
        Instant now = clock.instant();
        return db.write(c -> {
            List<Session> due = store.lockToOpen(c, now.minus(Duration.ofMinutes(5))).stream()
                    .filter(s -> ours.test(s.guildId())).toList();
            for (Session s : due) {
                store.claimOpening(c, s, now);
            }
            return due;
        });
    }

    /** The first of these threads that no session of the server holds. */
    Optional<Long> firstUnheld(long guildId, List<Long> threadIds) {
        return db.read(c -> {
            for (long threadId : threadIds) {
                if (store.byThread(c, guildId, threadId).isEmpty()) {
                    return Optional.of(threadId);
                }
            }
            return Optional.<Long>empty();
        });
    }

    /** The thread exists: the session opens, and the plan and its first question are posted there. */
    void opened(Session s, long threadId) {
        Instant now = clock.instant();
        db.write(c -> {
            if (!store.markOpen(c, s, threadId, dueAfter(s, now))) {
                return null;
            }
            outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, threadId, s.id(),
                    SessionPosts.PLAN, now), now);
            ask(c, s, threadId, 0, now);
            return null;
        });
    }

    /**
     * The thread could not be made: nothing of the session stays, and the channel hears why. The notice names the
     * session, not who started it: the session's row goes, so nothing would be left to find the notice by and edit
     * it after that member's forget (and one who asked to be forgotten while the thread was tried is stored as 0).
     *
     * @param maybeMade Discord never answered the bot's request, so it may have made a thread all the same, which
     *                  the bot could not find: the channel is told so, not that nothing was created
     */
    void couldNotOpen(Session s, String why, boolean maybeMade) {
        Instant now = clock.instant();
        String session = s.privateThread() ? "a private session started here"
                : "the session \"" + SessionView.title(s) + "\" started here";
        String notice = maybeMade
                ? "I couldn't open the thread for " + session + ": Discord didn't answer when I asked for it, so a "
                + "thread for it may have been made all the same, with no questions in it. The session wasn't kept: "
                + "please run `/session start` again, and if an empty thread for it shows up in this channel, you "
                + "can delete it or leave it. (" + Limits.clip(why, 200) + ")"
                : "I couldn't open the thread for " + session + ", so nothing was created. Please "
                + "check that I have **Create Public Threads** (or **Create Private Threads**) and "
                + "**Send Messages in Threads** in this channel, then run `/session start` again. ("
                + Limits.clip(why, 200) + ")";
        db.write(c -> {
            store.delete(c, s);
            outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, s.channelId(), 0,
                    SessionPosts.NOTICE + notice, now), now);
            return null;
        });
    }

    private void ask(Connection c, Session s, long threadId, int idx, Instant now) throws SQLException {
        long sendId = outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, threadId, s.id(),
                SessionPosts.QUESTION + idx, now), now);
        store.ask(c, s, idx, sendId, now);
    }

    private Instant dueAfter(Session s, Instant now) {
        return s.minutes() > 0 ? now.plus(Duration.ofMinutes(s.minutes())) : null;
    }

    // --- answers --------------------------------------------------------------------------------------------

    /** The session of a thread (open or ended), or empty when the thread is none's. */
    Optional<Session> ofThread(long guildId, long threadId) {
        return db.read(c -> store.byThread(c, guildId, threadId));
    }

    /** The session and question an Answer button names, with the member's earlier answer. */
    record Asking(Session session, SessionQuestion question, Optional<SessionAnswer> earlier) {
    }

    Asking asking(Caller who, long sessionId, int idx) {
        return db.read(c -> {
            Session s = answerable(c, who, sessionId, idx);
            SessionQuestion q = store.questions(c, who.guildId(), sessionId).get(idx);
            return new Asking(s, q, store.ownAnswer(c, who.guildId(), sessionId, idx, who.userId()));
        });
    }

    /**
     * Stores a member's answer (replacing their earlier one); the question's count is edited by the job. A form is
     * only opened while its session is open, so one sent after the session ended was being written when it ended:
     * it is kept too ({@link Saved#late()}), as an answer sent after its question closed is, instead of being lost, and
     * the summaries already in the thread are edited to take it in. An answer that replaces the member's earlier words
     * edits them too, while the session runs as after its end, as {@code /session answers}' Edit does: a summary so far
     * may lack what was written after it, never show words taken back. A first answer while the session runs edits
     * none: the next summary has it, as it has the rest written since.
     */
    Saved answer(Caller who, long sessionId, int idx, String text) {
        Optional<AnswerRules.NotKept> notKept = AnswerRules.notKept(text);
        if (notKept.isPresent()) {
            // Discord has closed the form: what to press next depends on where the session stands now
            Session s = db.read(c -> sendable(c, who, sessionId, idx));
            throw new UserError(notKept.get().why() + " " + AnswerRules.againFromForm(s, idx, notKept.get().words()));
        }
        String answer = AnswerRules.clean(text);
        Instant now = clock.instant();
        return db.write(c -> {
            Session s = sendable(c, who, sessionId, idx);
            boolean late = s.status() == Session.Status.ENDED;
            Optional<SessionAnswer> earlier = store.ownAnswer(c, who.guildId(), sessionId, idx, who.userId());
            if (earlier.isPresent() && earlier.get().text().equals(answer)) {
                // the form sent back as it opened: nothing to store, no summary to edit, no sign of life in the session
                return new Saved(s, idx, earlier.get().id(), false, store.countAnswers(c, who.guildId(), sessionId,
                        idx), late, ThreadPosts.Refreshed.none(who.guildId()), false, "");
            }
            boolean first = store.saveAnswer(c, who.guildId(), sessionId, idx, who.userId(),
                    Limits.clip(who.displayName(), 100), answer, now);
            long answerId = store.ownAnswer(c, who.guildId(), sessionId, idx, who.userId()).orElseThrow().id();
            ThreadPosts.Refreshed summaries = late || !first
                    ? posts.refreshSummaries(c, who.guildId(), sessionId, now)
                    : ThreadPosts.Refreshed.none(who.guildId());
            return new Saved(s, idx, answerId, first, store.countAnswers(c, who.guildId(), sessionId, idx), late,
                    summaries, true, store.questions(c, who.guildId(), sessionId).get(idx).key());
        });
    }

    /**
     * @param late      the session had ended when the answer came, so the summary posted at its end did not have it
     * @param summaries the summaries already in the thread, being edited to take a late answer in, or the new words of
     *                  an answer that replaced earlier ones
     * @param changed   whether the text differs from the member's answer already there (the form sent back as it
     *                  opened changes nothing)
     * @param questionKey the question's key in its plan's curriculum, when {@code changed} (else empty): what keeping
     *                  the answer in the member's walk offers depends on it
     */
    record Saved(Session session, int idx, long answerId, boolean first, int count, boolean late,
                 ThreadPosts.Refreshed summaries, boolean changed, String questionKey) {
    }

    /**
     * Adds a line typed in a session's thread to the member's answer to the current question, in one transaction with
     * the session row locked, so two lines typed at once both count. A line that would take the answer past what a
     * form holds is not added (it stays in the thread): the answer already stored, perhaps written in the form, is
     * kept whole, and a note in the thread tells the member so ({@link #tellNoRoom}). A line that is none of a
     * session's (no open session here, no words in it) changes nothing. A line replaces none of the answer, so no
     * summary already posted is edited for it, as for a first answer: the next summary has it.
     */
    void addTypedLine(Caller who, String line) {
        String typed = line == null ? "" : line.strip();
        // a 👍 or "..." typed in the thread is a reaction, not part of an answer; a line of mentions alone brings
        // someone into the thread or calls the group in, and says nothing of the typist's own
        if (!AnswerRules.ownWords(typed) || who.inDm() || who.guildId() == 0) {
            return;
        }
        Instant now = clock.instant();
        db.write(c -> {
            Optional<Session> found = store.byThread(c, who.guildId(), who.channelId())
                    .filter(s -> s.status() != Session.Status.OPENING);
            if (found.isEmpty()) {
                return null;
            }
            Optional<Session> locked = store.lock(c, who.guildId(), found.get().id());
            if (locked.isPresent() && locked.get().status() == Session.Status.ENDED) {
                tellEnded(c, locked.get(), who.userId(), now);
                return null;
            }
            if (locked.isEmpty() || !locked.get().open()) {
                return null;
            }
            Session s = locked.get();
            int idx = s.questionIndex();
            Optional<String> earlier = store.ownAnswer(c, who.guildId(), s.id(), idx, who.userId())
                    .map(SessionAnswer::text);
            String text = earlier.map(e -> e + "\n" + typed).orElse(typed);
            if (text.length() > Limits.MODAL_VALUE) {
                tellNoRoom(c, s, who.userId(), new NoRoom(idx + 1, earlier.map(String::length).orElse(0),
                        text.length()), now);
                return null;
            }
            store.saveAnswer(c, who.guildId(), s.id(), idx, who.userId(), Limits.clip(who.displayName(), 100), text,
                    now);
            return null;
        });
    }

    /**
     * A line that did not fit in the member's answer: a note in the thread tells them, with their count and what to
     * do. Through the outbox, as the note that the session ended is: under its row's nonce, sent once across a
     * restart, and with the member as its recipient, so that a forget takes a note still waiting with it.
     */
    private void tellNoRoom(Connection c, Session s, long userId, NoRoom full, Instant now) throws SQLException {
        outbox.enqueue(c, new ScheduledSend.Draft(s.guildId(), SessionPosts.KIND, userId, s.id(), s.threadId(),
                full.payload(), "", now), now);
    }

    /**
     * How long a note that a line did not fit names its member. A forget finds the note through the outbox's row of it,
     * which the outbox keeps {@link Outbox#KEEP_CLOSED} after it went out; a little before then the note is edited to
     * name no one, so that no note goes on naming a member whom a forget could no longer reach.
     */
    static final Duration NO_ROOM_NAMED = Outbox.KEEP_CLOSED.minusDays(2);

    /**
     * A note that a line did not fit went out (on the outbox's connection as it is marked sent): its edit to name no
     * one is queued for {@link #NO_ROOM_NAMED} later; a forget before then brings that edit forward.
     */
    void noRoomPosted(Connection c, long guildId, long sessionId, long threadId, long messageId) throws SQLException {
        Instant later = clock.instant().plus(NO_ROOM_NAMED);
        outbox.enqueue(c, ScheduledSend.Draft.post(guildId, SessionPosts.KIND, threadId, sessionId,
                SessionPosts.edit(new SessionStore.SummaryPost(SessionStore.NO_ROOM_POST, messageId)), later),
                clock.instant());
    }

    /** Whether a note that a line did not fit in this member's answer is still on its way (told at this very line). */
    boolean noRoomWaiting(long guildId, long sessionId, long userId) {
        return outbox.open(guildId, SessionPosts.KIND, userId).stream()
                .anyMatch(send -> send.targetId() == sessionId && NoRoom.parse(send.payload()).isPresent());
    }

    /**
     * A member's first line typed in the thread after the session ended: a note in the thread tells them it is the
     * group's and no answer (they may think it was kept), once; their later lines get none. Through the outbox, as a
     * reply to a typed line is no answer to an interaction: under its row's nonce, and with the member as its
     * recipient, so that a forget takes a note still waiting with it.
     */
    private void tellEnded(Connection c, Session s, long userId, Instant now) throws SQLException {
        if (store.tellEnded(c, s.guildId(), s.id(), userId, now)) {
            outbox.enqueue(c, new ScheduledSend.Draft(s.guildId(), SessionPosts.KIND, userId, s.id(), s.threadId(),
                    SessionPosts.TOLD_ENDED, "", now), now);
        }
    }

    /** Keeps the message a note telling a member that the session had ended became, for a forget to edit. */
    void toldEndedPosted(Connection c, long guildId, long sessionId, long userId, long messageId) throws SQLException {
        store.toldEndedPosted(c, guildId, sessionId, userId, messageId);
    }

    /** Whether the note that the session has ended is still on its way to this member (told at this very line). */
    boolean toldEndedWaiting(long guildId, long sessionId, long userId) {
        return outbox.open(guildId, SessionPosts.KIND, userId).stream()
                .anyMatch(send -> send.targetId() == sessionId && send.payload().equals(SessionPosts.TOLD_ENDED));
    }

    /**
     * A line typed in the thread that was not added to the member's answer: it would have taken it past what a form
     * holds. Kept as the payload of the note that tells them ({@code no-room:<question>:<length>:<wouldBe>}).
     *
     * @param question the question's number, from 1
     * @param length   the answer's length now
     * @param wouldBe  its length with the line
     */
    record NoRoom(int question, int length, int wouldBe) {

        private static final String PAYLOAD = "no-room:";

        String payload() {
            return PAYLOAD + question + ":" + length + ":" + wouldBe;
        }

        static Optional<NoRoom> parse(String payload) {
            if (!payload.startsWith(PAYLOAD)) {
                return Optional.empty();
            }
            String[] parts = payload.substring(PAYLOAD.length()).split(":");
            try {
                return parts.length != 3 ? Optional.empty() : Optional.of(new NoRoom(Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The longest line that still fits after the line break joining it to the answer (0: the answer is full). */
        int room() {
            return Math.max(0, Limits.MODAL_VALUE - length - (length == 0 ? 0 : 1));
        }
    }

    /** The session a form's answer goes to: an open one, or one that ended while the form was being written. */
    private Session sendable(Connection c, Caller who, long sessionId, int idx) throws SQLException {
        Session s = store.byId(c, who.guildId(), sessionId).orElseThrow(() -> new UserError(
                "I can't find that session any more. Run `/session list` to see the open ones."));
        if (s.status() == Session.Status.ENDED && idx >= 0 && idx <= s.questionIndex()) {
            return s;
        }
        return answerable(c, who, sessionId, idx);
    }

    private Session answerable(Connection c, Caller who, long sessionId, int idx) throws SQLException {
        Session s = store.byId(c, who.guildId(), sessionId).orElseThrow(() -> new UserError(
                "I can't find that session any more. Run `/session list` to see the open ones."));
        if (s.status() == Session.Status.ENDED) {
            // said alike to those who answered and those who didn't: the group's answers are in the summary
            throw new UserError("This session has ended, so it takes no more answers. Its summary is in this thread "
                    + "(`/session summary` here posts it again), and `/session answers` shows any of yours, to "
                    + "change them.");
        }
        if (!s.open() || idx < 0 || idx > s.questionIndex()) {
            throw new UserError("That question hasn't been asked yet. Answer the latest question in the thread.");
        }
        return s;
    }

    // --- the facilitator's controls -------------------------------------------------------------------------

    /**
     * What a move did, for the reply: whether anyone answered is asked only of a session that ended, whose summary
     * then says that nobody did.
     *
     * @param nowAt the question the session is at now, from 0 (the last one asked, once it ended)
     */
    record Moved(Session session, Outcome outcome, int nowAt, int total) {

        enum Outcome {
            /** The next question was asked. */
            ASKED_NEXT,
            /** The session ended, with answers for its summary. */
            ENDED,
            /** The session ended with nobody's answer in it. */
            ENDED_UNANSWERED
        }
    }

    /** Closes the question the button was under and asks the next one (or ends after the last). */
    Moved next(Caller who, long sessionId, int idx) {
        return move(who, sessionId, idx, false);
    }

    Moved end(Caller who, long sessionId, int idx) {
        return move(who, sessionId, idx, true);
    }

    private Moved move(Caller who, long sessionId, int idx, boolean end) {
        Instant now = clock.instant();
        return db.write(c -> {
            Session s = store.lock(c, who.guildId(), sessionId).orElseThrow(() -> new UserError(
                    "I can't find that session any more. Run `/session list` to see the open ones."));
            // an ended session is told as such to everyone: "keep answering" would be wrong by then
            if (!s.open()) {
                throw new UserError("This session has already ended. `/session summary` in its thread posts the "
                        + "summary again.");
            }
            requireLead(s, who, "move the session on or end it");
            if (idx != s.questionIndex()) {
                throw new UserError("The session has already moved on to question " + (s.questionIndex() + 1)
                        + ". Use the buttons under that question.");
            }
            return advance(c, s, end, now);
        });
    }

    /** Timers that ran out: each such session moves on by itself, once. */
    int moveTimedOut() {
        Instant now = clock.instant();
        return db.write(c -> {
            List<Session> due = store.lockTimedOut(c, now);
            for (Session s : due) {
                advance(c, s, false, now);
            }
            return due.size();
        });
    }

    /** When a question's time runs out or a session falls idle after {@code now}, if one will: one read. */
    java.util.Optional<Instant> nextDue(Instant now) {
        return db.read(c -> store.nextDue(c, now, IDLE_CLOSE));
    }

    /** Sessions idle for {@link #IDLE_CLOSE}: each ends, once, and its summary says why. */
    int closeIdle() {
        Instant now = clock.instant();
        Instant quietSince = now.minus(IDLE_CLOSE);
        return db.write(c -> {
            List<Session> idle = store.lockIdle(c, quietSince);
            for (Session s : idle) {
                close(c, s, now, SessionPosts.SUMMARY_IDLE);
            }
            return idle.size();
        });
    }

    private Moved advance(Connection c, Session s, boolean end, Instant now) throws SQLException {
        List<SessionQuestion> questions = store.questions(c, s.guildId(), s.id());
        int next = s.questionIndex() + 1;
        if (end || next >= questions.size()) {
            close(c, s, now, SessionPosts.SUMMARY);
            return new Moved(s, store.answers(c, s.guildId(), s.id()).isEmpty() ? Moved.Outcome.ENDED_UNANSWERED
                    : Moved.Outcome.ENDED, s.questionIndex(), questions.size());
        }
        store.closeQuestion(c, s, s.questionIndex());
        store.moveTo(c, s, next, dueAfter(s, now));
        ask(c, s, s.threadId(), next, now);
        return new Moved(s, Moved.Outcome.ASKED_NEXT, next, questions.size());
    }

    /** Closes the current question and the session, and queues the summary post ({@code summary}: its kind). */
    private void close(Connection c, Session s, Instant now, String summary) throws SQLException {
        store.closeQuestion(c, s, s.questionIndex());
        store.markEnded(c, s, now);
        outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, s.threadId(), s.id(), summary,
                now), now);
    }

    /**
     * Hands the session of this thread to another member: the plan is edited to name them, and the thread hears of it
     * in a post of its own (through the outbox, so that its message is kept: a later hand-over or a forget edits it,
     * and it never goes on naming someone who asked to be forgotten).
     */
    Session handOver(Caller who, long newFacilitator) {
        Instant now = clock.instant();
        return db.write(c -> {
            Session s = inThread(c, who);
            if (s.status() == Session.Status.ENDED) {
                throw new UserError("This session has already ended, so there is nothing to hand over. "
                        + "`/session summary` here posts its summary again; to lead the group in a new one, run "
                        + SessionView.startCommand(s.plan()) + " in a text channel.");
            }
            requireLead(s, who, "hand the session to someone else");
            if (s.facilitatorId() == newFacilitator) {
                // no announcement, and no activity that would keep a quiet session open
                throw new UserError((newFacilitator == who.userId() ? "You lead" : Mentions.user(newFacilitator)
                        + " leads") + " \"" + SessionView.title(s) + "\" already. Nothing was changed; to hand it on, "
                        + "name someone else with `/session facilitator`.");
            }
            store.setFacilitator(c, s, newFacilitator, now);
            if (s.privateThread()) {
                // the hand-over post names the new facilitator, which brings them in; the one handing over ran this
                // in the thread, and the facilitator before (named in the plan or a hand-over) is in it too
                Set<Long> in = new java.util.TreeSet<>(List.of(newFacilitator, who.userId(), s.facilitatorId()));
                in.remove(0L);
                for (long member : in) {
                    store.joined(c, s.guildId(), s.id(), member, now);
                }
            }
            posts.refreshPlan(c, s, now);
            outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, s.threadId(), s.id(),
                    SessionPosts.HAND_OVER, now), now);
            return store.byId(c, s.guildId(), s.id()).orElseThrow();
        });
    }

    /**
     * How long a summary just posted (or on its way) in a session's thread stands for a new one asked for with
     * {@code /session summary}, while nothing in the session changes: the thread then gets no copy of the same words.
     */
    static final Duration RECENT_SUMMARY = Duration.ofMinutes(5);

    /**
     * @param session   the session of the thread
     * @param letsGoOld whether the thread already shows {@link ThreadPosts#SUMMARIES_KEPT} summaries, so that the
     *                  oldest stops following the answers once this one is posted
     * @param recent    the summary queued in the last {@link #RECENT_SUMMARY}, with nothing changed since, that stands
     *                  for the one asked for (nothing was queued); empty when a new one was queued
     */
    record SummaryAgain(Session session, boolean letsGoOld, Optional<ScheduledSend> recent) {
    }

    /**
     * Queues the summary of this thread's session (so far, if it is still open) as a post in the thread, unless one
     * queued in the last {@link #RECENT_SUMMARY} (the end's, or a copy) shows the session as it stands: no question
     * asked, no answer written or changed, and no end since (a deleted answer is taken out of it by an edit).
     */
    SummaryAgain postSummary(Caller who) {
        Instant now = clock.instant();
        return db.write(c -> {
            Session found = inThread(c, who);
            // two members asking at once: the second sees the copy the first queued
            Session s = store.lock(c, found.guildId(), found.id()).orElse(found);
            Optional<ScheduledSend> recent = outbox.history().latestPostSince(c, s.guildId(), SessionPosts.KIND, s.id(),
                    s.threadId(), SessionPosts.SUMMARY_PAYLOADS, now.minus(RECENT_SUMMARY));
            if (recent.isPresent() && unchangedSince(c, s, recent.get().createdAt())) {
                return new SummaryAgain(s, false, recent);
            }
            outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), SessionPosts.KIND, s.threadId(), s.id(),
                    SessionPosts.SUMMARY_AGAIN, now), now);
            return new SummaryAgain(s, store.summaryPosts(c, s.guildId(), s.id()).size() >= ThreadPosts.SUMMARIES_KEPT,
                    Optional.empty());
        });
    }

    /** Whether a summary built at {@code since} still shows the session as it stands. */
    private boolean unchangedSince(Connection c, Session s, Instant since) throws SQLException {
        if (s.endedAt() != null && s.endedAt().isAfter(since)) {
            return false;
        }
        boolean asked = store.questions(c, s.guildId(), s.id()).stream()
                .anyMatch(q -> q.askedAt() != null && q.askedAt().isAfter(since));
        boolean answered = store.answers(c, s.guildId(), s.id()).stream()
                .anyMatch(a -> a.createdAt().isAfter(since) || a.updatedAt().isAfter(since));
        return !asked && !answered;
    }

    /**
     * An open session as one member may see it in the list.
     *
     * @param shown whether they may see its title and thread: always for a public thread; for a private one only a
     *              coordinator and the members in its thread as far as the bot knows: its facilitator, whoever started
     *              it or led it before, a member who answered in it or was handed it, and one who asks from inside it
     * @param questions how many questions its plan has ("question 2 of 5")
     */
    record Listed(Session session, boolean shown, int questions) {
    }

    List<Listed> openSessions(Caller who) {
        return db.read(c -> listed(c, who, store.openIn(c, who.guildId())));
    }

    private List<Listed> listed(Connection c, Caller who, List<Session> open) throws SQLException {
        Set<Long> in = open.stream().anyMatch(Session::privateThread)
                ? store.openSessionsWith(c, who.guildId(), who.userId()) : Set.of();
        // one read for all of them: a long list must not cost a statement per session
        Map<Long, Integer> totals = open.isEmpty() ? Map.of() : store.openQuestionTotals(c, who.guildId());
        return open.stream().map(s -> new Listed(s, !s.privateThread() || who.coordinator()
                || s.facilitatorId() == who.userId() || in.contains(s.id())
                || (!who.inDm() && s.threadId() != 0 && s.threadId() == who.channelId()),
                totals.getOrDefault(s.id(), 0))).toList();
    }

    private Session inThread(Connection c, Caller who) throws SQLException {
        if (who.inDm() || who.guildId() == 0) {
            throw new UserError("Run this inside a session's thread in your server.");
        }
        return store.byThread(c, who.guildId(), who.channelId()).orElseThrow(() -> new UserError(
                "This isn't a session thread. Run the command inside the thread of a session; `/session list` "
                        + "shows the open ones."));
    }

    /** {@code action}: what only the session's lead may do, as the refusal names it ("hand the session to ..."). */
    private static void requireLead(Session s, Caller who, String action) {
        // a session whose facilitator asked to be forgotten (stored as 0) is the group's: anyone in its thread leads
        if (s.facilitatorId() != 0 && s.facilitatorId() != who.userId() && !who.coordinator()) {
            throw new NotLead(s.guildId(), s.facilitatorId(), action);
        }
    }

    /**
     * Why {@code /session start} created nothing ({@link SessionView#stillOpen}): once the transaction is over, the
     * platform can be asked whether the facilitator it names left the server.
     */
    static final class StillOpen extends UserError {
        final OpenHere open;

        StillOpen(OpenHere open, Caller who) {
            super(SessionView.stillOpen(open, who, Set.of()));
            this.open = open;
        }
    }

    /**
     * The refusal of what only a session's lead may do, naming its facilitator: once the transaction is over, the
     * platform can be asked whether they left the server ({@link SessionView#notLead}).
     */
    static final class NotLead extends UserError {
        final long guildId;
        final long facilitatorId;
        final String action;

        NotLead(long guildId, long facilitatorId, String action) {
            super(SessionView.notLead(facilitatorId, action, false));
            this.guildId = guildId;
            this.facilitatorId = facilitatorId;
            this.action = action;
        }
    }

    /** The titles of the sessions a member leads that are still running, oldest first. */
    List<String> runningLedBy(long guildId, long userId) {
        return db.read(c -> store.runningLedBy(c, guildId, userId));
    }

    // --- what posts and jobs read ---------------------------------------------------------------------------

    record View(Session session, List<SessionQuestion> questions, List<SessionAnswer> answers) {
    }

    /** The session's row alone (no questions or answers), or empty when it is gone. */
    Optional<Session> session(long guildId, long sessionId) {
        return db.read(c -> store.byId(c, guildId, sessionId));
    }

    Optional<View> view(long guildId, long sessionId) {
        return db.read(c -> {
            Optional<Session> s = store.byId(c, guildId, sessionId);
            if (s.isEmpty()) {
                return Optional.<View>empty();
            }
            return Optional.of(new View(s.get(), store.questions(c, guildId, sessionId),
                    store.answers(c, guildId, sessionId)));
        });
    }

    /** The question messages whose count or state the thread does not show yet, with what each is to show. */
    List<SessionStore.Stale> staleMessages() {
        return db.read(store::staleMessages);
    }

    void messageIdKnown(long guildId, long sessionId, int idx, long messageId) {
        db.write(c -> {
            store.setMessageId(c, guildId, sessionId, idx, messageId);
            return null;
        });
    }

    /** Keeps the message a question's post became, on the outbox's connection as the send is marked sent. */
    void questionPosted(Connection c, long guildId, long sessionId, int idx, long messageId) throws SQLException {
        store.setMessageId(c, guildId, sessionId, idx, messageId);
    }

    void shown(long guildId, long sessionId, int idx, int count, boolean closed) {
        Instant now = clock.instant();
        db.write(c -> {
            store.shown(c, guildId, sessionId, idx, count, closed, now);
            return null;
        });
    }

    Instant now() {
        return clock.instant();
    }

}
