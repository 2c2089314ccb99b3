package org.partnercoach.console;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The people and channels of the console's one local server. An id comes from its name, so the same name is the
 * same member (or channel) in every run and their data resumes.
 */
public final class ConsoleMembers {

    /** The console's one server and its main channel. */
    public static final long GUILD_ID = 1;
    public static final long GENERAL_CHANNEL = 10;

    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<Long, String> channels = new LinkedHashMap<>();
    private final String owner;

    public ConsoleMembers(String ownerName) {
        this.owner = ownerName;
        names.put(idOf(ownerName), ownerName);
        channels.put(GENERAL_CHANNEL, "general");
    }

    /** A stable, positive id for a name (case-insensitive). */
    public static long idOf(String name) {
        return stableId("console-member:", name);
    }

    private static long stableId(String kind, String name) {
        UUID uuid = UUID.nameUUIDFromBytes((kind + name.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
        return (uuid.getMostSignificantBits() & Long.MAX_VALUE) % 1_000_000_000_000L + 1;
    }

    public long add(String name) {
        long id = idOf(name);
        names.putIfAbsent(id, name.strip());
        return id;
    }

    public String nameOf(long id) {
        return names.getOrDefault(id, "member " + id);
    }

    /** The first member owns the server and is its coordinator. */
    public boolean isCoordinator(String name) {
        return owner.equalsIgnoreCase(name.strip());
    }

    public String owner() {
        return owner;
    }

    /** A channel's id from its name ("#reminders" or "reminders"); the channel exists once named. */
    public long channel(String name) {
        String clean = name.strip().replaceFirst("^#", "");
        if (clean.equalsIgnoreCase("general")) {
            return GENERAL_CHANNEL;
        }
        long id = stableId("console-channel:", clean);
        channels.putIfAbsent(id, clean);
        return id;
    }

    private final java.util.Set<Long> threads = new java.util.HashSet<>();

    /** Names a thread the bot opened. */
    public void nameChannel(long id, String name) {
        channels.put(id, name);
        threads.add(id);
    }

    public boolean isThread(long id) {
        return threads.contains(id);
    }

    /** A thread the bot opened, by its name ("#Reflection: Ask Yourself" or a prefix of it); 0 when none. */
    public long thread(String name) {
        String clean = name.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        return threads.stream().filter(id -> channels.get(id).toLowerCase(Locale.ROOT).startsWith(clean))
                .findFirst().orElse(0L);
    }

    public String channelName(long id) {
        return channels.getOrDefault(id, "channel-" + id);
    }
}
