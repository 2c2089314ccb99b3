package org.partnercoach.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.partnercoach.storage.Database;

/**
 * A test's own PostgreSQL database with every migration applied, closed and dropped after the test:
 * <pre>{@code @RegisterExtension final FreshPostgres pg = new FreshPostgres();}</pre>
 * (a new one for each test, as JUnit makes a new test instance for each).
 */
public final class FreshPostgres implements AfterEachCallback {

    private final String url = Postgres.freshDatabase();
    private final Database db = Database.open(url);

    /** The database, open. */
    public Database db() {
        return db;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        db.close();
        Postgres.drop(url);
    }
}
