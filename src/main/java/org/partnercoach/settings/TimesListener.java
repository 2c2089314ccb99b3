package org.partnercoach.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;

/**
 * Told, in the transaction of the change, when what decides the hour a message may reach someone changes: a
 * member's own time zone, or a server's zone or quiet hours. Sends already held for the night under the old
 * settings are then looked at again (wired in the composition root, since the outbox depends on settings).
 */
public interface TimesListener {

    /** Listens to nothing. */
    TimesListener NONE = new TimesListener() {
        @Override
        public void memberZoneChanged(Connection c, long guildId, long userId, Instant now) {
        }

        @Override
        public void serverTimesChanged(Connection c, long guildId, Collection<Long> unaffected, Instant now) {
        }
    };

    /** A member set their own zone, or went back to the server's. */
    void memberZoneChanged(Connection c, long guildId, long userId, Instant now) throws SQLException;

    /**
     * A server's zone or quiet hours changed; the members in {@code unaffected} keep their own zone and are not
     * concerned (empty when the quiet hours changed: they are the server's, for everyone).
     */
    void serverTimesChanged(Connection c, long guildId, Collection<Long> unaffected, Instant now)
            throws SQLException;
}
