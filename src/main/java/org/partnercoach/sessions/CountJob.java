package org.partnercoach.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each question's message in step with what is stored: its answer count, and its buttons gone once it is
 * closed. A count is edited at most once every {@link #COUNT_EVERY}, taking in every answer since the last edit,
 * so a busy session stays inside Discord's rate limits; the state lives on the question row, not in memory.
 */
final class CountJob implements ScheduledJob {

    static final Duration COUNT_EVERY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(CountJob.class);

    private final Sessions sessions;
    private final Outbox outbox;
    private final Messenger messenger;

    CountJob(Sessions sessions, Outbox outbox, Messenger messenger) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.messenger = messenger;
    }

    @Override
    public String name() {
        return "session counts";
    }

    @Override
    public int runDue(Instant now) {
        int edits = 0;
        for (long[] stale : sessions.staleMessages()) {
            long guildId = stale[0];
            if (!messenger.handles(guildId)) {
                // another process runs this server's shard and keeps its counts
                continue;
            }
            long sessionId = stale[1];
            int idx = (int) stale[2];
            Optional<Sessions.View> found = sessions.view(guildId, sessionId);
            if (found.isEmpty()) {
                continue;
            }
            Sessions.View v = found.get();
            SessionQuestion q = v.questions().get(idx);
            long messageId = q.messageId();
            if (messageId == 0) {
                Optional<Long> sent = outbox.sentMessageId(guildId, q.sendId());
                if (sent.isEmpty()) {
                    continue;
                }
                messageId = sent.get();
                sessions.messageIdKnown(guildId, sessionId, idx, messageId);
            }
            int count = SessionPosts.count(v.answers(), idx);
            if (count == q.shownCount() && q.closed() == q.shownClosed()) {
                continue;
            }
            boolean onlyCount = q.closed() == q.shownClosed();
            if (onlyCount && q.countEditedAt() != null && now.isBefore(q.countEditedAt().plus(COUNT_EVERY))) {
                continue;
            }
            // a count that changes after the thread went quiet (a member forgotten, an answer deleted) is edited
            // like the summary: through the session's channel, which finds the thread once Discord archived it
            Messenger.Delivery d = messenger.editInThread(guildId, v.session().channelId(), v.session().threadId(),
                    messageId, SessionView.question(v.session(), q, v.questions().size(), count, q.closed()));
            if (d.ok()) {
                sessions.shown(guildId, sessionId, idx, count, q.closed());
                edits++;
            } else {
                log.warn("could not update question {} of session {} in guild {}: {}", idx + 1, sessionId, guildId,
                        d.detail());
                // shown as tried, so a message that is gone is not edited on every run; a new answer tries again
                sessions.shown(guildId, sessionId, idx, count, q.closed());
            }
        }
        return edits;
    }
}
