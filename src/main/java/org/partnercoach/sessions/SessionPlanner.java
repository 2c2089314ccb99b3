package org.partnercoach.sessions;

import java.time.Instant;
import org.partnercoach.chat.Messenger;
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
                thread = messenger.openThread(s.guildId(), s.channelId(), SessionView.threadName(s),
                        s.privateThread());
            } catch (RuntimeException e) {
                thread = Messenger.Delivery.failed(e.getClass().getSimpleName());
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
}
