package org.partnercoach.partners;

import java.time.Instant;

/**
 * An active partner somebody looks after, as the quarterly value question plans from it: who to ask (its owner),
 * about what (its name), and whether it is due (its stage, when it was added). Only these, where the whole partner
 * ({@link Partner}) carried its notes and contact for every partner of every server each hour.
 */
public record LookedAfter(long id, long guildId, String name, Stage stage, long ownerId, Instant createdAt) {
}
