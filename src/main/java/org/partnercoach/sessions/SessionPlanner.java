package org.partnercoach.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.outbox.DuePlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before each delivery run: opens the threads of sessions just started (so their first posts go out in the
 * same run), moves on the sessions whose question timer ran out, and closes the sessions nobody touched for
 * {@link Sessions#IDLE_CLOSE}. All are stored rows, so a restart loses none of them.
 */
final class SessionPlanner implements DuePlanner {

    private static final Logger log = LoggerFactory.getLogger(SessionPlanner.class);

    /** How far the bot's clock and the platform's may differ, when a thread's age is read from its id. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final Sessions sessions;
    private final Messenger messenger;

    SessionPlanner(Sessions sessions, Messenger messenger) {
        this.sessions = sessions;
        this.messenger = messenger;
    }

    /** When a question's time runs out or a session falls idle: the run then moves or closes it. */
    @Override
    public java.util.Optional<Instant> nextDue(Instant now) {
        return sessions.nextDue(now);
    }

    @Override
    public void plan(Instant now) {
        for (Session s : sessions.claimToOpen(messenger::handles)) {
            Messenger.Delivery thread;
            try {
                Optional<Long> made = madeBefore(s);
                thread = made.isPresent() ? Messenger.Delivery.sent(made.get())
                        : messenger.openThread(s.guildId(), s.channelId(), SessionView.threadName(s),
                        s.privateThread());
            } catch (RuntimeException e) {
                log.warn("could not open the thread of session {} in guild {}", s.id(), s.guildId(), e);
                thread = Messenger.Delivery.failed(SendTrouble.BOT_FAULT);
            }
            if (thread.ok()) {
                sessions.opened(s, thread.id());
                log.info("opened the thread of session {} in guild {}", s.id(), s.guildId());
            } else {
                log.warn("could not open the thread of session {} in guild {}: {}", s.id(), s.guildId(),
                        thread.detail());
                sessions.couldNotOpen(s, thread.detail());
            }
        }
        int moved = sessions.moveTimedOut();
        if (moved > 0) {
            log.info("{} session(s) moved on when their question's time was up", moved);
        }
        int closed = sessions.closeIdle();
        if (closed > 0) {
            log.info("{} session(s) closed after {} days without a question or an answer", closed,
                    Sessions.IDLE_CLOSE.toDays());
        }
    }

    /**
     * A thread the platform made for this session on an earlier try that the bot could not record (it stopped in
     * between): one of its name, under its channel, opened by the bot since the session was started (less a margin
     * for the two clocks), that no session holds.
     */
    private Optional<Long> madeBefore(Session s) {
        List<Long> found = messenger.threadsOpenedSince(s.guildId(), s.channelId(), SessionView.threadName(s),
                s.privateThread(), s.createdAt().minus(CLOCK_MARGIN));
        return found.isEmpty() ? Optional.empty() : sessions.firstUnheld(s.guildId(), found);
    }
}
