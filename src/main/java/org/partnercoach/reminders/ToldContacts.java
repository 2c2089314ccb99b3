package org.partnercoach.reminders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.partners.Touchpoint;

/**
 * The words a member typed in the DM under a check-in to tell of a contact ("I emailed the director at the clinic this
 * morning"), kept for the **Log a touchpoint** form she opens next on that check-in, which starts with them, so she
 * need not type them again. The last such line per member and check-in, for the partners it may be about (the one it
 * names, else each the check-in waits for); gone once a touchpoint is logged from that check-in's form. Kept in memory
 * only, at most {@link #AT_MOST} lines: a restart forgets them, and the form then opens empty, as for a bare "done".
 */
final class ToldContacts {

    /** Her words as typed, the kind they tell (a note when they tell none), and the partners they may be about. */
    record Told(String words, Touchpoint.Kind kind, Set<Long> partnerIds) {
    }

    private record Key(long guildId, long sendId, long userId) {
    }

    static final int AT_MOST = 10_000;

    private final Map<Key, Told> kept = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Told> eldest) {
            return size() > AT_MOST;
        }
    };

    synchronized void keep(long guildId, long sendId, long userId, Told told) {
        Key key = new Key(guildId, sendId, userId);
        kept.remove(key);
        kept.put(key, told);
    }

    /** Her words for the form of {@code partnerId} on check-in {@code sendId}, when they may be about it. */
    synchronized Optional<Told> forForm(long guildId, long sendId, long userId, long partnerId) {
        return Optional.ofNullable(kept.get(new Key(guildId, sendId, userId)))
                .filter(t -> t.partnerIds().contains(partnerId));
    }

    /** A touchpoint was logged from the check-in's form: her words are on record now. */
    synchronized void forget(long guildId, long sendId, long userId) {
        kept.remove(new Key(guildId, sendId, userId));
    }
}
