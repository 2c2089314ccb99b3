package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A JVM that runs one migration's statements on an H2 file and waits to be killed: says {@code GO} just before the
 * statements, {@code DONE <microseconds>} after them, then waits for its input to close.
 * For {@link InterruptedTableChangeTest}: arguments are the database URL and the migration's version.
 */
public final class TableChangeChild {

    private TableChangeChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(args[0]), "sa", "")) {
            System.out.println("GO");
            System.out.flush();
            long start = System.nanoTime();
            MigrationScripts.runAgain(c, Integer.parseInt(args[1]));
            System.out.println("DONE " + (System.nanoTime() - start) / 1000);
            System.out.flush();
            // a test that let the change finish closes the input
            while (System.in.read() >= 0) {
                continue;
            }
        }
    }
}
