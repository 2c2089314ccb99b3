package org.partnercoach.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.HomeServer;
import org.partnercoach.chat.PersonalData;

/**
 * Remembers, per member, the server whose work their DMs continue. As {@link PersonalData}: that one row, when it
 * names the server asked about.
 *
 * <p>A server that removes the bot is kept in {@code servers_without_bot} (V48) until it adds the bot back: nothing
 * is deleted, and the DMs of members whose server it is are told that it no longer has the bot. Its scheduled
 * messages wait and nothing is planned for it meanwhile: the outbox's claim and the planners' reads put
 * {@link #hasBot} in their own statements.
 */
public final class MemberHomes implements HomeServer, PersonalData {

    /** The member's server: one read, on every server command (with its first query, on PostgreSQL). */
    private static final String FIND = "SELECT guild_id FROM member_home WHERE user_id = ?";
    /** The member's server, and whether it has removed the bot: one read, on every DM. */
    private static final String FIND_IN_DM = """
            SELECT h.guild_id, r.guild_id FROM member_home h
              LEFT JOIN servers_without_bot r ON r.guild_id = h.guild_id
             WHERE h.user_id = ?""";
    private static final String UPSERT = """
            MERGE INTO member_home h
            USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) AS v(user_id, guild_id) ON h.user_id = v.user_id
            WHEN MATCHED THEN UPDATE SET guild_id = v.guild_id
            WHEN NOT MATCHED THEN INSERT (user_id, guild_id) VALUES (v.user_id, v.guild_id)""";

    private static final String MINE = "SELECT guild_id FROM member_home WHERE user_id = ? AND guild_id = ?";
    private static final String FORGET = "DELETE FROM member_home WHERE user_id = ? AND guild_id = ?";
    private static final String REMOVED = """
            INSERT INTO servers_without_bot (guild_id) SELECT CAST(? AS BIGINT)
             WHERE NOT EXISTS (SELECT 1 FROM servers_without_bot WHERE guild_id = ?)""";
    private static final String ADDED = "DELETE FROM servers_without_bot WHERE guild_id = ?";
    private static final String IS_REMOVED = "SELECT 1 FROM servers_without_bot WHERE guild_id = ?";
    /** The servers this package knows: a member's home, or one marked as having removed the bot. */
    private static final List<String> KNOWN_HERE = List.of("SELECT guild_id FROM member_home",
            "SELECT guild_id FROM servers_without_bot");
    /** What a server list of another package may be: one read of {@code guild_id} from its tables. */
    private static final Pattern SERVER_LIST = Pattern.compile(
            "(?i)SELECT (DISTINCT )?guild_id FROM [a-z_]+\\b[^;]*");
    /** The table a list made by {@link #serversByIndex} reads; the list must then be exactly what that made. */
    private static final Pattern BY_INDEX = Pattern.compile("WITH RECURSIVE ([a-z_]+)_servers\\(guild_id\\) AS .*",
            Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");
    private static final String ALL_REMOVED = """
            INSERT INTO servers_without_bot (guild_id) SELECT r.id FROM UNNEST(?) AS r(id)
             WHERE NOT EXISTS (SELECT 1 FROM servers_without_bot w WHERE w.guild_id = r.id)""";
    private static final String ALL_ADDED = "DELETE FROM servers_without_bot WHERE guild_id = ANY(?)";
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    /**
     * An SQL condition, true when the server in {@code guildIdColumn} (a column of the statement it goes in, named
     * with its table or alias: {@code scheduled_sends.guild_id}) has not removed the bot. The outbox's claim and the
     * planners' reads across servers put it in their statement, so that a removed server's messages wait and nothing
     * is planned for it, at no statement more. {@code NOT IN} and not {@code NOT EXISTS}: both engines read the
     * (small) table once per statement and test each row against what they read, where PostgreSQL's plan for
     * {@code NOT EXISTS} scanned the table again for each of the poll's 10,000 partners (44 ms against 8 for the read
     * without it, measured with {@code EXPLAIN ANALYZE}). The column is never NULL, so {@code NOT IN} means the same.
     */
    public static String hasBot(String guildIdColumn) {
        if (!COLUMN.matcher(guildIdColumn).matches()) {
            throw new IllegalArgumentException("not a column: " + guildIdColumn);
        }
        return guildIdColumn + " NOT IN (SELECT removed_bot.guild_id FROM servers_without_bot removed_bot)";
    }

    /**
     * A server list (for {@link #MemberHomes(Database, List)}) of every {@code guild_id} in {@code table}, read as a
     * loose index scan: a recursive query that jumps from one server to the next through an index that begins with
     * {@code guild_id}, one index entry per server, where {@code SELECT DISTINCT} makes PostgreSQL read every row
     * (a million waiting messages of 7 servers: 0.2-0.4 ms against 210-260 ms; H2 is as quick either way). Only for
     * a table with such an index: without one, each step would read the table. The next server is sought from
     * {@code guild_id + 1}, not after {@code guild_id}: H2 seeks "greater than" to the server's first entry and
     * reads all of them.
     */
    public static String serversByIndex(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table: " + table);
        }
        return "WITH RECURSIVE " + byIndexDefinition(table) + " " + byIndexSelect(table);
    }

