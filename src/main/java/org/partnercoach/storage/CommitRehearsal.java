package org.partnercoach.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Commits made on purpose before the first poll after a start, on an H2 file: rows of a table of their own
 * ({@code commit_rehearsals}) written, changed and deleted, each step committed, so that the table is empty again
 * after it. The rehearsal of the poll rolls its parts back, so without this the first poll's commits are the first
 * that H2 makes in the process: Java then compiles H2's commit path (its decisions on each changed row, the pages it
 * writes, the chunk's bookkeeping) while that poll runs, and compiles again the code the rehearsal compiled for
 * rolled-back rows only. On PostgreSQL the commit runs in the server, and this is not needed. Rows left by an earlier
 * run that did not finish are deleted by the rounds, which use the same marks.
 */
final class CommitRehearsal {

    /**
     * Rounds of three commits, and rows a round: 3,000 rows, each written, changed and deleted, in 90 commits, which
     * add some 3 MB of chunks to the file for the housekeeping to give back. Rounds of one row took 900 commits to
     * shorten the first poll as much (300 did not); these do it by about a tenth (the sixty-fifth round in
     * docs/benchmark-history.md).
     */
    static final int ROUNDS = 30;
    static final int ROWS = 100;

    private static final String WRITE = "INSERT INTO commit_rehearsals (mark, status, written_at) VALUES (?, ?, ?)";
    private static final String CHANGE = "UPDATE commit_rehearsals SET status = ?, written_at = ? WHERE mark = ?";
    private static final String DELETE = "DELETE FROM commit_rehearsals WHERE mark = ?";

    private CommitRehearsal() {
    }

    /** Runs the rounds on {@code db}, outside any transaction; the rows say they were written at {@code now}. */
    static void run(Database db, Instant now) {
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int round = 0; round < ROUNDS; round++) {
            rows.clear();
            for (int row = 0; row < ROWS; row++) {
                rows.add(new Object[] {round, "PENDING", now});
            }
            int mark = round;
            db.write(c -> Database.batch(c, WRITE, rows));
            db.write(c -> Database.update(c, CHANGE, "SENT", now, mark));
            db.write(c -> Database.update(c, DELETE, mark));
        }
    }
}
