package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Upgrading a deployed database")
class MigrationUpgradeTest {

    /** Every table of release V22 and one value of its fixture row. */
    private static final Map<String, String> V22_ROWS = Map.ofEntries(
            Map.entry("member_home", "SELECT guild_id FROM member_home WHERE user_id = 501"),
            Map.entry("walks", "SELECT question_key FROM walks WHERE id = 1"),
            Map.entry("walk_answers", "SELECT answer FROM walk_answers WHERE walk_id = 1"),
            Map.entry("partners", "SELECT name FROM partners WHERE id = 1 AND guild_id = 9001"),
            Map.entry("partner_touchpoints", "SELECT note FROM partner_touchpoints WHERE partner_id = 1"),
            Map.entry("partner_stage_changes", "SELECT to_stage FROM partner_stage_changes WHERE partner_id = 1"),
            Map.entry("partner_contacts", "SELECT user_id FROM partner_contacts WHERE partner_id = 1"),
            Map.entry("partner_intros", "SELECT status FROM partner_intros WHERE partner_id = 1"),
            Map.entry("server_settings", "SELECT time_zone FROM server_settings WHERE guild_id = 9001"),
            Map.entry("member_settings", "SELECT time_zone FROM member_settings WHERE user_id = 501"),
            Map.entry("scheduled_sends", "SELECT payload FROM scheduled_sends WHERE id = 1"),
            // V36 moved the reminder states to a table of their own, rows and all
            Map.entry("cultivate_partners", "SELECT reminders FROM cultivate_states WHERE partner_id = 1"));

    @TempDir
    Path dir;

