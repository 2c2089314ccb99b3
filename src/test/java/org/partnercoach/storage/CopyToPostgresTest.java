package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.AppRunner;
import org.partnercoach.support.FileAttributes;
import org.partnercoach.support.Member;
import org.partnercoach.support.Postgres;
import org.partnercoach.support.TestBot;

@Tag("postgres")
@DisplayName("copy-to-postgres: an H2 database copied into an empty PostgreSQL one")
class CopyToPostgresTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("every table copied with its counts checked; the bot then works on PostgreSQL where it left off")
    void copiesEverything() throws Exception {
        // GIVEN a V22 database with a row in every table of that release, used since by today's bot
        String h2 = MigrationUpgradeTest.v22Database(dir);
        try (TestBot bot = TestBot.onUrl(h2)) {
            Member ana = bot.member("ana");
            ana.runs("coach start");
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with Maria");
            ana.runs("remind", "when", "in 1h", "what", "Call Lincoln High");
            ana.runs("settings timezone", "zone", "America/Chicago");
            ana.runs("session start", "plan", "ask-yourself", "title", "Board retreat");
            bot.advance(Duration.ofHours(2));
        }
        Map<String, Long> before = counts(h2);
        String pg = Postgres.emptyDatabase();

        // WHEN it is copied with the command
        AppRunner.Result copied = AppRunner.run(List.of("copy-to-postgres", "--from", h2, "--to", pg), Map.of());

        System.out.print(copied.out());
        // THEN every table of the migrations is in the report with the same count on both sides
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("Every table has the same rows on both sides").doesNotContain("DIFFERENT");
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.removeAll(CopyToPostgres.NOT_COPIED);
        for (String table : tables) {
            assertThat(copied.out()).as(table).containsPattern("(?m)^  " + table + " +[0-9,]+ +[0-9,]+  ok$");
        }
        Map<String, Long> after = counts(pg);
        for (String table : tables) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(tables.stream().filter(t -> before.get(t) > 0).count()).as("tables with rows").isGreaterThan(15);
        // AND a time reads the same on both sides
        assertThat(firstCreated(pg)).isEqualTo(firstCreated(h2));
        // AND PostgreSQL knows how many rows each table holds from the start (analyzed with the copy): a plan it keeps
        // for a statement the bot runs often is made for the copied tables, not for empty ones
        for (String table : List.of("partners", "walks", "partner_touchpoints")) {
            assertThat(rowsAnalyzed(pg, table)).as(table).isEqualTo(before.get(table)).isPositive();
        }

        // AND the bot on PostgreSQL sees the old data and adds new rows after the copied ids
        try (TestBot bot = TestBot.onUrl(pg)) {
            Member ana = bot.member("ana");
            assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                    .contains("Coffee with Maria");
            assertThat(ana.runs("partner add", "name", "Lincoln High", "sector", "education").plainText())
                    .startsWith("Added");
        }

        // AND a second copy into the same database is refused, changing nothing
        AppRunner.Result again = AppRunner.run(List.of("copy-to-postgres", "--from", h2, "--to", pg), Map.of());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("Partner Coach cannot start: the target database is not empty (")
                .endsWith("; copy into a new, empty PostgreSQL database" + System.lineSeparator());
    }

    @Test
    @DisplayName("wrong use: one line saying how to call it")
    void usage() throws Exception {
        AppRunner.Result result = AppRunner.run(List.of("copy-to-postgres", "--from", "jdbc:h2:mem:x"), Map.of());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: use: copy-to-postgres --from "
                + "jdbc:h2:file:<folder>/<name> --to jdbc:postgresql://<host>:<port>/<database> (the bot stopped; "
                + "see docs/scaling.md)" + System.lineSeparator());
    }

    @Test
    @DisplayName("an H2 file that is not there (a typo in the folder or name) is refused in one line, and nothing is "
            + "made or copied")
    void missingSource() throws Exception {
        Path db = dir.resolve("data").resolve("partner-coach");
        String target = Postgres.emptyDatabase();

        AppRunner.Result result = AppRunner.run(List.of("copy-to-postgres", "--from", "jdbc:h2:file:"
                + db.toAbsolutePath(), "--to", target), Map.of());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: --from: there is no database file "
                + dir.resolve("data").resolve("partner-coach.mv.db").toAbsolutePath() + "; check the folder and the "
                + "name in the URL (the name comes without .mv.db)" + System.lineSeparator());
        assertThat(result.out()).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(target);
             java.sql.ResultSet tables = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("tables made in the target").isZero();
        }
    }

    @Test
    @DisplayName("a database file kept read-only (a backup) is copied as well: the copy only reads it")
    void readOnlySource() throws Exception {
        Path db = dir.resolve("backup");
        String h2 = "jdbc:h2:file:" + db.toAbsolutePath();
        try (TestBot bot = TestBot.onUrl(h2)) {
            bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        }
        Path file = Database.storeFile(db);
        org.junit.jupiter.api.Assumptions.assumeTrue(FileAttributes.chattr("+i", file)
                && !java.nio.file.Files.isWritable(file),
                "this file system or user cannot make a file immutable");
        AppRunner.Result copied;
        try {
            copied = AppRunner.run(List.of("copy-to-postgres", "--from", h2, "--to", Postgres.emptyDatabase()),
                    Map.of());
        } finally {
            FileAttributes.chattr("-i", file);
        }
        assertThat(copied.exitCode()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("Every table has the same rows on both sides");
    }

    private static Map<String, Long> counts(String url) {
        try (Database db = Database.open(url)) {
            return db.read(c -> {
                Map<String, Long> counts = new java.util.HashMap<>();
                for (String table : CopyToPostgres.inDependencyOrder(c)) {
                    counts.put(table, Database.one(c, "SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1))
                            .orElseThrow());
                }
                return counts;
            });
        }
    }

    /** The rows PostgreSQL's statistics say {@code table} holds: -1 until it is first analyzed. */
    private static long rowsAnalyzed(String url, String table) {
        try (Database db = Database.open(url)) {
            return db.read(c -> Database.one(c, "SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE relname = ?",
                    rs -> rs.getLong(1), table).orElseThrow());
        }
    }

    private static Instant firstCreated(String url) {
        try (Database db = Database.open(url)) {
            return db.read(c -> Database.one(c, "SELECT created_at FROM partners ORDER BY id FETCH FIRST 1 ROWS ONLY",
                    rs -> Database.instant(rs, "created_at")).orElseThrow());
        }
    }
}
