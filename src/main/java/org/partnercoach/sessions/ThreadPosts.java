package org.partnercoach.sessions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.storage.Database;

/**
 * The bot's messages in a session's thread that it keeps up to date: the newest summaries, the plan at the top, the
 * latest hand-over announcement, and the summary of a session that closed by itself. Which message each one became
 * is kept as the outbox marks its post sent; when an answer changes, a member's words are forgotten, or the session
 * changes hands, their edits are queued in the caller's transaction, each built when it goes out.
 */
final class ThreadPosts {

    /**
     * How many of the summaries posted in a session's thread are brought up to date when an answer changes: the
     * newest. A summary asked for again and again would otherwise add one more message to edit each time.
     */
    static final int SUMMARIES_KEPT = 3;

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final SessionStore store;

    ThreadPosts(Database db, Clock clock, Outbox outbox, SessionStore store) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.store = store;
    }

    /** @param summaries how many summaries posted in the thread {@code threadId} are being brought up to date */
    record Refreshed(long guildId, long threadId, int summaries) {

        /** No thread's summaries to bring up to date. */
        static Refreshed none(long guildId) {
            return new Refreshed(guildId, 0, 0);
        }
    }

    /**
     * Queues an edit of each summary posted in the session's thread (in the caller's transaction): one per message
     * however many changes come before it goes out.
     */
    Refreshed refreshSummaries(Connection c, long guildId, long sessionId, Instant now) throws SQLException {
        Optional<Session> s = store.byId(c, guildId, sessionId);
        List<SessionStore.SummaryPost> posted = store.summaryPosts(c, guildId, sessionId);
        if (s.isEmpty() || s.get().threadId() == 0 || posted.isEmpty()) {
            return Refreshed.none(guildId);
        }
        for (SessionStore.SummaryPost post : posted) {
            // an edit of the same message still waiting shows these answers too: it is built when it goes out
            queueEdit(c, guildId, s.get().threadId(), sessionId, post, now);
        }
        return new Refreshed(guildId, s.get().threadId(), posted.size());
    }

    /**
     * Queues an edit of the plan at the top of the session's thread (in the caller's transaction), so that it names
     * who leads the session once the caller's change is committed. A plan that went out before its message was kept
     * (V51) is looked for among the outbox's sent posts, and kept once found; one the outbox no longer holds (30
     * days after it went out) stays as it was posted: the bot has no way left to find its message.
     */
    void refreshPlan(Connection c, Session s, Instant now) throws SQLException {
        if (s.threadId() == 0) {
            return;
        }
        Optional<SessionStore.SummaryPost> plan = store.planPost(c, s.guildId(), s.id());
        if (plan.isEmpty()) {
            Optional<Long> sent = outbox.history().sentPostMessageId(c, s.guildId(), SessionPosts.KIND, s.id(),
                    s.threadId(), SessionPosts.PLAN);
            if (sent.isPresent()) {
                store.planPosted(c, s.guildId(), s.id(), sent.get());
            }
            plan = store.planPost(c, s.guildId(), s.id());
        }
        if (plan.isPresent()) {
            queueEdit(c, s.guildId(), s.threadId(), s.id(), plan.get(), now);
        }
    }

    /**
     * Queues an edit of the latest hand-over announcement in the session's thread (in the caller's transaction), so
     * that it names who leads the session once the caller's change is committed.
     */
    void refreshHandOver(Connection c, Session s, Instant now) throws SQLException {
        Optional<SessionStore.SummaryPost> announced = store.handOverPost(c, s.guildId(), s.id());
        if (announced.isPresent() && s.threadId() != 0) {
            queueEdit(c, s.guildId(), s.threadId(), s.id(), announced.get(), now);
        }
    }

    /**
     * Queues an edit of the summary posted when the session closed by itself (in the caller's transaction), which names
     * its facilitator, so that it names who led it once the caller's change is committed.
     */
    void refreshIdleSummary(Connection c, Session s, Instant now) throws SQLException {
        if (s.threadId() == 0) {
            return;
        }
        for (SessionStore.SummaryPost post : store.summaryPosts(c, s.guildId(), s.id())) {
            if (post.kind().equals(SessionPosts.SUMMARY_IDLE)) {
                queueEdit(c, s.guildId(), s.threadId(), s.id(), post, now);
            }
        }
    }

    /**
     * Keeps the hand-over announcement the thread shows now, on the outbox's connection as its post is marked sent;
     * an earlier one is edited once more, to stop naming the member it was handed to then (a forget later would not
     * reach it).
     */
    void handOverPosted(Connection c, long guildId, long sessionId, long threadId, long messageId)
            throws SQLException {
        Instant now = clock.instant();
        Optional<SessionStore.SummaryPost> older = store.handOverPosted(c, guildId, sessionId, messageId);
        if (older.isPresent()) {
            queueEdit(c, guildId, threadId, sessionId, older.get(), now);
        }
    }

    /** Whether a hand-over announcement in the session's thread is the latest, which names who leads it now. */
    boolean latestHandOver(long guildId, long sessionId, long messageId) {
        return db.read(c -> store.handOverPost(c, guildId, sessionId)).filter(p -> p.messageId() == messageId)
                .isPresent();
    }

    /**
     * Queues an edit of a message the bot posted in the session's thread (a summary, the plan, a hand-over), built
     * when it goes out; it joins an edit of the same message still waiting.
     */
    void queueEdit(Connection c, long guildId, long threadId, long sessionId, SessionStore.SummaryPost post,
                   Instant now) throws SQLException {
        outbox.enqueueOrJoin(c, ScheduledSend.Draft.post(guildId, SessionPosts.KIND, threadId, sessionId,
                SessionPosts.edit(post), now), now);
    }

    /** Keeps the plan's message, on the outbox's connection as its post is marked sent. */
    void planPosted(Connection c, long guildId, long sessionId, long messageId) throws SQLException {
        store.planPosted(c, guildId, sessionId, messageId);
    }

    /**
     * Keeps a summary the thread shows now, on the outbox's connection as the send is marked sent. Only the newest
     * {@link #SUMMARIES_KEPT} are kept up to date: each older one is edited once more, to point to the newest and
     * show nobody's words (a forget or a deleted answer later would not reach it).
     */
    void summaryPosted(Connection c, long guildId, long sessionId, long threadId, SessionStore.SummaryPost post)
            throws SQLException {
        Instant now = clock.instant();
        for (SessionStore.SummaryPost older : store.summaryPosted(c, guildId, sessionId, post, SUMMARIES_KEPT)) {
            queueEdit(c, guildId, threadId, sessionId, older, now);
        }
    }

    /** Whether a summary posted in the session's thread is one of those kept up to date. */
    boolean keptUpToDate(long guildId, long sessionId, long messageId) {
        return db.read(c -> store.summaryPosts(c, guildId, sessionId)).stream()
                .anyMatch(p -> p.messageId() == messageId);
    }

    /**
     * The heading a summary asked for with {@code /session summary} goes out under: "again"
     * ({@link SessionPosts#SUMMARY_AGAIN}; "so far" while the session runs) unless the thread shows no summary of the
     * whole session and the one of its end was given up (the thread was locked): it is then the summary itself
     * ({@link SessionPosts#SUMMARY}). The end's summary still on its way goes out before it.
     */
    String headingOfCopy(Session s) {
        if (s.status() != Session.Status.ENDED
                || db.read(c -> showsWholeSummary(store.summaryPosts(c, s.guildId(), s.id())))) {
            return SessionPosts.SUMMARY_AGAIN;
        }
        Instant since = s.endedAt() != null ? s.endedAt() : s.createdAt();
        boolean givenUp = outbox.history().failedSince(s.guildId(), since).stream().anyMatch(f -> f.kind().equals(
                SessionPosts.KIND) && f.targetId() == s.id() && endsSession(f.payload()));
        return givenUp ? SessionPosts.SUMMARY : SessionPosts.SUMMARY_AGAIN;
    }

    /**
     * The kind a summary post is kept under as it is marked sent (on the outbox's connection), by the heading it went
     * out under: a copy asked for with {@code /session summary} read "so far" while the session ran, and after the end
     * "again", or was the summary itself when the thread showed none of the whole session yet (the one of the end,
     * sent before it, is kept by then). Any other post keeps its own kind.
     */
    String postedKind(Connection c, long guildId, long sessionId, String payload) throws SQLException {
        if (!payload.equals(SessionPosts.SUMMARY_AGAIN)) {
            return payload;
        }
        Optional<Session> s = store.byId(c, guildId, sessionId);
        if (s.isPresent() && s.get().status() != Session.Status.ENDED) {
            return SessionPosts.SUMMARY_SO_FAR;
        }
        return showsWholeSummary(store.summaryPosts(c, guildId, sessionId)) ? SessionPosts.SUMMARY_AGAIN
                : SessionPosts.SUMMARY;
    }

    /** Whether a summary post of this kind is the one posted at the session's end (by a facilitator, or when idle). */
    private static boolean endsSession(String kind) {
        return kind.equals(SessionPosts.SUMMARY) || kind.equals(SessionPosts.SUMMARY_IDLE);
    }

    /**
     * Whether one of the summaries kept shows the whole session: any but a copy posted while it ran (an older one let
     * go was posted before these, so it does not change the answer).
     */
    private static boolean showsWholeSummary(List<SessionStore.SummaryPost> kept) {
        return kept.stream().anyMatch(p -> !p.kind().equals(SessionPosts.SUMMARY_SO_FAR));
    }

    /**
     * Whether a summary in the session's thread went out before the one posted at its end (so it read "so far"), by
     * the order the kept summaries were posted in: for a copy kept before its heading was (as "summary-again").
     */
    boolean postedBeforeTheEnd(long guildId, long sessionId, long messageId) {
        List<SessionStore.SummaryPost> posts = db.read(c -> store.summaryPosts(c, guildId, sessionId));
        boolean seen = false;
        for (SessionStore.SummaryPost p : posts) {
            if (p.messageId() == messageId) {
                seen = true;
            } else if (seen && endsSession(p.kind())) {
                return true;
            }
        }
        return false;
    }
}
