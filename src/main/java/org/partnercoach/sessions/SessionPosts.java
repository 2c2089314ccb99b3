package org.partnercoach.sessions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;

/**
 * The posts a session makes in its thread, built from what is stored when they go out: the plan, a question (with
 * its count as it stands), the summary, or a notice in the channel.
 */
final class SessionPosts implements SendKind {

    static final String KIND = "session";
    static final String PLAN = "plan";
    static final String QUESTION = "question:";
    static final String SUMMARY = "summary";
    static final String SUMMARY_AGAIN = "summary-again";
    /**
     * The kind a summary asked for while the session ran is kept under once posted (it read "Summary so far"): never a
     * payload. Brought up to date after the end, it shows the whole session and says it was updated.
     */
    static final String SUMMARY_SO_FAR = "summary-so-far";
    /** The summary of a session that closed by itself, nothing having happened in it for a long time. */
    static final String SUMMARY_IDLE = "summary-idle";
    static final String NOTICE = "notice:";
    /** The channel hears that a session is starting there (naming no one, so that no forget need edit it). */
    static final String STARTED = "started";
    /** The thread hears who leads the session after a hand-over (named as the session stands when it goes out). */
    static final String HAND_OVER = "hand-over";
    /** The thread tells a member that the session has ended, at their first line typed there after it. */
    static final String TOLD_ENDED = "told-ended";
    // a line that did not fit in its author's answer is told under Sessions.NoRoom#payload()
    /**
     * An edit of a summary already in the thread, so that it shows the answers as they are stored now (one was
     * edited, deleted, or forgotten): {@code edit:<summary kind>:<message id>}.
     */
    static final String EDIT = "edit:";
    private static final List<String> SUMMARIES = List.of(SUMMARY, SUMMARY_AGAIN, SUMMARY_IDLE, SUMMARY_SO_FAR);
    /** The payloads a summary is queued under (a summary kept as "so far" was queued as "again"). */
    static final List<String> SUMMARY_PAYLOADS = List.of(SUMMARY, SUMMARY_AGAIN, SUMMARY_IDLE);

    private final Sessions sessions;
    /** Which of the thread's messages are kept up to date, as their posts are marked sent. */
    private final ThreadPosts posted;
    /** Whether a plan's answers can be kept in a member's own walk (the built-in walks'; a plan file's cannot). */
    private final Predicate<String> keepable;
    /** Asked whether the facilitator of a session is still in the server, for its plan and its idle summary. */
    private final Messenger messenger;

