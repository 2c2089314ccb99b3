package org.partnercoach.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migration files on the class path, in order, split into their statements; and a schema to compare. Public for
 * the features' own migration tests: a database as an earlier version left it, and a script run again.
 */
public final class MigrationScripts {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    /** One migration file: its version and its statements (comments removed). */
    record Script(int version, String fileName, List<String> statements) {
        @Override
        public String toString() {
            return fileName;
        }
    }

    private MigrationScripts() {
    }

    static List<Script> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(MigrationScripts::read)
                    .sorted(Comparator.comparingInt(Script::version))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new or existing H2 database at {@code url}, migrated up to {@code version} as that release left it. */
    public static void migrateTo(String url, String version) {
        Migrations.configure(Engine.H2).dataSource(Database.withH2Settings(url), "sa", "").target(version).load()
                .migrate();
    }

    /** Runs the statements of migration {@code version} again on {@code c}, as after a kill half-way through it. */
    public static void runAgain(Connection c, int version) throws SQLException {
        Script script = all().stream().filter(s -> s.version() == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no migration V" + version));
        try (var s = c.createStatement()) {
            for (String statement : script.statements()) {
                s.execute(statement);
            }
        }
    }

    static List<Integer> versions() {
        return all().stream().map(Script::version).toList();
    }

    private static Path folder() {
        try {
            return Path.of(MigrationScripts.class.getResource("/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Script read(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("not a migration file name: " + file.getFileName());
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            for (java.util.Map.Entry<String, String> p : Engine.H2.placeholders().entrySet()) {
                text = text.replace("${" + p.getKey() + "}", p.getValue()); // as Flyway does on H2
            }
            List<String> statements = Arrays.stream(text.split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new Script(Integer.parseInt(m.group(1)), file.getFileName().toString(), statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table, column (with type and nullability), index and constraint of the bot's own schema. */
    static TreeSet<String> schema(Connection c) throws SQLException {
        TreeSet<String> schema = new TreeSet<>();
        collect(c, schema, "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
                + "FROM information_schema.columns WHERE table_schema = 'public'");
        collect(c, schema, "SELECT 'index ' || table_name || '.' || index_name FROM information_schema.indexes "
                + "WHERE table_schema = 'public' AND index_name NOT LIKE 'PRIMARY_KEY%' "
                + "AND index_name NOT LIKE 'CONSTRAINT%'");
        collect(c, schema, "SELECT 'constraint ' || table_name || ' ' || constraint_type || ' ' || "
                + "(CASE WHEN constraint_name LIKE 'CONSTRAINT%' THEN '' ELSE constraint_name END) "
                + "FROM information_schema.table_constraints WHERE table_schema = 'public'");
        return schema;
    }

    private static void collect(Connection c, TreeSet<String> into, String sql) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
