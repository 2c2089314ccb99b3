package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.FileAttributes;

@DisplayName("Starting the app")
class AppTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a bad configuration stops start-up with one line naming the file and key, and exit code 2")
    void badConfig() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(Path.of("config/partner-coach.yml"))
                .replace("ownerName: you", "ownerName: \"\""));
        AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "DISCORD_TOKEN", "very-secret-token"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: " + file + ": console.ownerName is missing"
                + System.lineSeparator());
        assertThat(result.err() + result.out()).doesNotContain("very-secret-token");
    }

    @Test
    @DisplayName("broken coaching content stops start-up naming the file and key, with exit code 2")
    void badCurriculum() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        Files.writeString(content.resolve("five-tips.yml"), Files.readString(
                Path.of("src/main/resources/curriculum/five-tips.yml")).replace("key: research\n", "key: \"\"\n"));
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(Path.of("config/partner-coach.yml"))
                .replace("overrideDirectory: config/curriculum", "overrideDirectory: " + content));
        AppRunner.Result result = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG",
                file.toString(), "PARTNER_COACH_DB_URL", "jdbc:h2:mem:bad"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("five-tips.yml: steps[0].key is missing");
    }

    @Test
    @DisplayName("texts each within its own limit but too long together for the card that shows them (an introduction "
            + "of 2,000 characters and a first tip's guidance of 2,500) stop start-up naming the file, the keys and "
            + "by how much, with exit code 2, where the walk opened with its first question cut off")
    void textsTooLongTogether() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        String tips = Files.readString(Path.of("src/main/resources/curriculum/five-tips.yml"));
        String intro = "We reach out together. ".repeat(87).substring(0, 2000);
        String guidance = "Read their website first. ".repeat(97).substring(0, 2500);
        tips = tips.substring(0, tips.indexOf("intro: >-")) + "intro: " + intro + "\n"
                + tips.substring(tips.indexOf("steps:"));
        int first = tips.indexOf("    guidance: |-");
        tips = tips.substring(0, first) + "    guidance: " + guidance + "\n"
                + tips.substring(tips.indexOf("    questions:", first));
        Files.writeString(content.resolve("five-tips.yml"), tips);
        Path file = config("overrideDirectory: config/curriculum", "overrideDirectory: " + content);

        AppRunner.Result result = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "PARTNER_COACH_DB_URL", "jdbc:h2:mem:too-long-together"), "/coach start\n");

        assertRefused(result, content.resolve("five-tips.yml") + ": intro, steps[0].guidance and "
                + "steps[0].questions[0].text are too long together for the card that opens the walk: it would have "
                + "4,766 characters, and Discord takes 4,096 in a card's text; shorten them by 670 characters");
        assertThat(result.out()).doesNotContain("Question 1 of 17");
    }

    @Test
    @DisplayName("a plan file for group sessions with a section written as a line of text (finish: Thanks all.) stops "
            + "start-up naming the file and the key in plain words, with exit code 2, where the bot started and showed "
            + "the facilitator the reader's own error when a session started with it")
    void planFileOfTheWrongShape() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        Files.writeString(content.resolve("board-retreat.yml"), """
                key: board-retreat
                title: Board retreat
                stepNoun: Question
                command: /session start plan:board-retreat
                intro: Welcome to the retreat.
                steps:
                  - key: why
                    title: Why we are here
                    guidance: Think about the year.
                    questions:
                      - key: br.why
                        text: Why are we here?
                finish: >-
                  Thanks all.
                """);
        Path file = config("overrideDirectory: config/curriculum", "overrideDirectory: " + content);

        AppRunner.Result result = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "PARTNER_COACH_DB_URL", "jdbc:h2:mem:plan-of-wrong-shape"), "/session start plan:board-retreat\n");

        assertRefused(result, content.resolve("board-retreat.yml") + ": finish: expected `message:` and `nextStep:` "
                + "under it, found a line of text");
    }

    @Test
    @DisplayName("without a token, piped input runs in the console and exits 0 at the end of input")
    void consoleWithoutToken() throws Exception {
        AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_DB_URL",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("you (you)> /coach start").contains("Tip 1 of 5");
    }

    @Test
    @DisplayName("a console run that stops as it should leaves no error in H2's trace file beside the database")
    void cleanStopLeavesNoTrace() throws Exception {
        for (int run = 0; run < 2; run++) {
            AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_DB_URL",
                    "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");
            assertThat(result.exitCode()).isZero();
        }
        Path trace = dir.resolve("db.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).doesNotContain("Exception").doesNotContain("already closed");
        }
    }

    @Test
    @DisplayName("a mistyped option (--scirpt walk.txt, --help) is named, with the ones there are, where the console "
            + "opened as if nothing had been given and ran what was piped in")
    void unknownOption() throws Exception {
        Path script = dir.resolve("walk.txt");
        Files.writeString(script, "/coach start\n");
        AppRunner.Result result = AppRunner.run(List.of("--scirpt", script.toString()), Map.of("PARTNER_COACH_DB_URL",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");
        assertRefused(result, "--scirpt is not an option of Partner Coach; start it with none (the console, when no "
                + "DISCORD_TOKEN is set), with --console, or with --script FILE");
        assertThat(result.out()).doesNotContain("Tip 1 of 5");
        assertRefused(AppRunner.run(List.of("--hlep"), Map.of()), "--hlep is not an option of Partner Coach; start it "
                + "with none (the console, when no DISCORD_TOKEN is set), with --console, or with --script FILE");
    }

    @Test
    @DisplayName("--help (or -h) says how to start the bot and exits 0 without opening anything, where it was refused "
            + "as a mistyped option with exit code 2")
    void helpSaysHowToStart() throws Exception {
        for (String asked : List.of("--help", "-h")) {
            AppRunner.Result result = AppRunner.run(List.of(asked), Map.of("PARTNER_COACH_DB_URL",
                    "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");

            assertThat(result.exitCode()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).contains("java -jar target/partner-coach.jar", "DISCORD_TOKEN", "--console",
                    "--script FILE", "copy-to-postgres", "README.md").doesNotContain("Tip 1 of 5", "cannot start");
            // nothing was opened: no database was made
            assertThat(dir.resolve("db.mv.db")).doesNotExist();
        }
    }

    @Test
    @DisplayName("--help (or -h) given with other options lists the options and exits 0, where it was refused as not an "
            + "option")
    void helpWithOtherOptions() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), "/coach start\n");
        for (List<String> asked : List.of(List.of("--script", script.toString(), "--help"), List.of("--help",
                "--console"), List.of("--console", "-h"), List.of("--scirpt", "--help"))) {
            AppRunner.Result result = AppRunner.run(asked, Map.of("PARTNER_COACH_DB_URL",
                    "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");

            assertThat(result.err()).as(asked.toString()).isEmpty();
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).isEqualTo(App.USAGE + System.lineSeparator());
            assertThat(dir.resolve("db.mv.db")).doesNotExist();
        }
    }

    @Test
    @DisplayName("a folder given as the --script file is called a folder, not a file that was not found")
    void scriptIsAFolder() throws Exception {
        assertRefused(AppRunner.run(List.of("--script", dir.toString()), Map.of()),
                "the script file " + dir.toAbsolutePath() + " is a folder, not a file; check the path after --script");
    }

    @Test
    @DisplayName("a configuration file or --script file the bot may not read is said to be unreadable, not missing")
    void unreadableFiles() throws Exception {
        operatorFolder();
        List<String> launcher = AppRunner.withoutReadingEveryFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(launcher != null,
                "this user cannot be kept from reading a file here");
        Path config = dir.resolve("config/partner-coach.yml");
        Files.setPosixFilePermissions(config, java.util.Set.of());
        AppRunner.Result result = AppRunner.program(launcher, dir, Map.of(), "--script", "s.txt");
        assertRefused(result, "config/partner-coach.yml: cannot be read; let the bot's user read it (chown or chmod)");
        assertThat(result.out()).isEmpty();

        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path script = dir.resolve("s.txt");
        Files.setPosixFilePermissions(script, java.util.Set.of());
        result = AppRunner.program(launcher, dir, Map.of(), "--script", "s.txt");
        assertRefused(result, "the script file " + script.toAbsolutePath() + " cannot be read; let this user read it "
                + "(chown or chmod), or check the path after --script");
        assertThat(result.out()).isEmpty();
    }

    @Test
    @DisplayName("PARTNER_COACH_CONFIG set but empty reads config/partner-coach.yml, where it named the file \"\"; a "
            + "folder as the file is called a folder")
    void emptyConfigVariable() throws Exception {
        AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", "",
                "PARTNER_COACH_DB_URL", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach progress\n");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Your coaching so far");

        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", dir.toString())), dir + ": is a folder, "
                + "not a file; name the configuration file itself (set PARTNER_COACH_CONFIG to use another file)");
    }

    @Test
    @DisplayName("a required key left out (the coordinator role), a key written twice, and a file that holds no "
            + "settings each stop start-up with one line naming them")
    void keysMissingTwiceOrNone() throws Exception {
        Path file = config("  coordinatorRoleName: \"Coordinator\"\n", "");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": discord.coordinatorRoleName is missing (the role whose members are coordinators, for example "
                        + "\"Coordinator\"; \"\" for Manage Server only)");
        file = config("  pollSeconds: 30\n", "  pollSeconds: 0\n  pollSeconds: 30\n");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": scheduler.pollSeconds is written twice; keep one");
        file = Files.writeString(dir.resolve("hello.yml"), "hello\n");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": holds no settings; expected keys such as discord: at the top, each with its settings "
                        + "indented under it, as in the committed config/partner-coach.yml");
    }

    @Test
    @DisplayName("a --script file that is not there is named, with exit code 2")
    void missingScript() throws Exception {
        Path script = dir.resolve("no-such-script.txt");
        assertRefused(AppRunner.run(List.of("--script", script.toString()), Map.of()),
                "the script file " + script.toAbsolutePath() + " was not found; check the path after --script");
    }

    @Test
    @DisplayName("a database file that is not a database (a backup copied over it) is named, with what to do")
    void damagedDatabase() throws Exception {
        Path file = dir.resolve("partner-coach.mv.db");
        byte[] noise = new byte[100_000];
        new java.util.Random(7).nextBytes(noise);
        Files.write(file, noise);
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath()),
                "/coach start\n"), "the database file " + file.toAbsolutePath() + " cannot be read: it is encrypted "
                + "(start with PARTNER_COACH_DB_KEY set to its key), or it is damaged or not a Partner Coach database "
                + "(restore a backup, see docs/privacy.md)");
    }

    @Test
    @DisplayName("a database file cut short after a stop (a copy that did not finish) is named, with what to do, and "
            + "left as it was, where the program started on a new empty database, migrated and backed it up")
    void cutShortDatabase() throws Exception {
        operatorFolder();
        Files.writeString(dir.resolve("a.txt"), "/coach start\n#answer\nEastside Food Bank\n:quit\n");
        Path data = dir.resolve("data");
        Map<String, String> env = withDb("jdbc:h2:file:" + data.resolve("pc").toAbsolutePath());
        assertThat(AppRunner.program(dir, env, "--script", "a.txt").exitCode()).isZero();
        assertThat(AppRunner.program(dir, env, "--script", "s.txt").out()).contains("1 of 17 questions answered");
        Path file = data.resolve("pc.mv.db");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(20480);
        }
        List<Path> backups;
        try (var listed = Files.list(data.resolve("backups"))) {
            backups = listed.sorted().toList();
        }

        AppRunner.Result cut = AppRunner.program(dir, env, "--script", "s.txt");

        assertRefused(cut, "the database file " + file.toAbsolutePath() + " cannot be read: it is damaged, cut short "
                + "before the last changes saved in it (a copy that did not finish, or a full disk), and was left as it "
                + "is; restore a backup (see docs/privacy.md)");
        assertThat(cut.out()).doesNotContain("Not started yet");
        assertThat(Files.size(file)).isEqualTo(20480);
        try (var listed = Files.list(data.resolve("backups"))) {
            assertThat(listed.sorted().toList()).as("no copy before V1, no daily copy").isEqualTo(backups);
        }
    }

    @Test
    @DisplayName("a script saved with a byte order mark, or not as UTF-8, runs every line")
    void scriptEncodings() throws Exception {
        Path script = dir.resolve("walk.txt");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "/partner add name:\"Caf\u00e9 Soleil\" sector:food\n/partner list\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(script, bom);
        Files.write(script, text, java.nio.file.StandardOpenOption.APPEND);

        AppRunner.Result result = AppRunner.run(List.of("--script", script.toString()),
                withDb("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("you (you)> /partner add", "Added “Caf", "Soleil” (Food and nutrition)")
                .doesNotContain("You have no walk open");
    }

    @Test
    @DisplayName("a database file in use by another running bot is named, with what to do")
    @SuppressWarnings("try") // the lock is held while the bot tries to open the file
    void lockedDatabase() throws Exception {
        Path db = dir.resolve("partner-coach");
        org.partnercoach.storage.Database.open("jdbc:h2:file:" + db.toAbsolutePath()).close();
        Path file = dir.resolve("partner-coach.mv.db");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = channel.lock()) {
            assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + db.toAbsolutePath()), "/coach start\n"),
                    "the database " + file.toAbsolutePath() + " is in use by another running Partner Coach; "
                            + "stop that one first (one bot per database file)");
        }
    }

    @Test
    @DisplayName("a console output folder that cannot be made is refused at start naming the key, not at the first "
            + "file the bot would attach")
    void unwritableConsoleOutputFolder() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path folder = blocker.resolve("console-out");
        Path file = config("outputDirectory: data/console-out", "outputDirectory: " + folder);

        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                        "PARTNER_COACH_DB_URL", "jdbc:h2:mem:console-out-refused"), "/privacy export\n"), file + ": console.outputDirectory "
                + folder.toAbsolutePath() + " cannot be created or written in; create it and let the bot's user "
                + "write there, or name another folder");
    }

    @Test
    @DisplayName("a data folder that cannot be made is named, with what to do")
    void unwritableDataFolder() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path folder = blocker.resolve("data");
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + folder.resolve("pc").toAbsolutePath()),
                        "/coach start\n"),
                "cannot create the data folder " + folder.toAbsolutePath() + "; create it and let the bot's user "
                        + "write there, or point the database URL at another folder");
    }

    @Test
    @DisplayName("a database file the bot may not write is named, with what to do, and left as it was")
    void readOnlyDatabaseFile() throws Exception {
        Path db = dir.resolve("partner-coach");
        AppRunner.Result first = AppRunner.run(List.of(), withDb("jdbc:h2:file:" + db.toAbsolutePath()),
                "/partner add name:\"Eastside Food Bank\" sector:food\n");
        assertThat(first.out()).contains("Added “Eastside Food Bank”");
        Path file = dir.resolve("partner-coach.mv.db");
        byte[] before = Files.readAllBytes(file);
        // the bot's user may not write the file: made immutable, which holds for root too (chmod does not)
        org.junit.jupiter.api.Assumptions.assumeTrue(FileAttributes.chattr("+i", file) && !Files.isWritable(file),
                "this file system or user cannot make a file immutable");
        try {
            assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + db.toAbsolutePath()), "/partner list\n"),
                    "cannot write the database file " + file.toAbsolutePath() + " (it is read-only); let the bot's "
                            + "user write it (chown or chmod), or point the database URL at another folder");
        } finally {
            FileAttributes.chattr("-i", file);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + db.toAbsolutePath()), "/partner list\n").out())
                .contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("a URL that opens the database read-only names the setting and the variable it came from")
    void readOnlyUrl() throws Exception {
        Path db = dir.resolve("partner-coach");
        org.partnercoach.storage.Database.open("jdbc:h2:file:" + db.toAbsolutePath()).close();
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + db.toAbsolutePath() + ";ACCESS_MODE_DATA=r"),
                "/partner list\n"), "environment variable PARTNER_COACH_DB_URL: H2 opens the database read-only "
                + "because of ACCESS_MODE_DATA in the URL; remove that setting (the bot writes to its database)");
    }

    @Test
    @DisplayName("a read-only URL on a first start, before there is a database file, says the file is not there and "
            + "names the setting; nothing is made, and without the setting the bot starts")
    void readOnlyUrlWithoutFile() throws Exception {
        operatorFolder();
        Path data = dir.resolve("data");
        Path db = data.resolve("partner-coach");

        AppRunner.Result result = AppRunner.program(dir,
                withDb("jdbc:h2:file:" + db.toAbsolutePath() + ";ACCESS_MODE_DATA=r"), "--script", "s.txt");

        assertRefused(result, "environment variable PARTNER_COACH_DB_URL: there is no database file "
                + data.toAbsolutePath().resolve("partner-coach.mv.db") + " yet, and ACCESS_MODE_DATA in the URL opens "
                + "it read-only, so H2 cannot create it; remove that setting (the bot writes to its database)");
        assertThat(result.out()).isEmpty();
        assertThat(data).doesNotExist();

        // rw is H2's writing mode: it is not mistaken for r
        result = AppRunner.program(dir, withDb("jdbc:h2:file:" + db.toAbsolutePath() + ";ACCESS_MODE_DATA=rw"),
                "--script", "s.txt");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Your coaching so far");
        assertThat(data.resolve("partner-coach.mv.db")).exists();
    }

    @Test
    @DisplayName("a setting H2 does not know in the URL names the environment variable it came from")
    void badH2Setting() throws Exception {
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:mem:bad-setting;NO_SUCH_SETTING=1"), "/coach start\n"),
                "environment variable PARTNER_COACH_DB_URL: H2 refuses a setting in the URL (Unsupported "
                        + "connection setting \"NO_SUCH_SETTING\" [90113-252]); remove or correct it");
    }

    @Test
    @DisplayName("a URL of another database is refused naming the two that work; the message names where it came from")
    void otherDatabaseUrl() throws Exception {
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:mysql://db:3306/coach")),
                "environment variable PARTNER_COACH_DB_URL must be an H2 or a PostgreSQL URL, found jdbc:mysql:...; "
                        + "use jdbc:h2:file:<folder>/<name> (an H2 file, the default), jdbc:h2:mem:<name> (in memory, "
                        + "lost on exit) or jdbc:postgresql://<host>:<port>/<database> (several bot processes, see "
                        + "docs/scaling.md)");
        Path file = config("url: jdbc:h2:file:./data/partner-coach", "url: jdbc:mysql://db:3306/coach");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": database.url must be an H2 or a PostgreSQL URL, found jdbc:mysql:...; use "
                        + "jdbc:h2:file:<folder>/<name> (an H2 file, the default), jdbc:h2:mem:<name> (in memory, "
                        + "lost on exit) or jdbc:postgresql://<host>:<port>/<database> (several bot processes, see "
                        + "docs/scaling.md)");
    }

    @Test
    @DisplayName("a PostgreSQL that cannot be reached: one line naming the variable, the host and what to check")
    void postgresUnreachable() throws Exception {
        AppRunner.Result result = AppRunner.run(List.of(), withDb("jdbc:postgresql://127.0.0.1:1/coach"));
        assertThat(result.err()).startsWith("Partner Coach cannot start: environment variable PARTNER_COACH_DB_URL: "
                + "PostgreSQL cannot be reached or refuses the login (").contains("127.0.0.1:1");
        assertRefused(result, result.err().substring("Partner Coach cannot start: ".length()).strip());
    }

    @Test
    @DisplayName("the H2 file key set for a PostgreSQL database is refused: it would protect nothing")
    void keyWithPostgres() throws Exception {
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_DB_URL", "jdbc:postgresql://127.0.0.1:1/coach",
                        "PARTNER_COACH_DB_KEY", "0123456789abcdef")),
                "PARTNER_COACH_DB_KEY encrypts an H2 file and means nothing to PostgreSQL; unset it (PostgreSQL "
                        + "encrypts on its own side, see docs/scaling.md)");
    }

    @Test
    @DisplayName("a console owner's name longer than the console keeps is refused at start; a long :user is refused kindly")
    void consoleNames() throws Exception {
        Path file = config("ownerName: you", "ownerName: " + "x".repeat(300));
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": console.ownerName must be at most 100 characters (found 300)");

        AppRunner.Result result = AppRunner.run(List.of(), withDb("jdbc:h2:file:" + dir.resolve("db")
                .toAbsolutePath()), ":user " + "z".repeat(150) + "\n:coordinator " + "z".repeat(150)
                + "\n/partner add name:\"Eastside Food Bank\" sector:food\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("(a member's name is at most 100 characters; try a shorter one)",
                "you (you)> /partner add", "Added “Eastside Food Bank”");
    }

    @Test
    @DisplayName("database.poolSize and the instance name: a bad value names its key, or the variable it came from")
    void poolSizeAndInstance() throws Exception {
        Path file = config("url: jdbc:h2:file:./data/partner-coach", "url: jdbc:h2:file:./data/partner-coach\n"
                + "  poolSize: 1");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": database.poolSize must be a whole number of connections from 2 to 200 (found 1)");
        file = config("url: jdbc:h2:file:./data/partner-coach", "url: jdbc:h2:file:./data/partner-coach\n"
                + "  poolSize: ten");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": database.poolSize must be a whole number (found ten)");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_INSTANCE", "bot 2!")),
                "environment variable PARTNER_COACH_INSTANCE must be 1 to 64 letters, digits, dots, dashes or "
                        + "underscores, for example bot-2 (found \"bot 2!\")");
    }

    @Test
    @DisplayName("pollSeconds must be a whole number of seconds: 1.5 is refused naming the key and file")
    void fractionalPollSeconds() throws Exception {
        Path file = config("pollSeconds: 30", "pollSeconds: 1.5");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": scheduler.pollSeconds must be a whole number (found 1.5)");
        file = config("pollSeconds: 30", "pollSeconds: 0");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": scheduler.pollSeconds must be a whole number of seconds from 1 to 3600 (found 0)");
    }

    @Test
    @DisplayName("a wrong shard setting is refused naming the key, and the variable when it came from one")
    void badShards() throws Exception {
        Path file = config("    total: 1", "    total: 0");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": discord.shards.total must be a whole number of shards from 1 to 1000 (found 0)");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_SHARDS_TOTAL", "1000000000")),
                "environment variable PARTNER_COACH_SHARDS_TOTAL: discord.shards.total must be a whole number of "
                        + "shards from 1 to 1000 (found 1000000000)");
        file = config("    total: 1", "    total: two");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": discord.shards.total must be a whole number (found two)");
        file = config("    ids: all", "    ids: one");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": discord.shards.ids must be all, one shard number, a range like 0-3 or a list like 0,2 "
                        + "(found one)");
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_SHARDS_TOTAL", "2",
                        "PARTNER_COACH_SHARD_IDS", "0-2")),
                "environment variable PARTNER_COACH_SHARD_IDS: discord.shards.ids names shard 2, but there are only 2 "
                        + "shard(s) (discord.shards.total), numbered from 0");
    }

    @Test
    @DisplayName("a missing curriculum.overrideDirectory is named")
    void missingOverrideDirectory() throws Exception {
        Path file = config("  overrideDirectory: config/curriculum\n", "  # no folder\n  other: x\n"
                .replace("  other: x\n", ""));
        assertRefused(AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString())),
                file + ": curriculum.overrideDirectory is missing (a folder for your own coaching content, for "
                        + "example config/curriculum; it need not exist)");
    }

    @Test
    @DisplayName("a sector without a name names the file and the entry")
    void sectorWithoutName() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        Files.writeString(content.resolve("sectors.yml"), Files.readString(
                Path.of("src/main/resources/curriculum/sectors.yml")).replace("    name: Health care\n", ""));
        Path file = config("overrideDirectory: config/curriculum", "overrideDirectory: " + content);
        assertRefused(AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                        "PARTNER_COACH_DB_URL", "jdbc:h2:mem:sector-without-name")),
                content.resolve("sectors.yml") + ": sectors[1].name must be 1 to 100 characters");

        Files.writeString(content.resolve("sectors.yml"), Files.readString(
                Path.of("src/main/resources/curriculum/sectors.yml")).replace("      - a hospital or health system\n",
                "      -\n"));
        assertRefused(AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                        "PARTNER_COACH_DB_URL", "jdbc:h2:mem:sector-empty-example")),
                content.resolve("sectors.yml") + ": sectors[1].examples[0] is empty; write it or remove the line");
    }

    @Test
    @DisplayName("an idea too long in the coalition's own cultivate ideas names that copy of the file and the entry")
    void cultivateIdeaTooLong() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        Files.writeString(content.resolve("cultivate-ideas.yml"), "ideas:\n  - Call {partner}.\n  - " + "x".repeat(201)
                + "\n");
        Path file = config("overrideDirectory: config/curriculum", "overrideDirectory: " + content);
        AppRunner.Result result = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "PARTNER_COACH_DB_URL", "jdbc:h2:mem:idea-too-long"));
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: " + content.resolve("cultivate-ideas.yml")
                + ": ideas[1] must be 1 to 200 characters" + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("no token and nothing on the console's input: one line on how to connect or open the console")
    void noTokenNoInput() throws Exception {
        assertRefused(AppRunner.run(List.of(), withDb("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), ""),
                "no DISCORD_TOKEN is set and there is no console input; set DISCORD_TOKEN to connect to Discord "
                        + "(docker run -e DISCORD_TOKEN=...), or open the console in a terminal (docker run -it ...)");
    }

    @Test
    @DisplayName("no token and nothing on the input, on a database an earlier run's :advance moved on: the refusal is "
            + "all that is said, nothing on the output")
    void noTokenNoInputAfterAdvance() throws Exception {
        Map<String, String> env = withDb("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        assertThat(AppRunner.run(List.of(), env, ":advance 1d\n").out()).contains("the clock moved forward 1d");

        AppRunner.Result refused = AppRunner.run(List.of(), env, "");

        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).startsWith("Partner Coach cannot start: no DISCORD_TOKEN is set");
        assertThat(refused.exitCode()).isEqualTo(2);
        // the clock a later run goes on from is still kept
        assertThat(AppRunner.run(List.of(), env, "/reminders list\n").out())
                .startsWith("(the clock goes on from where an earlier run left it, ");
    }

    @Test
    @DisplayName("a broken config/logback.xml stops the real program with one line naming it and exit code 2, "
            + "and none of Logback's report")
    void brokenLoggingFile() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(Path.of("config/partner-coach.yml"), config.resolve("partner-coach.yml"));
        String shipped = Files.readString(Path.of("config/logback.xml"));
        Files.writeString(dir.resolve("s.txt"), "/coach progress\n");

        Files.writeString(config.resolve("logback.xml"), shipped.replace("</configuration>", ""));
        AppRunner.Result result = runInFolder("--script", "s.txt");
        // the parser notices at the line after the file's last
        long end = shipped.lines().count() + 1;
        assertRefused(result, "config/logback.xml: cannot be read as XML at line " + end + " (XML document "
                + "structures must start and end within the same entity.); correct it, or remove the file to log to the "
                + "screen only");
        assertThat(result.out()).isEmpty();

        Files.writeString(config.resolve("logback.xml"), shipped.replace("ch.qos.logback.core.ConsoleAppender",
                "ch.qos.logback.core.ConsolAppender"));
        result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: names a class that does not exist, "
                + "ch.qos.logback.core.ConsolAppender (check its spelling); correct it, or remove the file to log to "
                + "the screen only");
        assertThat(result.out()).isEmpty();

        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Files.writeString(config.resolve("logback.xml"), shipped.replace("<root level=\"WARN\">", """
                <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>not-a-folder/bot.log</file>
                    <encoder><pattern>%msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN">
                    <appender-ref ref="FILE"/>"""));
        result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: the log file " + blocker.toAbsolutePath().resolve("bot.log")
                + " cannot be written (Not a directory); name a file in a folder the bot may write to, or remove the "
                + "file to log to the screen only");
        assertThat(result.out()).isEmpty();

        Files.writeString(config.resolve("logback.xml"), shipped);
        result = runInFolder("--script", "s.txt");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("you (you)> /coach progress", "Your coaching so far");
        assertThat(result.err()).isEmpty();
    }

    @Test
    @DisplayName("a log level Logback does not know in config/logback.xml stops the real program with one line naming "
            + "the file and the level, instead of logging everything at DEBUG")
    void unknownLogLevel() throws Exception {
        String shipped = operatorFolder();
        Path logback = dir.resolve("config/logback.xml");

        Files.writeString(logback, shipped.replace("<root level=\"WARN\">", "<root level=\"WARNN\">"));
        AppRunner.Result result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: <root level=\"WARNN\"> names the level \"WARNN\", which Logback "
                + "does not know (it would log at DEBUG instead); write TRACE, DEBUG, INFO, WARN, ERROR or OFF, or "
                + "remove the file to log to the screen only");
        assertThat(result.out()).isEmpty();

        Files.writeString(logback, shipped.replace("<logger name=\"org.flywaydb\" level=\"WARN\"/>",
                "<logger name=\"org.flywaydb\" level=\"Warning\"/>"));
        result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: <logger name=\"org.flywaydb\" level=\"Warning\"> names the level "
                + "\"Warning\", which Logback does not know (it would log at DEBUG instead); write TRACE, DEBUG, INFO, "
                + "WARN, ERROR or OFF, or remove the file to log to the screen only");

        Files.writeString(logback, shipped.replace("<logger name=\"org.flywaydb\" level=\"WARN\"/>",
                "<logger name=\"org.flywaydb\"><level value=\"EROR\"/></logger>"));
        result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: <level value=\"EROR\"> in <logger name=\"org.flywaydb\"> names the "
                + "level \"EROR\", which Logback does not know (it would log at DEBUG instead); write TRACE, DEBUG, "
                + "INFO, WARN, ERROR or OFF, or remove the file to log to the screen only");

        // the same inside a filter: a ThresholdFilter's misspelt level would let every debug line through
        String filter = "<filter class=\"org.partnercoach.discord.JdaShutdownRace\"/>";
        Files.writeString(logback, shipped.replace(filter, filter + "<filter class=\"ch.qos.logback.classic.filter."
                + "ThresholdFilter\"><level>WARNN</level></filter>"));
        result = runInFolder("--script", "s.txt");
        assertRefused(result, "config/logback.xml: <level>WARNN</level> in <filter class=\"ch.qos.logback.classic."
                + "filter.ThresholdFilter\"> names the level \"WARNN\", which Logback does not know (it would log at "
                + "DEBUG instead); write TRACE, DEBUG, INFO, WARN, ERROR or OFF, or remove the file to log to the "
                + "screen only");

        // a level in lower case is one Logback knows: the bot starts, and no debug line reaches the screen
        Files.writeString(logback, shipped.replace("<root level=\"WARN\">", "<root level=\"warn\">"));
        result = runInFolder("--script", "s.txt");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Your coaching so far");
        assertThat(result.err()).isEmpty();
    }

    /** The test's folder as an operator's: the shipped config/ and a one-line script; returns config/logback.xml. */
    private String operatorFolder() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(Path.of("config/partner-coach.yml"), config.resolve("partner-coach.yml"));
        Files.copy(Path.of("config/logback.xml"), config.resolve("logback.xml"));
        Files.writeString(dir.resolve("s.txt"), "/coach progress\n");
        return Files.readString(Path.of("config/logback.xml"));
    }

    /** The real program started as an operator starts it, in the test's folder (its config/ read from there). */
    private AppRunner.Result runInFolder(String... args) throws Exception {
        return AppRunner.program(dir, Map.of(), args);
    }

    private static Map<String, String> withDb(String url) {
        return Map.of("PARTNER_COACH_DB_URL", url);
    }

    /** The committed configuration with one piece of text replaced, written to a file of the test's own. */
    private Path config(String from, String to) throws Exception {
        String committed = Files.readString(Path.of("config/partner-coach.yml"));
        assertThat(committed).contains(from);
        return Files.writeString(dir.resolve("pc-" + Math.abs((from + to).hashCode()) + ".yml"),
                committed.replace(from, to));
    }

    /** Exit code 2 and exactly one line on stderr: the reason, with what to do, as README's Troubleshooting shows. */
    private static void assertRefused(AppRunner.Result result, String reason) throws Exception {
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: " + reason + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(2);
        // the README shows the URL's messages once, as they read for the environment variable
        String asDocumented = reason.replaceFirst("^.+: database\\.url", "environment variable PARTNER_COACH_DB_URL");
        assertThat(troubleshooting()).as("README's Troubleshooting table").anySatisfy(row ->
                assertThat(asDocumented).matches(row));
    }

    /**
     * Each message of README's Troubleshooting table, as a pattern: {@code <...>}, the file name and the folder of
     * the coalition's own coaching content ({@code config/curriculum/}) match anything.
     */
    private static List<java.util.regex.Pattern> troubleshooting() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Troubleshooting"));
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("(?m)^\\| `([^`]+)` \\|").matcher(table);
        List<java.util.regex.Pattern> patterns = new java.util.ArrayList<>();
        while (rows.find()) {
            StringBuilder regex = new StringBuilder();
            for (String part : rows.group(1).split("<[^>]+>|config/partner-coach\\.yml|config/curriculum/", -1)) {
                regex.append(regex.isEmpty() && part.equals(rows.group(1)) ? "" : regex.isEmpty() ? "" : ".+")
                        .append(java.util.regex.Pattern.quote(part));
            }
            patterns.add(java.util.regex.Pattern.compile(regex.toString()));
        }
        assertThat(patterns).hasSizeGreaterThan(5);
        return patterns;
    }
}