    /** The recursive part of {@link #serversByIndex}, which a statement of several lists names once at its start. */
    private static String byIndexDefinition(String table) {
        String servers = table + "_servers";
        return servers + "(guild_id) AS ("
                + "(SELECT guild_id FROM " + table + " ORDER BY guild_id FETCH FIRST 1 ROWS ONLY)"
                + " UNION ALL SELECT (SELECT next_server.guild_id FROM " + table + " next_server"
                + " WHERE next_server.guild_id >= " + servers + ".guild_id + 1"
                + " ORDER BY next_server.guild_id FETCH FIRST 1 ROWS ONLY)"
                + " FROM " + servers + " WHERE " + servers + ".guild_id IS NOT NULL)";
    }

    private static String byIndexSelect(String table) {
        return "SELECT guild_id FROM " + table + "_servers WHERE guild_id IS NOT NULL";
    }

    private final Database db;

    /**
     * Each member's home as this process last read it, when the database is this process's alone (an H2 file): a
     * command in the same server then reads nothing, where it read the home on every command (as many statements as
     * {@code /coalition gaps} itself). Filled by reads only, and emptied for a member before their home is written or
     * forgotten, so that a transaction rolled back afterwards leaves nothing wrong here: the next command reads it
     * again. A member's events are handled one at a time (the Discord adapter's lanes), so no read of theirs races
     * a write of theirs. Null where other processes may change a home (PostgreSQL): there every command reads it.
     */
    private final java.util.Map<Long, Long> readHomes;

    /**
     * Every server the bot has data of, read on connecting in one statement: this package's, and those of the
     * server lists the owners of the other tables give.
     */
    private final String known;

    public MemberHomes(Database db) {
        this(db, List.of());
    }

    /**
     * @param alsoKnownIn the servers the bot would send for that other packages keep (settings, partners, digest
     *                    schedules, open group sessions, the outbox's waiting messages), each as its owner's
     *                    {@code SELECT guild_id FROM ...}, or a large table's {@link #serversByIndex}: one statement
     *                    reads them all, with this package's
     */
    public MemberHomes(Database db, List<String> alsoKnownIn) {
        this.db = db;
        this.readHomes = db.engine().sharedByProcesses() ? null : new ConcurrentHashMap<>();
        List<String> definitions = new ArrayList<>();
        List<String> selects = new ArrayList<>(KNOWN_HERE);
        for (String list : alsoKnownIn) {
            Matcher byIndex = BY_INDEX.matcher(list);
            if (byIndex.matches() && list.equals(serversByIndex(byIndex.group(1)))) {
                definitions.add(byIndexDefinition(byIndex.group(1)));
                selects.add(byIndexSelect(byIndex.group(1)));
            } else if (SERVER_LIST.matcher(list).matches()) {
                selects.add(list);
            } else {
                throw new IllegalArgumentException("not a list of servers: " + list);
            }
        }
        // a recursive list's definition opens the statement: H2 takes no WITH inside a UNION
        this.known = (definitions.isEmpty() ? "" : "WITH RECURSIVE " + String.join(", ", definitions) + " ")
                + Database.overUnion(String.join(" UNION ", selects));
    }

