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
 * {@code /privacy export} shows those still waiting, and {@code /privacy forget} drops them.
 */
final class ToldContacts implements org.partnercoach.chat.PersonalData {

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

    @Override
    public String section() {
        return "check_in_words_waiting";
    }

    /** Her words still waiting for a Log a touchpoint form, in this server: what the bot holds of them until then. */
    @Override
    public synchronized Object export(long guildId, long userId) {
        return kept.entrySet().stream().filter(e -> e.getKey().guildId() == guildId && e.getKey().userId() == userId)
                .map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("words", e.getValue().words());
                    row.put("kind", e.getValue().kind().label());
                    return row;
                }).toList();
    }

    /** {@code /privacy forget}: her words waiting for a form go with the rest. */
    @Override
    public synchronized void forget(long guildId, long userId) {
        kept.keySet().removeIf(k -> k.guildId() == guildId && k.userId() == userId);
    }

    /** A touchpoint was logged from the check-in's form: her words are on record now. */
    synchronized void forget(long guildId, long sendId, long userId) {
        kept.remove(new Key(guildId, sendId, userId));
    }
}
