package org.partnercoach.settings;

import java.util.Optional;

/**
 * What a change of a server's time zone changes elsewhere, said in the reply of the coordinator who made it (the
 * weekly digest: when the next one goes out). Wired in the composition root, since those features depend on
 * settings.
 */
@FunctionalInterface
public interface ZoneNotes {

    /** Says nothing. */
    ZoneNotes NONE = guildId -> Optional.empty();

    /** A sentence or two for the reply, read after the change (in its transaction), or empty. */
    Optional<String> afterServerZoneChange(long guildId);
}
