package org.partnercoach.sessions;

import java.time.Instant;

/** A member's answer to one question of a session; always linked to its author, even when the group sees no names. */
record SessionAnswer(long id, long guildId, long sessionId, int idx, long userId, String displayName, String text,
                     Instant createdAt, Instant updatedAt) {
}
