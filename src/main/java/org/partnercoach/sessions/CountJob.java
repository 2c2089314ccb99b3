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

    /** A question message to edit in this run: what it is to show, and where. */
    private record Due(SessionStore.Stale stale, long messageId) {
        Session session() {
            return stale.session();
        }

        SessionQuestion question() {
            return stale.question();
        }
    }

    @Override
    public int runDue(Instant now) {
        // the edits of one thread go together: a thread Discord archived is reopened once for all of them
        Map<List<Long>, List<Due>> byThread = new java.util.LinkedHashMap<>();
        List<SessionStore.Stale> staleMessages = sessions.staleMessages();
        retries.keySet().retainAll(staleMessages.stream().map(CountJob::key).toList());
        for (SessionStore.Stale stale : staleMessages) {
            due(stale, now).ifPresent(d -> byThread.computeIfAbsent(List.of(d.session().guildId(),
                    d.session().threadId()), t -> new java.util.ArrayList<>()).add(d));
        }
        int edits = 0;
        for (List<Due> thread : byThread.values()) {
            for (int from = 0; from < thread.size(); from += THREAD_EDITS_TOGETHER) {
                List<Due> together = thread.subList(from, Math.min(thread.size(), from + THREAD_EDITS_TOGETHER));
                Session s = together.get(0).session();
                List<Messenger.Delivery> done = messenger.editAllInThread(s.guildId(), s.channelId(), s.threadId(),
                        together.stream().map(d -> new Messenger.ThreadEdit(d.messageId(), SessionView.question(
                                d.session(), d.question(), d.stale().questions(), d.stale().count(),
                                d.question().closed()))).toList());
                for (int i = 0; i < together.size(); i++) {
                    Outcome outcome = settle(together.get(i), done.get(i), now);
                    if (outcome == Outcome.WAIT) {
                        // Discord is slow or out of reach: the other messages wait for the next run, not a timeout
                        // each
                        return edits;
                    }
                    edits += outcome == Outcome.EDITED ? 1 : 0;
                }
            }
        }
        return edits;
    }

    /** The most question messages of one thread edited together (a session has 25 questions at most). */
    static final int THREAD_EDITS_TOGETHER = 25;

    /** The edit a stale question message needs in this run, if it needs one now. */
    private Optional<Due> due(SessionStore.Stale stale, Instant now) {
        Session s = stale.session();
        long guildId = s.guildId();
        if (!messenger.handles(guildId)) {
            // another process runs this server's shard and keeps its counts
            return Optional.empty();
        }
        Retry retry = retries.get(key(stale));
        if (retry != null && now.isBefore(retry.notBefore())) {
            return Optional.empty();
        }
        SessionQuestion q = stale.question();
        int idx = q.idx();
        long messageId = q.messageId();
        int count = stale.count();
        if (messageId == 0) {
            // a post sent before its message was kept with the question (by an earlier version)
            Optional<Long> sent = outbox.history().sentMessageId(guildId, q.sendId());
            if (sent.isEmpty()) {
                if (neverPosted(guildId, q.sendId())) {
                    // nothing in the thread to edit: left as it is until the count changes again
                    sessions.shown(guildId, s.id(), idx, count, q.closed());
                }
                return Optional.empty();
            }
            messageId = sent.get();
            sessions.messageIdKnown(guildId, s.id(), idx, messageId);
        }
        if (count == q.shownCount() && q.closed() == q.shownClosed()) {
            return Optional.empty();
        }
        boolean onlyCount = q.closed() == q.shownClosed();
        if (onlyCount && q.countEditedAt() != null && now.isBefore(q.countEditedAt().plus(COUNT_EVERY))) {
            return Optional.empty();
        }
        // a count that changes after the thread went quiet (a member forgotten, an answer deleted) is edited like the
        // summary: through the session's channel, which finds the thread once Discord archived it
        return Optional.of(new Due(stale, messageId));
    }

    private enum Outcome { EDITED, LEFT, WAIT }

    /** Records what became of one edit: shown, to be tried again later (the run then stops), or left as tried. */
    private Outcome settle(Due due, Messenger.Delivery d, Instant now) {
        long guildId = due.session().guildId();
        long sessionId = due.session().id();
        SessionQuestion q = due.question();
        int idx = q.idx();
        List<Long> key = key(due.stale());
        if (d.ok()) {
            retries.remove(key);
            sessions.shown(guildId, sessionId, idx, due.stale().count(), q.closed());
            return Outcome.EDITED;
        }
        Retry retry = retries.get(key);
        int failures = retry == null ? 0 : retry.failures();
        if (d.trouble() != null && d.trouble().passes() && failures < RETRY_AFTER.size()) {
            log.warn("could not update question {} of session {} in guild {} (try {}): {}; trying again later",
                    idx + 1, sessionId, guildId, failures + 1, d.detail());
            retries.put(key, new Retry(failures + 1, now.plus(RETRY_AFTER.get(failures))));
            return Outcome.WAIT;
        }
        log.warn("could not update question {} of session {} in guild {}: {}", idx + 1, sessionId, guildId,
                d.detail());
        retries.remove(key);
        // shown as tried, so a message that is gone is not edited on every run; a new answer tries again
        sessions.shown(guildId, sessionId, idx, due.stale().count(), q.closed());
        return Outcome.LEFT;
    }

    /** Whether a question's post was given up, cancelled, or is long gone from the outbox: it has no message. */
    private boolean neverPosted(long guildId, long sendId) {
        return outbox.find(guildId, sendId).map(ScheduledSend::status)
                .map(st -> st == ScheduledSend.Status.FAILED || st == ScheduledSend.Status.CANCELLED).orElse(true);
    }

    private static List<Long> key(SessionStore.Stale stale) {
        return List.of(stale.session().guildId(), stale.session().id(), (long) stale.question().idx());
    }
}
