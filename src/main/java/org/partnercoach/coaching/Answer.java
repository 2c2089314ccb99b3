package org.partnercoach.coaching;

import java.time.Instant;

/**
 * What a member wrote for one question of a walk, or that they skipped it ({@code skipped}, empty text).
 *
 * @param shared whether its author shares it with the coordinators (digest, exports); private by default
 */
public record Answer(long id, long guildId, long walkId, String questionKey, String text, boolean skipped,
                     Instant updatedAt, boolean shared) {
}
