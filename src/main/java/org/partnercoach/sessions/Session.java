package org.partnercoach.sessions;

import java.time.Instant;

/**
 * One group reflection session: a plan of questions asked one at a time in a thread.
 *
 * @param channelId     the channel {@code /session start} ran in (the thread's parent)
 * @param threadId      the session's thread; 0 while it is being opened
 * @param questionIndex the current question, from 0
 * @param questionDueAt when the current question closes by itself; null when only the facilitator moves on
 */
record Session(long id, long guildId, long channelId, long threadId, boolean privateThread, String plan,
               String curriculum, String title, boolean anonymous, int minutes, long facilitatorId, Status status,
               int questionIndex, Instant questionDueAt, Instant createdAt, Instant endedAt) {

    enum Status {
        /** The thread is being opened; nothing is shown yet. */
        OPENING,
        OPEN,
        ENDED
    }

    boolean open() {
        return status == Status.OPEN;
    }
}
