package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes or undoes an H2 table change that a kill interrupted, before the migrations run again.
 *
 * <p>H2 adds a column by copying the table: it makes {@code <table>_COPY_<session>_<n>} with the new column, the
 * table's rows, and copies of its indexes and constraints (the foreign keys of other tables that point at it too),
 * named {@code <copy>_<name>}; then it drops the table, renames the copy, and renames those objects back. It commits
 * each step as it goes. A bot killed in between leaves the copy beside the table (the change did not happen: the copy
 * is dropped, with the foreign keys that point at it) or in its place (the table was dropped: the copy, which holds
 * every row, takes its name), and objects that still carry the copy's name take their own back. Without this, the
 * migration fails on the next start ("table not found"), or other tables' rows must also match the stray copy's.
 */
final class InterruptedTableCopies {

    private static final Logger log = LoggerFactory.getLogger(InterruptedTableCopies.class);

    /** The name H2 gives a table's working copy: the table's name, then {@code _COPY_<session>_<n>}. */
    private static final Pattern COPY = Pattern.compile("(.+)_COPY_\\d+_\\d+");
    /** An index or constraint made on a working copy: the copy's name, then its own. */
    private static final Pattern COPY_OBJECT = Pattern.compile("(.+?_COPY_\\d+_\\d+)_(.+)");

    private static final String TABLES = "SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
    private static final String CONSTRAINTS = "SELECT table_name, constraint_name "
            + "FROM information_schema.table_constraints WHERE table_schema = 'public'";
    private static final String INDEXES = "SELECT DISTINCT index_name FROM information_schema.indexes "
            + "WHERE table_schema = 'public'";

    private InterruptedTableCopies() {
    }

    /** Repairs the H2 database behind {@code dataSource}; says what it did, nothing when there was nothing to do. */
    static List<String> repair(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> done = new ArrayList<>();
            finishCopies(c, done);
            Set<String> tables = tables(c);
            renameConstraints(c, tables, done);
            renameIndexes(c, tables, done);
            if (!done.isEmpty()) {
                log.warn("Finished a table change that a stop interrupted: {}", String.join("; ", done));
            }
            return done;
        }
    }

    /** A copy beside its table is dropped; a copy in its table's place takes the table's name. */
    private static void finishCopies(Connection c, List<String> done) throws SQLException {
        Set<String> tables = tables(c);
        for (String table : tables) {
            Matcher copy = COPY.matcher(table);
            if (!copy.matches()) {
                continue;
            }
            String original = copy.group(1);
            if (tables.contains(original)) {
                Database.update(c, "DROP TABLE " + quoted(table) + " CASCADE");
                done.add("dropped " + table + ", an unfinished copy of " + original);
            } else {
                Database.update(c, "ALTER TABLE " + quoted(table) + " RENAME TO " + quoted(original));
                done.add("renamed " + table + " to " + original + ", whose change it finishes");
            }
        }
    }

    /** A constraint, and the table it is on. */
    private record Constraint(String table, String name) {
    }

    private static void renameConstraints(Connection c, Set<String> tables, List<String> done) throws SQLException {
        List<Constraint> constraints = Database.list(c, CONSTRAINTS, rs -> new Constraint(rs.getString(1),
                rs.getString(2)));
        Set<String> taken = constraints.stream().map(Constraint::name).collect(Collectors.toSet());
        for (Constraint constraint : constraints) {
            String own = ownName(constraint.name(), tables, taken);
            if (own != null) {
                Database.update(c, "ALTER TABLE " + quoted(constraint.table()) + " RENAME CONSTRAINT "
                        + quoted(constraint.name()) + " TO " + quoted(own));
                done.add("renamed constraint " + constraint.name() + " to " + own);
            }
        }
    }

    private static void renameIndexes(Connection c, Set<String> tables, List<String> done) throws SQLException {
        Set<String> indexes = new HashSet<>(Database.list(c, INDEXES, rs -> rs.getString(1)));
        for (String index : indexes) {
            String own = ownName(index, tables, indexes);
            if (own != null) {
                Database.update(c, "ALTER INDEX " + quoted(index) + " RENAME TO " + quoted(own));
                done.add("renamed index " + index + " to " + own);
            }
        }
    }

    /** The name an object made on a working copy had before, when that copy is gone and the name is free. */
    private static String ownName(String name, Set<String> tables, Set<String> taken) {
        Matcher m = COPY_OBJECT.matcher(name);
        if (!m.matches() || tables.contains(m.group(1)) || taken.contains(m.group(2))) {
            return null;
        }
        return m.group(2);
    }

    private static Set<String> tables(Connection c) throws SQLException {
        return new HashSet<>(Database.list(c, TABLES, rs -> rs.getString(1)));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
