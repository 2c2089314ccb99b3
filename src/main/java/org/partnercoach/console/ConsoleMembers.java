package org.partnercoach.console;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercoach.storage.Database;

/**
 * The people and channels of the console's one local server. An id comes from its name, so the same name is the
 * same member (or channel) in every run and their data resumes. Once {@link #keepIn} names the database, members
 * and who is a coordinator are kept there too, so a later run shows names, not ids.
 */
public final class ConsoleMembers {

    /** The console's one server and its main channel. */
    public static final long GUILD_ID = 1;
    public static final long GENERAL_CHANNEL = 10;

    /**
     * The bot's own user, as Discord's member picker offers it: named "bot" here, as the console shows its replies,
     * or "Partner Coach". It is a bot account, never a member of the console's server.
     */
    public static final long BOT_ID = stableId("console-bot:", "partner coach");
    private static final Set<String> BOT_NAMES = Set.of("bot", "partner coach", "partnercoach");

    private static final String ALL = "SELECT user_id, name, coordinator FROM console_members WHERE guild_id = ?";
    private static final String UPDATE =
            "UPDATE console_members SET name = ?, coordinator = ? WHERE guild_id = ? AND user_id = ?";
    private static final String INSERT =
            "INSERT INTO console_members (name, coordinator, guild_id, user_id) VALUES (?, ?, ?, ?)";
    private static final String CHANNELS =
            "SELECT channel_id, name, thread FROM console_channels WHERE guild_id = ? ORDER BY channel_id";
    private static final String KNOWN_CHANNEL =
            "SELECT COUNT(*) FROM console_channels WHERE guild_id = ? AND channel_id = ?";
    private static final String KEEP_CHANNEL =
            "INSERT INTO console_channels (guild_id, channel_id, name, thread) VALUES (?, ?, ?, ?)";

    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Set<Long> coordinators = new HashSet<>();
    /** Members who left the server in this run ({@code :leave}): an option naming them names someone not in it. */
    private final Set<Long> left = new HashSet<>();
    private Database db;
    private final Map<Long, String> channels = new LinkedHashMap<>();
    /**
     * Roles named in a command option ({@code role:@Helpers}), kept beside the channels with their "@". A channel's
     * name may start with "@" too: what a kept row is, its id tells ({@link #isRoleRow}).
     */
    private final Map<Long, String> roles = new LinkedHashMap<>();
    private final Set<Long> threads = new LinkedHashSet<>();
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

    /** Whether a name typed for a member ("bot", "@Partner Coach") is the bot's own. */
    public static boolean isBot(String name) {
        return BOT_NAMES.contains(name.strip().replaceFirst("^@", "").strip().toLowerCase(Locale.ROOT));
    }

    /** Loads the members of earlier runs and keeps every new one (and every role change) in {@code database}. */
    public void keepIn(Database database) {
        this.db = database;
        db.read(c -> Database.list(c, ALL, rs -> {
            long id = rs.getLong(1);
            names.putIfAbsent(id, rs.getString(2));
            if (rs.getBoolean(3)) {
                coordinators.add(id);
            }
            return id;
        }, GUILD_ID));
        names.forEach((id, name) -> save(id));
        db.read(c -> Database.list(c, CHANNELS, rs -> {
            long id = rs.getLong(1);
            String name = rs.getString(2);
            if (isRoleRow(id, name, rs.getBoolean(3))) {
                roles.put(id, name.substring(1));
                return false;
            }
            channels.put(id, name);
            return rs.getBoolean(3) && threads.add(id);
        }, GUILD_ID));
        channels.forEach((id, name) -> keepChannel(id, name, threads.contains(id)));
        roles.forEach((id, name) -> keepChannel(id, "@" + name, false));
    }

    /**
     * Whether a kept row is a role's: its name is the role's with an "@" before it, and its id the one that name
     * gives a role. A channel named "@team" (its id is a channel's) or a thread stays a channel.
     */
    private static boolean isRoleRow(long id, String name, boolean thread) {
        return !thread && name.startsWith("@") && id == stableId("console-role:", name.substring(1));
    }

    /** Keeps a channel's name for later runs, once {@link #keepIn} named the database. */
    private void keepChannel(long id, String name, boolean thread) {
        if (db == null || id == GENERAL_CHANNEL) {
            return;
        }
        db.write(c -> Database.one(c, KNOWN_CHANNEL, rs -> rs.getInt(1), GUILD_ID, id).orElse(0) > 0 ? 0
                : Database.update(c, KEEP_CHANNEL, GUILD_ID, id, name, thread));
    }

    public long add(String name) {
        long id = idOf(name);
        if (names.putIfAbsent(id, name.strip()) == null) {
            save(id);
        }
        return id;
    }

    /** Makes a member a coordinator of the console's server, or a plain member again; false for the owner. */
    public boolean setCoordinator(String name, boolean coordinator) {
        long id = add(name);
        if (owner.equalsIgnoreCase(name.strip())) {
            return false;
        }
        left.remove(id);
        if (coordinator) {
            coordinators.add(id);
        } else {
            coordinators.remove(id);
        }
        save(id);
        return true;
    }

    private void save(long id) {
        if (db == null) {
            return;
        }
        Object[] values = {names.get(id), coordinators.contains(id), GUILD_ID, id};
        db.write(c -> Database.update(c, UPDATE, values) > 0 ? 1 : Database.update(c, INSERT, values));
    }

