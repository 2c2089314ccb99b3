package org.partnercoach.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one migration file's statements again on a database it has already run on, as after a kill half-way. */
public final class MigrationAgain {

    private MigrationAgain() {
    }

    /** {@code file}: the script's path from the project's folder (src/main/resources/db/migration/...). */
    public static void run(Connection c, String file) throws SQLException {
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Statement st = c.createStatement()) {
            for (String sql : text.split(";\\s*\\n")) {
                String statement = sql.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!statement.isEmpty()) {
                    st.execute(statement);
                }
            }
        }
    }
}
