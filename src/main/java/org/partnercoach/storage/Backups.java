package org.partnercoach.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.partnercoach.chat.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily online backup: H2's {@code BACKUP TO} into {@code backups/} next to the database file, named from the
 * injected clock ({@code partner-coach-daily-20261130-020000.zip}), keeping the last {@link #KEEP}. When it is next
 * due is a row ({@code storage_jobs}), so a bot that was down backs up on its first run after the start. The copies
 * made before upgrades ({@code -before-V..}) use the same {@link #copy}; after each daily copy the newest
 * {@link #UPGRADE_COPIES_KEPT} of them are kept, so that a bot upgraded every week does not fill its disk. A copy is
 * written under a name of its own ({@code .zip.part}) and takes its {@code .zip} name only once whole, so that a stop
 * in the middle of it (a kill, a power cut) never leaves a broken copy among those kept.
 */
public final class Backups implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** Daily copies kept; older ones are deleted after each new one. */
    public static final int KEEP = 7;
    public static final Duration EVERY = Duration.ofDays(1);
    /** Copies made before upgrades that are kept (the newest by their time stamp); older ones are deleted. */
    public static final int UPGRADE_COPIES_KEPT = 3;
    static final String BEFORE_UPGRADE = "-before-V";
    /** After a failed backup, the next try; also the next try after a stop in the middle of one. */
    static final Duration RETRY = Duration.ofHours(1);
    /** Added to a copy's name while it is written. */
    static final String UNFINISHED = ".part";
    /** Ends the name of every whole copy, daily or before an upgrade: what pruning counts. */
    static final String ZIP = ".zip";
    static final String JOB = "daily-backup";
    static final String DAILY = "-daily-";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private static final String BACKUP = "BACKUP TO ?";
    private static final String FIND = "SELECT due_at, last_run_at, last_file, last_bytes, last_error"
            + " FROM storage_jobs WHERE guild_id = 0 AND name = ?";
    private static final String ADD = "INSERT INTO storage_jobs (guild_id, name, due_at) SELECT 0, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM storage_jobs WHERE guild_id = 0 AND name = ?)";
    private static final String CLAIM = "UPDATE storage_jobs SET due_at = ? WHERE guild_id = 0 AND name = ?"
            + " AND due_at <= ?";
    private static final String DONE = "UPDATE storage_jobs SET due_at = ?, last_run_at = ?, last_file = ?,"
            + " last_bytes = ?, last_error = NULL WHERE guild_id = 0 AND name = ?";
    private static final String FAILED = "UPDATE storage_jobs SET due_at = ?, last_error = ?"
            + " WHERE guild_id = 0 AND name = ?";

    /**
     * The last daily backup as stored, and when the next is due; {@code trouble}: why the latest try failed, null
     * when it did not.
     */
    public record Status(Instant dueAt, Instant lastAt, String lastFile, long lastBytes, BackupTrouble trouble) {
    }

    private final Database db;
    /** The stored due time as last read (a cache: the row decides). */
    private volatile Instant nextDue;

    /** The time each run is given comes from the scheduler's (injected) clock, and names the copies. */
    public Backups(Database db) {
        this.db = db;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** The copy of a big file takes a while: on the housekeeping thread, never in the way of sends. */
    @Override
    public boolean housekeeping() {
        return true;
    }

    /** Backs up when due (the first run on a database with no row yet: at once). Never sends anything. */
    @Override
    public int runDue(Instant now) {
        Optional<Path> file = db.file();
        if (file.isEmpty()) {
            return 0; // in memory: nothing on disk to copy
        }
        Instant known = nextDue;
        if (known != null && now.isBefore(known)) {
            return 0; // the console runs the jobs after every line: no write until the stored time comes
        }
        // claimed for the time a retry waits: a bot stopped in the middle of the copy makes it again an hour later,
        // not a day; the copy made moves the next one a day on
        boolean due = db.write(c -> {
            Database.update(c, ADD, JOB, now, JOB);
            return Database.update(c, CLAIM, now.plus(RETRY), JOB, now) == 1;
        });
        if (due) {
            backUpNow(file.get(), now);
        }
        nextDue = status().map(Status::dueAt).orElse(null);
        return 0;
    }

    private void backUpNow(Path dbFile, Instant now) {
        Path target = folderOf(dbFile).resolve(dbFile.getFileName() + DAILY + STAMP.format(now) + ZIP);
        try {
            copy(db.dataSource(), target);
            long bytes = Files.size(target);
            db.write(c -> Database.update(c, DONE, now.plus(EVERY), now, target.toString(), bytes, JOB));
            Path folder = folderOf(dbFile);
            prune(folder, dbFile.getFileName() + DAILY, Comparator.naturalOrder(), KEEP);
            prune(folder, dbFile.getFileName() + BEFORE_UPGRADE, Comparator.comparing(Backups::stampOf),
                    UPGRADE_COPIES_KEPT);
            log.info("Backed up the database to {} ({} bytes)", target, bytes);
        } catch (SQLException | IOException | RuntimeException e) {
            // the kind is stored for coordinators; the error's own text is for the log only
            BackupTrouble trouble = BackupTrouble.of(e);
            db.write(c -> Database.update(c, FAILED, now.plus(RETRY), trouble.name(), JOB));
            log.error("The daily backup to {} failed: {} ({}); trying again in an hour. To fix it: {}.", target,
                    trouble.reason(), e.toString().lines().findFirst().orElse(""), trouble.remedy());
        }
    }

    /** The stored state of the daily backup; empty before the first run (or in memory). */
    public Optional<Status> status() {
        return db.read(c -> Database.one(c, FIND, rs -> new Status(Database.instant(rs, "due_at"),
                Database.instant(rs, "last_run_at"), rs.getString("last_file"), rs.getLong("last_bytes"),
                BackupTrouble.stored(rs.getString("last_error"))), JOB));
    }

    /** The folder backups go to: {@code backups/} next to the database file. */
    public static Path folderOf(Path dbFile) {
        return dbFile.toAbsolutePath().getParent().resolve("backups");
    }

    /**
     * Copies the open database behind {@code dataSource} into the zip {@code target} (H2's online backup). The copy is
     * written as {@code <target>.part}, forced to disk, and then renamed to {@code target}: a {@code .zip} in the
     * folder is always whole. What a stop left half written ({@code .zip.part}) is deleted first; one process holds
     * an H2 file and makes its copies one at a time, so no other copy is under way.
     */
    static void copy(DataSource dataSource, Path target) throws SQLException, IOException {
        Path folder = Files.createDirectories(target.toAbsolutePath().getParent());
        deleteUnfinished(folder);
        Path part = target.resolveSibling(target.getFileName() + UNFINISHED);
        try {
            try (Connection c = dataSource.getConnection(); PreparedStatement backup = c.prepareStatement(BACKUP)) {
                backup.setString(1, part.toString());
                backup.execute();
            }
            try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
                written.force(true); // on disk before it takes a backup's name, so a power cut cannot empty it
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            // a failed copy gives its space back (a full disk stays no fuller); its own failure is the one told
            try {
                Files.deleteIfExists(part);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }

    private static void deleteUnfinished(Path folder) throws IOException {
        for (Path left : named(folder, name -> name.endsWith(ZIP + UNFINISHED))) {
            Files.deleteIfExists(left);
            log.warn("Deleted {}: a copy of the database that a stop left half written", left);
        }
    }

    /** Deletes all but the newest {@code keep} copies whose names start with {@code prefix}, newest last in order. */
    private static void prune(Path folder, String prefix, Comparator<String> byAge, int keep) throws IOException {
        List<Path> copies = named(folder, name -> name.startsWith(prefix) && name.endsWith(ZIP)).stream()
                .sorted(Comparator.comparing(p -> p.getFileName().toString(), byAge)).toList();
        for (Path old : copies.subList(0, Math.max(0, copies.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    /** The files in {@code folder} whose names {@code accepted} takes. */
    private static List<Path> named(Path folder, Predicate<String> accepted) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> accepted.test(p.getFileName().toString())).toList();
        }
    }

    /** The time stamp at the end of a copy's name ({@code ...-20261130-090000.zip}): names sort by version first. */
    private static String stampOf(String name) {
        String bare = name.substring(0, name.length() - ZIP.length());
        return bare.length() < 15 ? bare : bare.substring(bare.length() - 15);
    }
}