    /** {@code name} leaves the server (until {@code :member} or {@code :coordinator} brings them back); not the owner. */
    boolean leave(String name) {
        long id = add(name);
        if (owner.equalsIgnoreCase(name.strip())) {
            return false;
        }
        left.add(id);
        return true;
    }

    /** Whether the member of this id left the server in this run. */
    boolean hasLeft(long id) {
        return left.contains(id);
    }

    /**
     * A name after "@" in a typed line ("@bea", "thanks @bea."): not one inside a word (an address) or after another
     * "@"; a dot or dash ends it unless letters follow.
     */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}_@<])@([\\p{L}\\p{N}_]+(?:[.\\-][\\p{L}\\p{N}_]+)*)");

    /**
     * A line typed in a thread as Discord sends it: "@bea" of a member the console knows becomes her mention
     * ({@code <@id>}), as Discord's composer turns a member picked after "@" into one. Any other "@word" stays as typed
     * ({@code @everyone} and {@code @here} are words on Discord too).
     */
    public String withMentions(String line) {
        return NAMED.matcher(line).replaceAll(m -> {
            long id = idOf(m.group(1));
            return java.util.regex.Matcher.quoteReplacement(names.containsKey(id) ? "<@" + id + ">" : m.group());
        });
    }

    /** Whether the id is one of the server's members now: named in it, and not gone with {@code :leave}. */
    boolean isMember(long id) {
        return names.containsKey(id) && !left.contains(id);
    }

    public String nameOf(long id) {
        return id == BOT_ID ? "bot" : names.getOrDefault(id, "member " + id);
    }

    /** Whether a member or a channel (or thread) of this id is one the console knows, by name. */
    boolean knows(long id) {
        return names.containsKey(id) || channels.containsKey(id);
    }

    /** The first member owns the server and is its coordinator; others are made one with {@code :coordinator}. */
    public boolean isCoordinator(String name) {
        return owner.equalsIgnoreCase(name.strip()) || coordinators.contains(idOf(name));
    }

    /**
     * Whether the member with this id is a coordinator of the console's server: the owner, or someone made one with
     * {@code :coordinator}; false for an id that is none of its members.
     */
    public boolean isCoordinator(long id) {
        return names.containsKey(id) && isCoordinator(names.get(id));
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
        if (channels.putIfAbsent(id, clean) == null) {
            keepChannel(id, clean, false);
        }
        return id;
    }

    /** Names a thread the bot opened (kept for later runs). */
    public void nameChannel(long id, String name) {
        channels.put(id, name);
        threads.add(id);
        keepChannel(id, name, true);
    }

    public boolean isThread(long id) {
        return threads.contains(id);
    }

    /**
     * A thread the bot opened, by its name ("#Reflection: Ask Yourself", in any case), the start of it, a word of it
     * ("#Tuesday" for "Reflection: Tuesday circle") or any part of it: a name that is exactly so first, then one that
     * starts so, then one with a word that starts so, then one holding it anywhere. Threads of one name are one
     * choice (the newest is taken); when a step finds threads of several names, they are the names it could be.
     */
    public ThreadMatch thread(String name) {
        String clean = name.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(clean));
        List<java.util.function.Predicate<String>> tiers = List.of(n -> n.equals(clean),
                n -> n.startsWith(clean), n -> word.matcher(n).find(), n -> n.contains(clean));
        for (java.util.function.Predicate<String> tier : tiers) {
            Map<String, Long> newestByName = new LinkedHashMap<>();
            threads.stream().filter(id -> tier.test(channels.get(id).toLowerCase(Locale.ROOT)))
                    .forEach(id -> newestByName.put(channels.get(id).toLowerCase(Locale.ROOT), id));
            if (newestByName.size() == 1) {
                return new ThreadMatch(newestByName.values().iterator().next(), List.of());
            }
            if (!newestByName.isEmpty()) {
                return new ThreadMatch(0, newestByName.values().stream().map(channels::get).toList());
            }
        }
        return new ThreadMatch(0, List.of());
    }

    /**
     * What a name typed after {@code :in} finds: one thread ({@code id}), or, when it is 0, the names of the threads
     * it could be (oldest first; none when no thread matches).
     */
    public record ThreadMatch(long id, List<String> couldBe) {
    }

    /** The names of the threads the bot opened, oldest first ("Reflection: Tuesday circle"). */
    public java.util.List<String> threadNames() {
        return threads.stream().map(channels::get).toList();
    }

    public String channelName(long id) {
        return channels.getOrDefault(id, "channel-" + id);
    }

    /**
     * A role's id from its name ("@Helpers" or "Helpers"); the role exists once named. {@code @everyone} is the
     * server's own id, as on Discord.
     */
    public long role(String name) {
        String clean = name.strip().replaceFirst("^@", "");
        if (clean.equalsIgnoreCase("everyone")) {
            return GUILD_ID;
        }
        long id = stableId("console-role:", clean);
        if (roles.putIfAbsent(id, clean) == null) {
            keepChannel(id, "@" + clean, false);
        }
        return id;
    }

    public String roleName(long id) {
        return id == GUILD_ID ? "everyone" : roles.getOrDefault(id, "role-" + id);
    }
}
