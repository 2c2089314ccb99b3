package org.partnercoach.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Mentions;
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
    /**
     * How long a session whose thread Discord may have made (it did not answer) is tried again, a few minutes apart,
     * before its facilitator is told it could not be opened.
     */
    static final Duration TRIES_FOR = Duration.ofMinutes(30);

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
            String name = SessionView.threadName(s, Map.of());
            try {
                name = threadName(s);
                Optional<Long> made = madeBefore(s, name);
                thread = made.isPresent() ? Messenger.Delivery.sent(made.get())
                        : messenger.openThread(s.guildId(), s.channelId(), name, s.privateThread());
            } catch (RuntimeException e) {
                log.warn("could not open the thread of session {} in guild {}", s.id(), s.guildId(), e);
                thread = Messenger.Delivery.failed(SendTrouble.BOT_FAULT);
            }
            boolean unanswered = !thread.ok() && maybeMade(thread);
            if (unanswered) {
                // Discord may have made the thread without saying so: the platform may know it by now
                Optional<Long> made = madeBeforeSafely(s, name);
                if (made.isPresent()) {
                    thread = Messenger.Delivery.sent(made.get());
                }
            }
            if (thread.ok()) {
                sessions.opened(s, thread.id());
                log.info("opened the thread of session {} in guild {}", s.id(), s.guildId());
            } else if (unanswered && now.isBefore(s.createdAt().plus(TRIES_FOR))) {
                // the claim runs out in a few minutes: the next try first looks for a thread Discord made meanwhile
                log.warn("could not open the thread of session {} in guild {} ({}); trying again in a few minutes",
                        s.id(), s.guildId(), thread.detail());
            } else {
                log.warn("could not open the thread of session {} in guild {}: {}", s.id(), s.guildId(),
                        thread.detail());
                sessions.couldNotOpen(s, thread.detail(), unanswered);
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

    /** The thread's name, with the names the members its title mentions have in the server now. */
    private String threadName(Session s) {
        Set<Long> named = Mentions.membersIn(s.title());
        return SessionView.threadName(s, named.isEmpty() ? Map.of() : messenger.memberNames(s.guildId(), named));
    }

    /**
     * Whether the platform may have made the thread though the bot heard no yes: it did not answer in time, or failed
     * on its side after the request reached it.
     */
    private static boolean maybeMade(Messenger.Delivery failed) {
        return failed.trouble() == SendTrouble.TIMEOUT || failed.trouble() == SendTrouble.DISCORD_ERROR;
    }

    private Optional<Long> madeBeforeSafely(Session s, String name) {
        try {
            return madeBefore(s, name);
        } catch (RuntimeException e) {
            log.warn("could not look for the thread of session {} in guild {}", s.id(), s.guildId(), e);
            return Optional.empty();
        }
    }

    /**
     * A thread the platform made for this session on an earlier try that the bot could not record (it stopped in
     * between): one of its name, under its channel, opened by the bot since the session was started (less a margin
     * for the two clocks), that no session holds.
     */
    private Optional<Long> madeBefore(Session s, String name) {
        List<Long> found = messenger.threadsOpenedSince(s.guildId(), s.channelId(), name,
                s.privateThread(), s.createdAt().minus(CLOCK_MARGIN));
        return found.isEmpty() ? Optional.empty() : sessions.firstUnheld(s.guildId(), found);
    }
}
