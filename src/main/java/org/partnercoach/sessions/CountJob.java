package org.partnercoach.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each question's message in step with what is stored: its answer count, and its buttons gone once it is
 * closed. A count is edited at most once every {@link #COUNT_EVERY}, taking in every answer since the last edit,
 * so a busy session stays inside Discord's rate limits; what the message shows lives on the question row, not in
 * memory. An edit that met a passing trouble (Discord slow or down, the way to it cut, too many requests) is tried
 * again, {@link #RETRY_AFTER} apart, and the rest of that run's edits wait for the next run; only how many times
 * an edit failed is kept in memory, so a restart tries it afresh.
 */
final class CountJob implements ScheduledJob {

    static final Duration COUNT_EVERY = Duration.ofSeconds(5);
    /**
     * Waits before an edit that met a passing trouble is tried again: on the next run, then after a minute, then after
     * five; after that it is left as tried until the count changes again.
     */
    static final List<Duration> RETRY_AFTER = List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5));
    private static final Logger log = LoggerFactory.getLogger(CountJob.class);

    private final Sessions sessions;
    private final Outbox outbox;
    private final Messenger messenger;
    /** Question messages whose last edit met a passing trouble: {guild, session, idx} → how often, and when next. */
    private final Map<List<Long>, Retry> retries = new ConcurrentHashMap<>();

    private record Retry(int failures, Instant notBefore) {
    }

    CountJob(Sessions sessions, Outbox outbox, Messenger messenger) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.messenger = messenger;
    }

    @Override
    public String name() {
        return "session counts";
    }

    /** When an edit that met a passing trouble is tried again (the rest wait for answers, which run at once). */
    @Override
    public Optional<Instant> nextDue(Instant now) {
        return retries.values().stream().map(Retry::notBefore).filter(at -> at.isAfter(now))
                .min(java.util.Comparator.naturalOrder());
    }

    @Override
    public int runDue(Instant now) {
        int edits = 0;
        List<long[]> staleMessages = sessions.staleMessages();
        retries.keySet().retainAll(staleMessages.stream().map(CountJob::key).toList());
        for (long[] stale : staleMessages) {
            long guildId = stale[0];
            if (!messenger.handles(guildId)) {
                // another process runs this server's shard and keeps its counts
                continue;
            }
            long sessionId = stale[1];
            int idx = (int) stale[2];
            Retry retry = retries.get(key(stale));
            if (retry != null && now.isBefore(retry.notBefore())) {
                continue;
            }
            Optional<Sessions.View> found = sessions.view(guildId, sessionId);
            if (found.isEmpty()) {
                continue;
            }
            Sessions.View v = found.get();
            SessionQuestion q = v.questions().get(idx);
            long messageId = q.messageId();
            int count = SessionPosts.count(v.answers(), idx);
            if (messageId == 0) {
                // a post sent before its message was kept with the question (by an earlier version)
                Optional<Long> sent = outbox.sentMessageId(guildId, q.sendId());
                if (sent.isEmpty()) {
                    if (neverPosted(guildId, q.sendId())) {
                        // nothing in the thread to edit: left as it is until the count changes again
                        sessions.shown(guildId, sessionId, idx, count, q.closed());
                    }
                    continue;
                }
                messageId = sent.get();
                sessions.messageIdKnown(guildId, sessionId, idx, messageId);
            }
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
                retries.remove(key(stale));
                sessions.shown(guildId, sessionId, idx, count, q.closed());
                edits++;
                continue;
            }
            int failures = retry == null ? 0 : retry.failures();
            if (d.trouble() != null && d.trouble().passes() && failures < RETRY_AFTER.size()) {
                log.warn("could not update question {} of session {} in guild {} (try {}): {}; trying again later",
                        idx + 1, sessionId, guildId, failures + 1, d.detail());
                retries.put(key(stale), new Retry(failures + 1, now.plus(RETRY_AFTER.get(failures))));
                // Discord is slow or out of reach: the other messages wait for the next run, not a timeout each
                break;
            }
            log.warn("could not update question {} of session {} in guild {}: {}", idx + 1, sessionId, guildId,
                    d.detail());
            retries.remove(key(stale));
            // shown as tried, so a message that is gone is not edited on every run; a new answer tries again
            sessions.shown(guildId, sessionId, idx, count, q.closed());
        }
        return edits;
    }

    /** Whether a question's post was given up, cancelled, or is long gone from the outbox: it has no message. */
    private boolean neverPosted(long guildId, long sendId) {
        return outbox.find(guildId, sendId).map(ScheduledSend::status)
                .map(st -> st == ScheduledSend.Status.FAILED || st == ScheduledSend.Status.CANCELLED).orElse(true);
    }

    private static List<Long> key(long[] stale) {
        return List.of(stale[0], stale[1], stale[2]);
    }
}
