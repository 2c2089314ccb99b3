package org.partnercoach.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.PersonalData;

/**
 * The {@link PersonalData} of a package whose rows about a member are found by plain queries: each export query and
 * each forget statement takes the server and the member as its two parameters. The owning package passes its own SQL
 * (it stays the only one naming its tables). One table: its rows are the export. Several: the export is a named part
 * for each query, and forget runs the statements in the order given. A package whose export or forget does more
 * (names for ids, posts to edit) extends it and overrides just that.
 */
public class MemberRows implements PersonalData {

    private final Database db;
    private final String section;
    /** Each part's name and query; one part named {@code null} exports its rows without a name. */
    private final List<Map.Entry<String, String>> exports;
    private final List<String> forgets;

    public MemberRows(Database db, String section, String exportSql, String forgetSql) {
        this(db, section, List.of(new java.util.AbstractMap.SimpleEntry<>(null, exportSql)), List.of(forgetSql));
    }

    private MemberRows(Database db, String section, List<Map.Entry<String, String>> exports, List<String> forgets) {
        this.db = db;
        this.section = section;
        this.exports = exports;
        this.forgets = forgets;
    }

    /** A package with rows in several tables: {@code parts} name the export's parts, {@code forget} runs in order. */
    protected MemberRows(Database db, String section, List<Map.Entry<String, String>> parts, String... forget) {
        this(db, section, List.copyOf(parts), List.of(forget));
    }

    /** {@link #MemberRows(Database, String, List, String...)}, for a package that needs nothing more. */
    public static MemberRows parts(Database db, String section, List<Map.Entry<String, String>> parts,
                                   String... forget) {
        return new MemberRows(db, section, parts, forget);
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            if (exports.size() == 1 && exports.get(0).getKey() == null) {
                return Database.rows(c, exports.get(0).getValue(), guildId, userId);
            }
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> part : exports) {
                out.put(part.getKey(), Database.rows(c, part.getValue(), guildId, userId));
            }
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> {
            forget(c, guildId, userId);
            return null;
        });
    }

    /**
     * Runs the forget statements on {@code c}: for a package whose forget does more on the same connection, so that
     * all of it commits together.
     */
    public void forget(java.sql.Connection c, long guildId, long userId) throws java.sql.SQLException {
        for (String statement : forgets) {
            Database.update(c, statement, guildId, userId);
        }
    }
}
