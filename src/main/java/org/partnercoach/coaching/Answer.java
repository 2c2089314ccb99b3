package org.partnercoach.coaching;

import java.time.Instant;

/** What a member wrote for one question of a walk, or that they skipped it ({@code skipped}, empty text). */
public record Answer(long id, long guildId, long walkId, String questionKey, String text, boolean skipped,
                     Instant updatedAt) {
}
