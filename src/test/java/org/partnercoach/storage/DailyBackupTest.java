package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The daily backup")
class DailyBackupTest {

    @TempDir
    Path dir;

    private List<String> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("the copies made before upgrades: the newest 3 by their time are kept, whatever their version")
    void keepsThreeUpgradeCopies() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        for (String name : List.of("partner-coach-before-V9-20250101-090000.zip",
                "partner-coach-before-V23-20251130-090000.zip", "partner-coach-before-V28-20260102-090000.zip",
                "partner-coach-before-V30-20260201-090000.zip", "partner-coach-before-V31-20260301-090000.zip")) {
            Files.writeString(folder.resolve(name), "copy");
        }
        Files.writeString(folder.resolve("notes.txt"), "mine");
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.advance(Duration.ZERO);
        }
        assertThat(backups()).containsExactly("notes.txt", "partner-coach-before-V28-20260102-090000.zip",
                "partner-coach-before-V30-20260201-090000.zip", "partner-coach-before-V31-20260301-090000.zip",
                "partner-coach-daily-20260302-150000.zip");
    }

    @Test
    @DisplayName("one copy a day, named by the bot's clock, the last 7 kept; a missed day is made up once at the start")
    void dailyAndKeepsSeven() throws Exception {
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.advance(Duration.ZERO);
            assertThat(backups()).containsExactly("partner-coach-daily-20260302-150000.zip");
            bot.advance(Duration.ofHours(23));
            assertThat(backups()).hasSize(1);
            for (int day = 0; day < 9; day++) {
                bot.advance(Duration.ofDays(1));
            }
            assertThat(backups()).hasSize(Backups.KEEP).last().isEqualTo("partner-coach-daily-20260312-140000.zip");
            assertThat(bot.app().scheduler().runDue()).isZero();
            assertThat(backups()).hasSize(Backups.KEEP);

            // a bot that was down for three days makes one copy on its first run, not three
            bot.clock().advance(Duration.ofDays(3));
            bot.restart();
            bot.advance(Duration.ZERO);
            assertThat(backups()).hasSize(Backups.KEEP).last().isEqualTo("partner-coach-daily-20260315-140000.zip");
        }
    }

    @Test
    @DisplayName("the first copy of a new database is made on the bot's first run, whatever the clock's fraction of a "
            + "microsecond (the database keeps whole microseconds, and a time rounded up came after the run's own)")
    void firstCopyAtOnceWhateverTheNanoseconds() throws Exception {
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.clock().advance(Duration.ofNanos(999)); // 15:00:00.000000999: kept as 15:00:00.000001
            bot.app().scheduler().runDue();
            assertThat(backups()).containsExactly("partner-coach-daily-20260302-150000.zip");
        }
    }

    @Test
    @DisplayName("why a backup failed is told by its kind: a full disk, a folder the bot may not write in, a file in "
            + "the way, as H2 or Java report them")
    void kindsOfTrouble() {
        assertThat(BackupTrouble.of(new java.sql.SQLException("IO Exception: \"backup\"", new java.io.IOException(
                "No space left on device")))).isEqualTo(BackupTrouble.DISK_FULL);
        assertThat(BackupTrouble.of(new java.nio.file.FileSystemException("/data/backups/x.zip", null,
                "Disk quota exceeded"))).isEqualTo(BackupTrouble.DISK_FULL);
        assertThat(BackupTrouble.of(new java.nio.file.AccessDeniedException("/data/backups")))
                .isEqualTo(BackupTrouble.NOT_WRITABLE);
        assertThat(BackupTrouble.of(new RuntimeException(new java.io.FileNotFoundException(
                "/data/backups/x.zip (Read-only file system)")))).isEqualTo(BackupTrouble.NOT_WRITABLE);
        assertThat(BackupTrouble.of(new java.nio.file.FileAlreadyExistsException("/data/backups")))
                .isEqualTo(BackupTrouble.FOLDER_BLOCKED);
        assertThat(BackupTrouble.of(new java.sql.SQLException("General error"))).isEqualTo(BackupTrouble.OTHER);
    }

    @Test
    @DisplayName("the documented restore: unzip the copy into a new folder, open it, and the data is there")
    void restore() throws Exception {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            bot.advance(Duration.ofMinutes(1));
        }
        Path copy = dir.resolve("backups").resolve(backups().get(0));
        Path restored = dir.resolve("restored");
        // docs/privacy.md: java -cp partner-coach.jar org.h2.tools.Restore -file <copy>.zip -dir <folder>
        Restore.main("-file", copy.toString(), "-dir", restored.toString());
        assertThat(restored.resolve("partner-coach.mv.db")).exists();
        try (TestBot again = TestBot.onFile(restored)) {
            assertThat(again.app().partners().allPartners(TestBot.GUILD)).extracting(p -> p.name())
                    .containsExactly("Eastside Food Bank");
        }
    }
}