    @Test
    @DisplayName("a V22 database with a row in every table opens at the latest version with every row in place")
    void fromV22() throws Exception {
        // GIVEN a database file as release V22 left it (released checksums in its history)
        String url = v22Database(dir);
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "")) {
            assertThat(MigrationScripts.tables(c)).containsExactlyInAnyOrderElementsOf(V22_ROWS.keySet());
        }
        // WHEN today's bot opens it
        try (Database db = Database.open(url)) {
            // THEN every row is found
            for (Map.Entry<String, String> table : V22_ROWS.entrySet()) {
                List<String> values = db.read(c -> Database.list(c, table.getValue(), rs -> rs.getString(1)));
                assertThat(values).as(table.getKey()).hasSize(1).doesNotContainNull();
            }
            java.util.Optional<String> name = db.read(c -> Database.one(c,
                    "SELECT name FROM partners WHERE guild_id = ?", rs -> rs.getString(1), 9001L));
            assertThat(name).contains("Food Bank");
            // AND the history now matches the migrations on the class path
            assertThat(Migrations.configure(Engine.H2).dataSource(Database.withH2Settings(url), "sa", "")
                    .locations(Migrations.LOCATION).load().validateWithResult().validationSuccessful).isTrue();
        }
        // AND it opens again without any repair
        try (Database db = Database.open(url)) {
            List<Long> users = db.read(c -> Database.list(c, "SELECT user_id FROM member_home",
                    rs -> rs.getLong(1)));
            assertThat(users).containsExactly(501L);
        }
    }

    @Test
    @DisplayName("a V39 database's partners are counted by sector and stage when it opens at V40")
    void stageCountsMadeAtUpgrade() throws Exception {
        String url = databaseAt("39");
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO partners (guild_id, name, name_key, sector,"
                     + " stage, created_by, created_at, activity_at) VALUES (?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP,"
                     + " CURRENT_TIMESTAMP)")) {
            Object[][] rows = {{70L, "Food Bank", "food", "RESEARCHING"}, {70L, "Garden", "food", "RESEARCHING"},
                {70L, "Grace Church", "faith", "PARTNERED"}, {70L, "Old Mill", "business", "MOVED_ON"},
                {71L, "Food Bank", "food", "RESEARCHING"}};
            for (Object[] row : rows) {
                ps.setLong(1, (Long) row[0]);
                ps.setString(2, (String) row[1]);
                ps.setString(3, ((String) row[1]).toLowerCase(java.util.Locale.ROOT));
                ps.setString(4, (String) row[2]);
                ps.setString(5, (String) row[3]);
                ps.executeUpdate();
            }
        }

        try (Database db = Database.open(url)) {
            List<String> counts = db.read(c -> Database.list(c, "SELECT guild_id, sector, stage, partners"
                    + " FROM partner_stage_counts ORDER BY guild_id, sector, stage", rs -> rs.getLong(1) + " "
                    + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4)));
            assertThat(counts).containsExactly("70 business MOVED_ON 1", "70 faith PARTNERED 1",
                    "70 food RESEARCHING 2", "71 food RESEARCHING 1");
        }
    }

    @Test
    @DisplayName("a V45 database's failed sends open at V46 with the kind of trouble their words named, and "
            + "/coach status says what to do about each")
    void failedSendsKeepTheirTroubleAtUpgrade() throws Exception {
        // GIVEN failed reminders stored by V45: two in the bot's own words, one with an error's raw text
        String url = databaseAt("45");
        String[] reasons = {"their DMs are closed and the server has no reminder channel (set one with /coach setup)",
            "the bot lacks Send Messages in <#555>, and their DMs are closed",
            "net.dv8tion.jda.api.exceptions.ErrorResponseException: 50013: Missing Permissions"};
        java.time.Instant at = org.partnercoach.support.TestBot.START.minus(java.time.Duration.ofDays(1));
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO scheduled_sends (guild_id, kind, recipient_id,"
                     + " payload, requested_at, due_at, status, attempts, claimed_at, last_error, created_at)"
                     + " VALUES (?, 'personal', ?, 'Call Eastside', ?, ?, 'FAILED', 4, ?, ?, ?)")) {
            for (int i = 0; i < reasons.length; i++) {
                java.sql.Timestamp when = java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(
                        at.plusSeconds(i), java.time.ZoneOffset.UTC));
                ps.setLong(1, org.partnercoach.support.TestBot.GUILD);
                ps.setLong(2, 701 + i);
                ps.setTimestamp(3, when);
                ps.setTimestamp(4, when);
                ps.setTimestamp(5, when);
                ps.setString(6, reasons[i]);
                ps.setTimestamp(7, when);
                ps.executeUpdate();
            }
        }

        // WHEN the bot opens it
        try (org.partnercoach.support.TestBot bot = org.partnercoach.support.TestBot.onUrl(url)) {
            // THEN the two in the bot's words have their kind, the raw one none; every row is kept as it was
            List<String> stored = bot.storedRows().read(c -> Database.list(c, "SELECT recipient_id, trouble,"
                    + " last_error FROM scheduled_sends ORDER BY recipient_id", rs -> rs.getLong(1) + " "
                    + rs.getString(2) + " " + rs.getString(3)));
            assertThat(stored).containsExactly("701 DMS_CLOSED " + reasons[0], "702 MISSING_PERMISSIONS " + reasons[1],
                    "703 null " + reasons[2]);
            // AND /coach status says what to do about each, and no error's raw text
            String status = bot.coordinator("cora").runs("coach status").text();
            assertThat(status).contains("Messages that failed: 3\n",
                    "a reminder to <@701>: " + reasons[0] + ". Ask them to allow DMs from server members, or set a "
                            + "reminder channel with `/coach setup`.",
                    "a reminder to <@702>: " + reasons[1] + ". Give the bot's role View Channel, Send Messages and "
                            + "Embed Links in that channel (Edit Channel → Permissions), or pick another channel with "
                            + "`/coach setup channel:`.",
                    "a reminder to <@703>: it could not be sent. If it happens again, ask whoever runs the bot to "
                            + "check its log.")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("a V57 database's restored partner opens at V58 with its check-in counted from the restore, and a "
            + "partner never restored is due as before")
    void restoreTimeKeptAtUpgrade() throws Exception {
        // GIVEN two partners of V57, both last contacted 90 days ago; one archived and restored 3 days ago
        String url = databaseAt("57");
        java.time.Instant start = org.partnercoach.support.TestBot.START;
        java.time.Instant restored = start.minus(java.time.Duration.ofDays(3));
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             PreparedStatement partner = c.prepareStatement("INSERT INTO partners (id, guild_id, name, name_key,"
                     + " sector, stage, created_by, created_at, activity_at, last_touch_at, last_touch_note)"
                     + " VALUES (?, ?, ?, ?, 'food', 'RESEARCHING', 1, ?, ?, ?, 'Coffee')");
             PreparedStatement change = c.prepareStatement("INSERT INTO partner_stage_changes (guild_id, partner_id,"
                     + " user_id, from_stage, to_stage, changed_at) VALUES (?, 1, 1, ?, ?, ?)")) {
            String[] names = {"Eastside Food Bank", "Grace Church"};
            for (int i = 0; i < names.length; i++) {
                partner.setLong(1, i + 1);
                partner.setLong(2, org.partnercoach.support.TestBot.GUILD);
                partner.setString(3, names[i]);
                partner.setString(4, names[i].toLowerCase(java.util.Locale.ROOT));
                partner.setTimestamp(5, timestamp(start.minus(java.time.Duration.ofDays(100))));
                partner.setTimestamp(6, timestamp(restored));
                partner.setTimestamp(7, timestamp(start.minus(java.time.Duration.ofDays(90))));
                partner.executeUpdate();
            }
            // archived twice and restored twice: the later restore counts
            String[][] moves = {{"RESEARCHING", "MOVED_ON", "80"}, {"MOVED_ON", "RESEARCHING", "60"},
                {"RESEARCHING", "MOVED_ON", "50"}, {"MOVED_ON", "RESEARCHING", "3"}};
            for (String[] move : moves) {
                change.setLong(1, org.partnercoach.support.TestBot.GUILD);
                change.setString(2, move[0]);
                change.setString(3, move[1]);
                change.setTimestamp(4, timestamp(start.minus(java.time.Duration.ofDays(Long.parseLong(move[2])))));
                change.executeUpdate();
            }
        }

        // WHEN the bot opens it
        try (org.partnercoach.support.TestBot bot = org.partnercoach.support.TestBot.onUrl(url)) {
            // THEN the restore is kept on the partner, the other has none
            List<String> stored = bot.storedRows().read(c -> Database.list(c, "SELECT name, restored_at"
                    + " FROM partners ORDER BY id", rs -> rs.getString(1) + " " + Database.instant(rs, "restored_at")));
            assertThat(stored).containsExactly("Eastside Food Bank " + restored, "Grace Church null");
            // AND the restored partner's next check-in counts from its restore, the other's is due now
            org.partnercoach.support.Member ana = bot.member("ana");
            assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                    .contains("the next check-in is due").doesNotContain("a check-in is due now");
            assertThat(ana.runs("partner show", "partner", "Grace Church").plainText())
                    .contains("a check-in is due now");
        }
    }

    @Test
    @DisplayName("a V58 database's partners get their names' letters at the first start at V59: a partner added "
            + "then, spelled like one of them, is told so")
    void nameLettersFilledAtUpgrade() throws Exception {
        // GIVEN a partner of V58, its key made under rule 4
        String url = databaseAt("58");
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO partners (guild_id, name, name_key, sector, stage, created_by, created_at,"
                    + " activity_at) VALUES (" + org.partnercoach.support.TestBot.GUILD + ", 'St. Mary''s Clinic',"
                    + " 'st. mary''s clinic', 'health-care', 'RESEARCHING', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO partner_key_rule (rule) VALUES (4)");
        }

        // WHEN the bot opens it, and a member adds the same clinic spelled another way
        try (org.partnercoach.support.TestBot bot = org.partnercoach.support.TestBot.onUrl(url)) {
            String reply = bot.member("ana").runs("partner add", "name", "St Marys Clinic", "sector", "health-care")
                    .plainText();

            // THEN the reply names the one already on the list
            assertThat(reply).contains("Heads-up: “St. Mary's Clinic” (Health care, researching) is already on the "
                    + "list");
            List<String> letters = bot.storedRows().read(c -> Database.list(c, "SELECT name_letters FROM partners"
                    + " ORDER BY id", rs -> rs.getString(1)));
            assertThat(letters).containsExactly("stmarysclinic", "stmarysclinic");
        }
    }

    /** A new database file of this test's folder, migrated up to {@code version}, as that release left it. */
    private String databaseAt(String version) {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath();
        Migrations.configure(Engine.H2).dataSource(Database.withH2Settings(url), "sa", "").locations(Migrations.LOCATION)
                .target(version).load().migrate();
        return url;
    }

    private static java.sql.Timestamp timestamp(java.time.Instant at) {
        return java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault()));
    }

    /** A database file at {@code file} as a release of V20 left it; its URL. */
    private static String deployedAtV20(Path file) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Migrations.configure(Engine.H2).dataSource(Database.withH2Settings(url), "sa", "").locations(Migrations.LOCATION)
                .target("20").load().migrate();
        return url;
    }

    @Test
    @DisplayName("before an upgrade the database file is copied to backups/, and the copy restores the old data")
    void backupBeforeUpgrade() throws Exception {
        Path file = dir.resolve("data").resolve("partner-coach");
        String url = deployedAtV20(file);
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO member_home (user_id, guild_id) VALUES (7, 70)");
        }

        try (Database db = Database.open(url)) {
            List<Long> guilds = db.read(c -> Database.list(c, "SELECT guild_id FROM member_home",
                    rs -> rs.getLong(1)));
            assertThat(guilds).containsExactly(70L);
        }

        List<Path> backups = list(file.resolveSibling("backups"));
        assertThat(backups).singleElement().satisfies(zip ->
                assertThat(zip.getFileName().toString()).matches("partner-coach-before-V21-\\d{8}-\\d{6}\\.zip"));
        try (ZipFile zip = new ZipFile(backups.get(0).toFile())) {
            assertThat(zip.getEntry("partner-coach.mv.db")).isNotNull();
        }
    }

    @Test
    @DisplayName("the copy before an upgrade is stamped in UTC, as the daily copies are, whatever the machine's zone")
    void backupStampedInUtc() throws Exception {
        Path file = dir.resolve("data").resolve("partner-coach");
        String url = deployedAtV20(file);
        java.util.TimeZone machine = java.util.TimeZone.getDefault();
        java.time.Instant before;
        java.time.Instant after;
        // fourteen hours ahead of UTC: a stamp in the machine's time would name the next day
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
        try {
            before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Database.open(url).close();
            after = java.time.Instant.now();
        } finally {
            java.util.TimeZone.setDefault(machine);
        }

        String name = list(file.resolveSibling("backups")).get(0).getFileName().toString();
        String stamp = name.substring("partner-coach-before-V21-".length(), name.length() - ".zip".length());
        java.time.Instant stamped = java.time.LocalDateTime.parse(stamp,
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(java.time.ZoneOffset.UTC);
        assertThat(stamped).isBetween(before, after);
    }

    @Test
    @DisplayName("a new database file and an up-to-date one are not copied, and leave no trace file")
    void noBackupWithoutUpgrade() throws Exception {
        Path file = dir.resolve("partner-coach");
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        Database.open(url).close();
        Database.open(url).close();
        assertThat(dir.resolve("backups")).doesNotExist();
        // nor does H2 keep a trace of a failed statement beside them (start-up asks before it reads)
        assertThat(dir.resolve("partner-coach.trace.db")).doesNotExist();
    }

    @Test
    @DisplayName("a database made while V25 still wrote CLOB (another checksum) opens, its rows kept, its history realigned")
    void v25RewrittenForPostgresql() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath();
        String checksum = "SELECT checksum FROM flyway_schema_history WHERE version = '25'";
        Integer current;
        try (Database db = Database.open(url)) {
            current = db.read(c -> Database.one(c, checksum, rs -> rs.getInt(1))).orElseThrow();
            db.write(c -> Database.update(c, "INSERT INTO partners (guild_id, name, name_key, sector, stage, owner_id, "
                    + "created_by, created_at, activity_at) VALUES (7, 'Eastside', 'eastside', 'food', 'RESEARCHING', "
                    + "1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            // the checksum the released file had before its long text became the ${text} placeholder
            db.write(c -> Database.update(c, "UPDATE flyway_schema_history SET checksum = ? WHERE version = '25'",
                    current + 1));
        }
        try (Database db = Database.open(url)) {
            java.util.Optional<Integer> realigned = db.read(c -> Database.one(c, checksum, rs -> rs.getInt(1)));
            assertThat(realigned).contains(current);
            assertThat(db.<List<String>>read(c -> Database.list(c, "SELECT name FROM partners", rs -> rs.getString(1))))
                    .containsExactly("Eastside");
        }
    }

    @Test
    @DisplayName("a history this version cannot explain (a migration it does not have) is refused in one line")
    void unknownHistoryRefused() throws SQLException {
        String url = "jdbc:h2:mem:unknown-history;DB_CLOSE_DELAY=-1";
        try (Database db = Database.open(url)) {
            db.write(c -> Database.update(c, "INSERT INTO flyway_schema_history (installed_rank, version, "
                    + "description, type, script, checksum, installed_by, execution_time, success) VALUES "
                    + "(99, '15', 'lost', 'SQL', 'V15__lost.sql', 1, 'sa', 0, TRUE)"));
        }
        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("the database's migration history does not match this version of Partner Coach")
                .hasMessageContaining("15")
                .hasMessageNotContaining("\n");
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    @DisplayName("a script that fails is refused in one line that names the script and what the database said")
    void failedScriptNamesTheDatabasesWords() throws SQLException {
        String url = "jdbc:h2:mem:failed-script;DB_CLOSE_DELAY=-1";
        MigrationScripts.migrateTo(url, "51");
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE group_sessions CASCADE");
        }
        try {
            assertThatThrownBy(() -> Database.open(url))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("the database could not be brought up to date (")
                    .hasMessageContaining("V52__session_hand_over_message_in_its_own_column.sql")
                    .hasMessageContaining("Table \"group_sessions\" not found")
                    .hasMessageNotContaining("\n");
        } finally {
            try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Test
    @DisplayName("migration numbers: the released V1, V10, V20, V21, V22, then consecutive from V23, no gap filled")
    void linearNumbers() {
        List<Integer> versions = MigrationScripts.versions();
        assertThat(versions).startsWith(1, 10, 20, 21, 22);
        List<Integer> later = versions.subList(5, versions.size());
        for (int i = 0; i < later.size(); i++) {
            assertThat(later.get(i)).as("migration after V22 number %d", i + 1).isEqualTo(23 + i);
        }
    }

    @Test
    @DisplayName("the latest version the code knows is the highest script's")
    void latestIsTheHighestScript() {
        assertThat(Migrations.LATEST).isEqualTo(MigrationScripts.versions().stream().mapToInt(v -> v).max()
                .orElseThrow());
    }

    @Test
    @DisplayName("a start with nothing changed since Flyway passed leaves it out; an older, failed or newer history brings it back")
    void flywayOnlyWhenThereIsWork() throws Exception {
        String url = Database.withH2Settings("jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath());
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        try (Connection keepOpen = source.getConnection()) {
            assertThat(Migrations.migrate(source, null, Engine.H2)).as("a new database").isTrue();
            assertThat(Migrations.migrate(source, null, Engine.H2)).as("at the latest").isFalse();

            // an older database: the latest migration not applied yet
            history(keepOpen, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.LATEST
                    + "'");
            assertThat(Migrations.migrate(source, null, Engine.H2)).as("one behind").isTrue();
            assertThat(MigrationCheck.unchanged(source, Engine.H2)).isTrue();

            // a crash during the latest migration
            history(keepOpen, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Migrations.LATEST + "'");
            assertThat(Migrations.migrate(source, null, Engine.H2)).as("failed").isTrue();
            assertThat(MigrationCheck.unchanged(source, Engine.H2)).as("repaired and run again").isTrue();

            // a database a newer release migrated: Flyway tolerates it, and nothing is changed
            history(keepOpen, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                    + " \"execution_time\", \"success\") VALUES (1000, '" + (Migrations.LATEST + 1) + "', 'newer',"
                    + " 'SQL', 'V" + (Migrations.LATEST + 1) + "__newer.sql', 1, 'sa', 1, TRUE)");
            assertThat(Migrations.migrate(source, null, Engine.H2)).as("newer").isTrue();
            assertThat(MigrationCheck.unchanged(source, Engine.H2)).isFalse();
        }
    }

    private static void history(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** An H2 file in {@code dir} as release V22 left it, a row in every table; its URL. */
    static String v22Database(Path dir) throws SQLException, URISyntaxException {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             PreparedStatement load = c.prepareStatement("RUNSCRIPT FROM ?")) {
            load.setString(1, fixture().toString());
            load.execute();
        }
        return url;
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(MigrationUpgradeTest.class.getResource("/fixtures/v22-database.sql").toURI());
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
