package org.partnercoach.support;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of the bot (but Flyway's history), as text: two snapshots taken before and after a
 * refused action must be equal, since a refusal changes nothing.
 */
public record Snapshot(Map<String, List<String>> tables) {

    public static Snapshot of(TestBot bot) {
        return of(bot, 0);
    }

    /** The rows of one server (tables without a server column: all their rows); every server's when 0. */
    public static Snapshot ofServer(TestBot bot, long guildId) {
        return of(bot, guildId);
    }

    private static Snapshot of(TestBot bot, long guildId) {
        return bot.storedRows().read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                         + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type IN ('BASE TABLE', 'TABLE')")) {
                while (rs.next()) {
                    if (!rs.getString(1).startsWith("flyway")) {
                        names.add(rs.getString(1));
                    }
                }
            }
            Map<String, List<String>> out = new TreeMap<>();
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int guildColumn = 0;
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (meta.getColumnName(i).equalsIgnoreCase("guild_id")) {
                            guildColumn = i;
                        }
                    }
                    while (rs.next()) {
                        if (guildId != 0 && guildColumn != 0 && rs.getLong(guildColumn) != guildId) {
                            continue;
                        }
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
            return new Snapshot(out);
        });
    }

    /** How many rows each table holds: a cheaper check, for suites that take thousands of snapshots. */
    public static Map<String, Long> counts(TestBot bot) {
        return bot.storedRows().read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                         + "WHERE UPPER(table_schema) = 'PUBLIC' AND table_type IN ('BASE TABLE', 'TABLE')")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            StringBuilder sql = new StringBuilder();
            for (String table : names) {
                sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(table)
                        .append("', COUNT(*) FROM \"").append(table).append('"');
            }
            Map<String, Long> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    /** The tables whose rows differ from {@code before}'s, for a readable failure. */
    public List<String> changedSince(Snapshot before) {
        List<String> changed = new ArrayList<>();
        tables.forEach((table, rows) -> {
            if (!rows.equals(before.tables.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }
}
