package org.partnercoach.sessions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.UserError;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * A member's own answers in group sessions ({@code /session answers}): listing them, changing or deleting one, and
 * what a forget queues before their words go. Each change queues the edits that bring the thread's summaries up to
 * date ({@link ThreadPosts}), in the same transaction.
 */
final class OwnAnswers {

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final SessionStore store;
    private final ThreadPosts posts;

    OwnAnswers(Database db, Clock clock, Outbox outbox, SessionStore store, ThreadPosts posts) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.store = store;
        this.posts = posts;
    }

    record Own(SessionAnswer answer, Session session, SessionQuestion question) {
    }

    /** What a member hears when the answer they act on is gone, or is not theirs. */
    private static final String GONE = "I can't find that answer of yours any more. Run `/session answers` to see "
            + "them.";

    /** The answer {@code answerId} when it is the member's own; empty when it is gone or someone else's. */
    private Optional<SessionAnswer> mine(Connection c, Caller who, long answerId) throws SQLException {
        return store.answerById(c, who.guildId(), answerId).filter(a -> a.userId() == who.userId());
    }

    /** Every answer of the member in the server's sessions, with its session and question. */
    List<Own> all(long guildId, long userId) {
        return db.read(c -> {
            Map<Long, Session> sessions = new HashMap<>();
            store.answeredBy(c, guildId, userId).forEach(s -> sessions.put(s.id(), s));
            Map<Long, List<SessionQuestion>> questions = new HashMap<>();
            store.questionsAnsweredBy(c, guildId, userId)
                    .forEach(q -> questions.computeIfAbsent(q.sessionId(), id -> new ArrayList<>()).add(q));
            List<Own> out = new ArrayList<>();
            for (SessionAnswer a : store.answersOf(c, guildId, userId)) {
                Session s = sessions.get(a.sessionId());
                List<SessionQuestion> qs = questions.getOrDefault(a.sessionId(), List.of());
                if (s != null && a.idx() < qs.size()) {
                    out.add(new Own(a, s, qs.get(a.idx())));
                }
            }
            return out;
        });
    }

    /** One answer of the member's own, or a refusal when it is gone or someone else's. */
    Own one(Caller who, long answerId) {
        return db.read(c -> {
            SessionAnswer a = mine(c, who, answerId).orElseThrow(() -> new UserError(GONE));
            Session s = store.byId(c, who.guildId(), a.sessionId()).orElseThrow();
            return new Own(a, s, store.questions(c, who.guildId(), a.sessionId()).get(a.idx()));
        });
    }

    /**
     * Stores a member's new text for their answer, and queues an edit of every summary of its session already in the
     * thread (they will show the new text). The same text sent back (the form sent as it opened) changes nothing: no
     * summary is edited, and an archived thread is not reopened for it.
     */
    Edited edit(Caller who, long answerId, String text) {
        String cleaned = AnswerRules.clean(text);
        Instant now = clock.instant();
        return db.write(c -> {
            Optional<SessionAnswer> answer = mine(c, who, answerId);
            if (answer.isPresent() && answer.get().text().equals(cleaned)) {
                return new Edited(false, ThreadPosts.Refreshed.none(who.guildId()));
            }
            if (answer.isEmpty() || !store.updateAnswer(c, who.guildId(), who.userId(), answerId, cleaned, now)) {
                throw new UserError(GONE);
            }
            return new Edited(true, posts.refreshSummaries(c, who.guildId(), answer.get().sessionId(), now));
        });
    }

    /** @param changed whether the answer's text changed (the same text sent back changes nothing) */
    record Edited(boolean changed, ThreadPosts.Refreshed refreshed) {
    }

    /**
     * Deletes a member's own answer, and queues an edit of every summary of its session already in the thread, so
     * none of them shows it any more.
     */
    ThreadPosts.Refreshed delete(Caller who, long answerId) {
        Instant now = clock.instant();
        return db.write(c -> {
            Optional<SessionAnswer> answer = mine(c, who, answerId);
            if (answer.isEmpty() || !store.deleteAnswer(c, who.guildId(), who.userId(), answerId)) {
                throw new UserError("That answer was already deleted. Run `/session answers` to see the rest.");
            }
            return posts.refreshSummaries(c, who.guildId(), answer.get().sessionId(), now);
        });
    }

    /**
     * Before a member's answers are forgotten: queues an edit of every summary posted in a thread they answered in,
     * which goes out after the forget commits, so that the thread keeps none of their words.
     */
    Forgetting forgetting(Connection c, long guildId, long userId) throws SQLException {
        Instant now = clock.instant();
        int answers = store.answersOf(c, guildId, userId).size();
        List<ThreadPosts.Refreshed> refreshed = new ArrayList<>();
        for (Session s : store.postedAnsweredBy(c, guildId, userId)) {
            refreshed.add(posts.refreshSummaries(c, guildId, s.id(), now));
        }
        // the plans of the sessions they lead name them, and so does the latest hand-over announcement of a session
        // handed to them, and the summary of one that closed by itself: once the forget commits, each names no one
        for (Session s : store.ledBy(c, guildId, userId)) {
            posts.refreshPlan(c, s, now);
            posts.refreshHandOver(c, s, now);
            posts.refreshIdleSummary(c, s, now);
        }
        // the notes that told them a session had ended name them too: each says the same of no one
        for (Map.Entry<Long, SessionStore.SummaryPost> told : store.toldEndedPosts(c, guildId, userId)) {
            Optional<Session> s = store.byId(c, guildId, told.getKey());
            if (s.isPresent() && s.get().threadId() != 0) {
                posts.queueEdit(c, guildId, s.get().threadId(), s.get().id(), told.getValue(), now);
            }
        }
        // and so do the notes that told them a line they typed did not fit in their answer: found through the outbox,
        // which forgets its rows of them in the same transaction, after this
        for (SendKind.Sent note : outbox.history().sentTo(c, guildId, SessionPosts.KIND, userId)) {
            if (Sessions.NoRoom.parse(note.send().payload()).isPresent()) {
                posts.queueEdit(c, guildId, note.send().channelId(), note.send().targetId(),
                        new SessionStore.SummaryPost(SessionStore.NO_ROOM_POST, note.messageId()), now);
            }
        }
        return new Forgetting(answers, refreshed);
    }

    /**
     * @param answers   how many session answers of the member are being forgotten
     * @param refreshed the threads whose posted summaries are being brought up to date without them
     */
    record Forgetting(int answers, List<ThreadPosts.Refreshed> refreshed) {
    }
}
