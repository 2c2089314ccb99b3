package org.partnercoach.partners;

import java.time.Instant;

/** A request for an introduction to a partner, asked of one member who knows someone there. */
record Intro(long id, long guildId, long partnerId, long requesterId, long helperId, Status status, Instant askedAt,
             Instant answeredAt) {

    enum Status {
        /** Asked: the DM is on its way or went out; no answer yet. */
        ASKED,
        /** "I'll introduce you". */
        WILL_INTRODUCE,
        /**
         * "I'll introduce you", answered while the partner had moved on: the helper was told no introduction is needed
         * for now, so it promises nothing; no follow-up comes, and once the partner is restored the member who asked
         * asks them afresh with {@code /partner intro}. Pressed again once it is back, it is an agreement.
         */
        AGREED_MOVED_ON,
        /** "I don't know them well". */
        NOT_WELL,
        /** The DM could not be delivered (the outbox gave up on it). */
        UNREACHABLE,
        /**
         * The member who asked logged an introduction with the partner while this request was open or agreed to:
         * nothing more is needed from the helper ({@code answeredAt}: when it was logged).
         */
        INTRODUCED,
        /**
         * The member asked deleted their data ({@code /privacy forget}) before they answered: the request stays with
         * the member who asked, by "a former member" ({@code helperId} 0), and no answer will come.
         */
        HELPER_FORGOTTEN,
        /**
         * The helper took back "I know someone there" ({@code /partner unknow}) before they answered, or after they
         * agreed to introduce with no introduction logged since: the member who asked is told, no answer will come,
         * and an agreement's follow-up is not sent ({@code answeredAt}: when they took it back).
         */
        WITHDRAWN
    }

    /**
     * A member whose {@code /partner intro} found nobody to ask, waiting for someone to say they know someone at the
     * partner; {@code toldAt}: when they were told by DM that someone does (once), null before.
     */
    record Wait(long id, long guildId, long partnerId, long requesterId, Instant createdAt, Instant toldAt) {
    }
}
