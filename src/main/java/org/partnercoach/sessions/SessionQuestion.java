package org.partnercoach.sessions;

import java.time.Instant;

/**
 * One question of a session, copied from its plan at the start, and what its message in the thread shows.
 *
 * @param sendId       the outbox row that posts the question (0 before it is asked)
 * @param messageId    the question's message, once it went out (0 until then)
 * @param shownCount   the answer count the message shows now
 * @param shownClosed  whether the message shows the question as closed (no buttons)
 */
record SessionQuestion(long sessionId, int idx, String key, String stepTitle, String text, Instant askedAt,
                       boolean closed, long sendId, long messageId, int shownCount, boolean shownClosed,
                       Instant countEditedAt) {

    int number() {
        return idx + 1;
    }
}
