package org.partnercoach.digest;

import java.time.Instant;
import java.util.Set;

/**
 * Who took part in a server's outreach in {@code [from, to)} besides their own moves on the list and in walks (which
 * the digest reads for its other numbers): said they know someone at a partner, asked for an introduction or agreed to
 * make one, rated a partner's trust or value. The quarterly report's reading (network's), which the digest's "Active
 * members" adds to those moves, so that the two agree on who took part (but for a contact logged late, which the
 * digest counts in the week it was logged, and the report in the quarter it happened).
 */
@FunctionalInterface
public interface TookPart {

    Set<Long> besidesMoves(long guildId, Instant from, Instant to);
}
