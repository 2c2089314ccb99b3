package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Postgres;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("Start-up on PostgreSQL runs Flyway only when something changed since it last passed")
class MigrationCheckOnPostgresTest {

    @Test
    @DisplayName("a new database runs it, the next start does not, an edited history runs it again")
    void flywayOnlyWhenThereIsWork() throws Exception {
        String url = Postgres.emptyDatabase();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        try {
            assertThat(Migrations.migrate(source, null, Engine.POSTGRESQL)).as("a new database").isTrue();
            assertThat(Migrations.migrate(source, null, Engine.POSTGRESQL)).as("nothing changed").isFalse();

            // a released migration's stored checksum from before its text was rewritten: Flyway realigns it
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '"
                        + Migrations.REWRITTEN_FOR_POSTGRESQL + "'");
            }
            assertThat(Migrations.migrate(source, null, Engine.POSTGRESQL)).as("an edited history").isTrue();
            assertThat(Migrations.migrate(source, null, Engine.POSTGRESQL)).as("realigned").isFalse();
        } finally {
            Postgres.drop(url);
        }
    }
}
