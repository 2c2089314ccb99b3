package org.partnercoach.digest;

import java.time.Instant;
import java.util.Set;

/**
 * Who took part in a server's outreach in {@code [from, to)}: added, moved or logged contact with a partner, said they
 * know someone there, asked for an introduction or agreed to make one, rated a partner's trust or value, or began or
 * answered a walk. The quarterly report's reading (network's), which the digest's "Active members" counts too, so that
 * the two never disagree on who took part.
 */
@FunctionalInterface
public interface TookPart {

    Set<Long> between(long guildId, Instant from, Instant to);
}