    SessionPosts(Sessions sessions, Predicate<String> keepable, Messenger messenger) {
        this.sessions = sessions;
        this.posted = sessions.threadPosts();
        this.keepable = keepable;
        this.messenger = messenger;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String described() {
        return "A group session's post";
    }

    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        return Optional.of(send.trouble().adviceForSession());
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        String payload = send.payload();
        if (payload.startsWith(NOTICE)) {
            return Optional.of(Reply.text(payload.substring(NOTICE.length())).inPublic());
        }
        if (payload.equals(TOLD_ENDED)) {
            return Optional.of(SessionView.toldEnded(send.recipientId()));
        }
        Optional<Sessions.View> found = sessions.view(send.guildId(), send.targetId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sessions.View v = found.get();
        Optional<Sessions.NoRoom> noRoom = Sessions.NoRoom.parse(payload);
        if (noRoom.isPresent()) {
            // built as it goes out: once the group moved on, the question has no Answer button any more
            Session s = v.session();
            boolean stillAsked = s.open() && s.questionIndex() + 1 == noRoom.get().question();
            return Optional.of(SessionView.noRoom(send.recipientId(), noRoom.get(), stillAsked));
        }
        if (payload.equals(STARTED)) {
            // an invitation to join: none for a session that ended before it could go out (the bot was down, or
            // Discord out of reach, until then); its thread has its summary
            return v.session().status() == Session.Status.ENDED ? Optional.empty()
                    : Optional.of(SessionView.starting(v.session()));
        }
        if (payload.equals(PLAN)) {
            return Optional.of(SessionView.plan(v.session(), v.questions(), facilitatorLeft(v.session())));
        }
        if (payload.equals(HAND_OVER)) {
            return Optional.of(SessionView.handedOver(v.session()));
        }
        if (payload.equals(SUMMARY_AGAIN)) {
            // asked for after the end: posted "again" only when the thread shows a summary of the whole session
            // already (the one of the end may never have gone out: the thread was locked)
            return Optional.of(summary(posted.headingOfCopy(v.session()), v));
        }
        if (SUMMARIES.contains(payload)) {
            return Optional.of(summary(payload, v));
        }
        Optional<SessionStore.SummaryPost> edit = edited(payload);
        if (edit.isPresent() && edit.get().kind().equals(SessionStore.PLAN_POST)) {
            return Optional.of(SessionView.plan(v.session(), v.questions(), facilitatorLeft(v.session())));
        }
        if (edit.isPresent() && edit.get().kind().equals(SessionStore.TOLD_ENDED_POST)) {
            // edited only when the member it named was forgotten
            return Optional.of(SessionView.toldEndedNoOne());
        }
        if (edit.isPresent() && edit.get().kind().equals(SessionStore.NO_ROOM_POST)) {
            // edited only when the member it named was forgotten
            return Optional.of(SessionView.noRoomNoOne());
        }
        if (edit.isPresent() && edit.get().kind().equals(SessionStore.HAND_OVER_POST)) {
            return Optional.of(posted.latestHandOver(send.guildId(), send.targetId(), edit.get().messageId())
                    ? SessionView.handedOver(v.session()) : SessionView.handedOverBefore(v.session()));
        }
        if (edit.isPresent()) {
            long messageId = edit.get().messageId();
            if (!posted.keptUpToDate(send.guildId(), send.targetId(), messageId)) {
                return Optional.of(SessionView.olderSummary(v.session()));
            }
            // a copy asked for while the session ran went out as "so far": brought up to date after the end, it
            // shows the whole session and says it was updated (whether or not the summary of the end went out)
            boolean soFarCopy = v.session().status() == Session.Status.ENDED
                    && (edit.get().kind().equals(SUMMARY_SO_FAR) || edit.get().kind().equals(SUMMARY_AGAIN)
                    && posted.postedBeforeTheEnd(send.guildId(), send.targetId(), messageId));
            return Optional.of(soFarCopy
                    ? SessionView.summary(v.session(), v.questions(), v.answers(), SessionView.UPDATED,
                            after(v.session()))
                    : summary(edit.get().kind(), v));
        }
        if (payload.startsWith(QUESTION)) {
            int idx = Integer.parseInt(payload.substring(QUESTION.length()));
            if (idx >= v.questions().size()) {
                return Optional.empty();
            }
            SessionQuestion q = v.questions().get(idx);
            return Optional.of(SessionView.question(v.session(), q, v.questions().size(),
                    count(v.answers(), idx), q.closed()));
        }
        return Optional.empty();
    }

    /** A summary under the heading of its kind (one kept as "so far" and not brought up to date reads so too). */
    private Reply summary(String kind, Sessions.View v) {
        if (kind.equals(SUMMARY_IDLE)) {
            Session s = v.session();
            return SessionView.closedIdle(s, v.questions(), v.answers(), after(s), facilitatorLeft(s));
        }
        return SessionView.summary(v.session(), v.questions(), v.answers(), kind.equals(SUMMARY_AGAIN),
                after(v.session()));
    }

    /**
     * Whether the session's facilitator is known to have left the server, asked as a post goes out (never inside a
     * transaction): a mention of one who left would show as a raw id.
     */
    private boolean facilitatorLeft(Session s) {
        return s.facilitatorId() != 0
                && messenger.membership(s.guildId(), List.of(s.facilitatorId())).left().contains(s.facilitatorId());
    }

    /** What the session's summary says beyond its answers: whether one can be kept in a walk, and the next tip. */
    private SessionView.After after(Session s) {
        return new SessionView.After(keepable.test(s.curriculum()), sessions.plans().nextTip(s.plan()));
    }

    /** The summary (or plan, or hand-over) post an edit brings up to date, or empty for any other payload. */
    static Optional<SessionStore.SummaryPost> edited(String payload) {
        if (!payload.startsWith(EDIT)) {
            return Optional.empty();
        }
        return SessionStore.SummaryPost.parse(payload.substring(EDIT.length())).stream()
                .filter(p -> SUMMARIES.contains(p.kind()) || p.kind().equals(SessionStore.PLAN_POST)
                        || p.kind().equals(SessionStore.HAND_OVER_POST)
                        || p.kind().equals(SessionStore.TOLD_ENDED_POST)
                        || p.kind().equals(SessionStore.NO_ROOM_POST)).findFirst();
    }

    static String edit(SessionStore.SummaryPost post) {
        return EDIT + post;
    }

    @Override
    public long replaces(ScheduledSend send) {
        return edited(send.payload()).map(SessionStore.SummaryPost::messageId).orElse(0L);
    }

    /** A session's thread is under the channel it was started in. */
    @Override
    public long threadParent(ScheduledSend send) {
        if (send.channelId() == 0 || send.payload().startsWith(NOTICE) || send.payload().equals(STARTED)) {
            return 0;
        }
        // the session's row alone: every post in its thread asks, and its answers are not needed for this
        return sessions.session(send.guildId(), send.targetId()).filter(s -> s.threadId() == send.channelId())
                .map(Session::channelId).orElse(0L);
    }

    /**
     * Keeps each summary the thread now shows, so that it can be brought up to date when an answer changes, the
     * message each question became, so that its count can be, and each note telling a member the session had ended,
     * so that a forget can make it name no one; a note that a member's line did not fit is set to name no one later.
     */
    @Override
    public void sentAll(Connection c, List<Sent> sent) throws SQLException {
        for (Sent s : sent) {
            String payload = s.send().payload();
            if (s.messageId() == 0) {
                continue;
            }
            if (payload.equals(PLAN)) {
                posted.planPosted(c, s.send().guildId(), s.send().targetId(), s.messageId());
            } else if (payload.equals(HAND_OVER)) {
                posted.handOverPosted(c, s.send().guildId(), s.send().targetId(), s.send().channelId(),
                        s.messageId());
            } else if (SUMMARIES.contains(payload)) {
                posted.summaryPosted(c, s.send().guildId(), s.send().targetId(), s.send().channelId(),
                        new SessionStore.SummaryPost(posted.postedKind(c, s.send().guildId(), s.send().targetId(),
                                payload), s.messageId()));
            } else if (payload.equals(TOLD_ENDED)) {
                sessions.toldEndedPosted(c, s.send().guildId(), s.send().targetId(), s.send().recipientId(),
                        s.messageId());
            } else if (Sessions.NoRoom.parse(payload).isPresent()) {
                sessions.noRoomPosted(c, s.send().guildId(), s.send().targetId(), s.send().channelId(),
                        s.messageId());
            } else if (payload.startsWith(QUESTION)) {
                sessions.questionPosted(c, s.send().guildId(), s.send().targetId(),
                        Integer.parseInt(payload.substring(QUESTION.length())), s.messageId());
            }
        }
    }

    static int count(List<SessionAnswer> answers, int idx) {
        return (int) answers.stream().filter(a -> a.idx() == idx).count();
    }
}
