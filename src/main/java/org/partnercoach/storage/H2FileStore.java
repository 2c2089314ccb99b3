package org.partnercoach.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an H2 file puts what is committed, and how it gives space back.
 *
 * <p>H2 writes each commit as a new chunk of the file. Placed in the space of dead chunks, the newest chunk is not
 * always found after {@code kill -9}: H2 then points its file header at the chunk before it, so the last acknowledged
 * commits are lost (seen in {@code KillDurabilityTest} once dead chunks are reused: after H2's 45 s of keeping them,
 * or after a compaction, which stops that keeping). A chunk appended at the end of the file is always found. So
 * commits are always appended, and only {@link #compactIfSparse} lets H2 fill dead space, while no commit can be
 * made: it rewrites live pages, moves chunks down and cuts the file, as H2 does to survive a crash meanwhile.
 * After a burst of writes, those steps give the file back over a few minutes of housekeeping runs; a file left
 * mostly dead is also rewritten whole when the bot stops, or at its next start ({@link #rewriteIfMostlyDead}).
 */
final class H2FileStore {

    /** Bytes of live pages one compaction rewrites at most. */
    static final int STEP = 4 << 20;
    /**
     * Bytes of chunks one compaction moves down at most. H2 picks the chunks to move between the holes it would fill,
     * not from the file's end: after a burst of 100,000 writes, steps of 4 MB never shortened the file, steps of 16
     * MB brought it from 2.7 GB to 231 MB in 48 housekeeping runs (the forty-sixth round).
     */
    static final long MOVE = 16L << 20;
    /** The file is rewritten when its live data fills less than this share of it (at stop, or at start). */
    static final int REWRITE_BELOW_PERCENT = 50;
    /**
     * At start, only a file at least this large is rewritten: a start waits for it, and a small file's dead space
     * costs little (the stop rewrites it anyway). A bot killed rather than stopped, as {@code docker stop} does
     * after 10 s, gets its space back at the next start.
     */
    static final long REWRITE_AT_START_FROM_BYTES = 64L << 20;

    private static final Logger log = LoggerFactory.getLogger(H2FileStore.class);

    private final DataSource pool;
    /** Commits share it; compaction takes it alone, so that no commit lands in reused space. */
    private final ReentrantReadWriteLock placement = new ReentrantReadWriteLock();

    H2FileStore(DataSource pool) {
        this.pool = pool;
        appendOnly();
    }

    /** Commits on {@code c}, never while the file is being compacted. */
    void commit(Connection c) throws SQLException {
        placement.readLock().lock();
        try {
            c.commit();
        } finally {
            placement.readLock().unlock();
        }
    }

    /**
     * When live data fills less than {@code belowPercent} of the file, or of its chunks (a burst's dead chunks not yet
     * dropped): rewrites the live pages of chunks that are less than that full (only when the file itself is), moves
     * chunks from the end into the dead space below them, and cuts the file, at most {@link #STEP} and {@link #MOVE},
     * with commits held meanwhile (usually tens of milliseconds); whether it compacted. Each housekeeping run takes
     * one step, which keeps up with a coalition's writes. A burst of thousands a second outgrows it: its space comes
     * back in the runs after the burst, each holding commits for up to 1.5 s (100,000 writes: 2.7 GB back to 231 MB
     * in 48 runs), or when the bot stops or starts ({@link #rewriteIfMostlyDead}).
     */
    boolean compactIfSparse(int belowPercent) {
        // the connection first: commits waiting for the compaction hold theirs
        try (Connection c = pool.getConnection()) {
            Optional<MVStore> store = fileStoreOf(c);
            if (store.isEmpty()) {
                return false;
            }
            MVStore mv = store.get();
            mv.setReuseSpace(false); // again each run: H2 forgets it when the file was closed and opened again
            if (!(mv.getFileStore() instanceof RandomAccessStore file)) {
                return false;
            }
            placement.writeLock().lock();
            try {
                if (!sparse(mv, file, belowPercent)) {
                    return false;
                }
                // not MVStore.compactFile: it repeats both steps until a time is up, syncing the whole file each
                // time (seconds, with commits held), and stops H2's keeping of dead space for good
                mv.setReuseSpace(true); // H2 neither rewrites nor moves chunks without it
                try {
                    if (mv.getFillRate() < belowPercent) {
                        mv.compact(belowPercent, STEP);
                    }
                    // drops the dead chunks first, and moves only when the file is then sparse
                    file.compactMoveChunks(belowPercent, MOVE, mv);
                } finally {
                    mv.setReuseSpace(false);
                }
                return true;
            } finally {
                placement.writeLock().unlock();
            }
        } catch (SQLException | RuntimeException e) {
            // housekeeping only: an H2 that works differently keeps its file as it is
            return false;
        }
    }

    /**
     * Called when the bot stops, once nothing else uses the database, and when it starts: when live data fills less
     * than half of the file (and it is at least {@code fromBytes}), H2 closes it with {@code SHUTDOWN COMPACT}, which
     * copies the live data into a new file and then puts that in the old one's place, so that a kill meanwhile leaves
     * the old file, whole (H2 clears the copy away when it next opens the file). This is how a file gives back the
     * space of a burst of writes: the steps of {@link #compactIfSparse} cannot shorten a file whose live pages are
     * spread over thousands of chunks. Whether it shut the database down to rewrite it, even if the rewrite then
     * failed (a full disk: the old file stays, whole): the caller opens it again, or is closing it anyway
     * ({@code when} is for the log: "before the bot stops").
     */
    boolean rewriteIfMostlyDead(java.nio.file.Path storeFile, long fromBytes, String when) {
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
        boolean shuttingDown = false;
        placement.writeLock().lock(); // not beside a housekeeping compaction, nor a late commit
        try {
            Optional<MVStore> store = fileStoreOf(c);
            if (store.isEmpty() || !(store.get().getFileStore() instanceof RandomAccessStore file)) {
                return false;
            }
            long before = file.size();
            if (before < fromBytes || !sparse(store.get(), file, REWRITE_BELOW_PERCENT)) {
                return false;
            }
            long start = System.nanoTime();
            // a small file is rewritten in moments, often at a first stop (the migrations' dead space): no line
            boolean worthSaying = before >= REWRITE_AT_START_FROM_BYTES;
            if (worthSaying) {
                log.info("the database file is {} MB, mostly space its data no longer uses: rewriting it {}"
                        + " (a few seconds per GB)", before >> 20, when);
            }
            shuttingDown = true;
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            long after = java.nio.file.Files.size(storeFile);
            if (worthSaying) {
                log.info("database file rewritten in {} ms: {} MB -> {} MB", (System.nanoTime() - start) / 1_000_000,
                        before >> 20, after >> 20);
            }
            return true;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            if (shuttingDown) {
                // the file stays as it is, whole: the next stop or start tries again
                log.warn("could not rewrite the database file {}; it keeps its size for now", when, e);
            }
            return shuttingDown; // SHUTDOWN may have closed it before failing
        } finally {
            handBack(c, shuttingDown);
            placement.writeLock().unlock();
        }
    }

    /**
     * Whether live data fills less than {@code belowPercent} of the file, or of its chunks. H2 counts the chunks a
     * burst of writes left dead as used in the file's fill until a later commit drops them (once its 45 s of keeping
     * them are over), and not in the chunks' own: a quiet bot's file looks full after a burst.
     */
    private static boolean sparse(MVStore mv, RandomAccessStore file, int belowPercent) {
        return mv.getFillRate() < belowPercent || file.getChunksFillRate() < belowPercent;
    }

    /**
     * Hands a connection back. After {@code SHUTDOWN} its database is closed: the pool drops it rather than take it
     * back, since taking it back asks the closed connection to clear its warnings, which H2 answers with "Database is
     * already closed" and writes into its trace file beside the database, where a stop that went well would look like
     * one that failed.
     */
    private void handBack(Connection c, boolean shutDown) {
        try {
            if (shutDown && pool instanceof HikariDataSource hikari) {
                hikari.evictConnection(c);
            } else {
                c.close();
            }
        } catch (SQLException expected) {
            // the pool drops it, as it does the others when it closes
        }
    }

    private void appendOnly() {
        try (Connection c = pool.getConnection()) {
            fileStoreOf(c).ifPresent(mv -> mv.setReuseSpace(false));
        } catch (SQLException | RuntimeException e) {
            // an H2 that works differently keeps its own placement
        }
    }

    /** The H2 store behind a connection, when it is a file (tests set its keeping of dead space). */
    static Optional<MVStore> fileStoreOf(Connection c) throws SQLException {
        if (!c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)) {
            return Optional.empty();
        }
        org.h2.mvstore.db.Store store = ((org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class)
                .getSession()).getDatabase().getStore();
        MVStore mv = store == null ? null : store.getMvStore();
        return mv == null || mv.getFileStore() == null || mv.getFileStore().getFileName() == null ? Optional.empty()
                : Optional.of(mv);
    }
}