    /** A member's server as stored (0: none), and whether it has removed the bot. */
    private record Home(long guildId, boolean botRemoved) {
        static final Home NONE = new Home(0, false);
    }

    private Home stored(long userId) {
        return db.read(c -> Database.one(c, FIND_IN_DM, rs -> new Home(rs.getLong(1), rs.getObject(2) != null),
                userId).orElse(Home.NONE));
    }

    @Override
    public long homeOf(long userId) {
        Home home = stored(userId);
        return home.botRemoved() ? 0 : home.guildId();
    }

    @Override
    public boolean homeRemovedBot(long userId) {
        return stored(userId).botRemoved();
    }

    @Override
    public void botRemoved(long guildId) {
        db.write(c -> Database.update(c, REMOVED, guildId, guildId));
    }

    @Override
    public void botAdded(long guildId) {
        db.write(c -> Database.update(c, ADDED, guildId));
    }

    @Override
    public boolean botRemovedFrom(long guildId) {
        return db.read(c -> Database.one(c, IS_REMOVED, rs -> true, guildId).orElse(false));
    }

    /**
     * Three statements, however many servers and tables: every server the bot has data of is read at once, then the
     * known servers of this shard that are not present are marked, and the marks of those present are cleared. A
     * server unavailable for a while is present (Discord still lists it).
     */
    @Override
    public void botIn(Set<Long> present, LongPredicate ours) {
        Set<Long> known = new HashSet<>(db.read(c -> Database.list(c, this.known, rs -> rs.getLong(1))));
        List<Long> removed = known.stream().filter(g -> g > 0 && ours.test(g) && !present.contains(g)).sorted()
                .toList();
        List<Long> here = known.stream().filter(g -> ours.test(g) && present.contains(g)).sorted().toList();
        db.write(c -> {
            if (!here.isEmpty()) {
                Database.update(c, ALL_ADDED, (Object) here.toArray(Long[]::new));
            }
            return removed.isEmpty() ? 0 : Database.update(c, ALL_REMOVED, (Object) removed.toArray(Long[]::new));
        });
    }

    @Override
    public void remember(long userId, long guildId) {
        // called on every server command: one plain read (the join to the servers that removed the bot costs
        // PostgreSQL's planner on each run), which on PostgreSQL goes with the command's first query in one round
        // trip (Database#readFirst), and a write (a disk sync) only when the home actually changes; a command in a
        // server says it has the bot, so the new home is never one said to have removed it (a server that added the
        // bot back while it was down is also cleared when the bot is ready there)
        if (readHomes != null && readHomes.getOrDefault(userId, 0L) == guildId) {
            return;
        }
        db.readFirst(FIND, rs -> rs.getLong(1), new Object[] {userId}, homes -> {
            long home = homes.isEmpty() ? 0 : homes.get(0);
            if (home == guildId) {
                if (readHomes != null) {
                    readHomes.put(userId, home);
                }
                return false;
            }
            forgetRead(userId);
            db.write(c -> {
                Database.update(c, UPSERT, userId, guildId);
                return Database.update(c, ADDED, guildId);
            });
            return true;
        });
    }

    @Override
    public String section() {
        return "home_server";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> Database.rows(c, MINE, userId, guildId));
    }

    @Override
    public void forget(long guildId, long userId) {
        forgetRead(userId);
        db.write(c -> Database.update(c, FORGET, userId, guildId));
    }

    private void forgetRead(long userId) {
        if (readHomes != null) {
            readHomes.remove(userId);
        }
    }
}
