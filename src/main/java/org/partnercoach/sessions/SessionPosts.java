package org.partnercoach.sessions;

import java.util.List;
import java.util.Optional;
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
    /** The summary of a session that closed by itself, nothing having happened in it for a long time. */
    static final String SUMMARY_IDLE = "summary-idle";
    static final String NOTICE = "notice:";

    private final Sessions sessions;

    SessionPosts(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        String payload = send.payload();
        if (payload.startsWith(NOTICE)) {
            return Optional.of(Reply.text(payload.substring(NOTICE.length())).inPublic());
        }
        Optional<Sessions.View> found = sessions.view(send.guildId(), send.targetId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Sessions.View v = found.get();
        if (payload.equals(PLAN)) {
            return Optional.of(SessionView.plan(v.session(), v.questions()));
        }
        if (payload.equals(SUMMARY) || payload.equals(SUMMARY_AGAIN)) {
            return Optional.of(SessionView.summary(v.session(), v.questions(), v.answers(),
                    payload.equals(SUMMARY_AGAIN)));
        }
        if (payload.equals(SUMMARY_IDLE)) {
            return Optional.of(SessionView.closedIdle(v.session(), v.questions(), v.answers()));
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

    static int count(List<SessionAnswer> answers, int idx) {
        return (int) answers.stream().filter(a -> a.idx() == idx).count();
    }
}
