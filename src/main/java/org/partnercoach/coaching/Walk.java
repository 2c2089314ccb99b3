package org.partnercoach.coaching;

import java.time.Instant;

/**
 * One member's walk through one curriculum, optionally about one partner ({@code subjectId}, 0 for none).
 * {@code questionKey} is where they stand; everything else is derived from the curriculum and the answers.
 */
public record Walk(long id, long guildId, long userId, String curriculum, long subjectId, String questionKey,
                   Status status, Instant startedAt, Instant updatedAt) {

    public enum Status { ACTIVE, PAUSED, DONE }

    public Walk at(String newQuestionKey, Status newStatus, Instant now) {
        return new Walk(id, guildId, userId, curriculum, subjectId, newQuestionKey, newStatus, startedAt, now);
    }
}
