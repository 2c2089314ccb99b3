-- What Flyway last found valid and complete (storage.MigrationCheck): one digest of the migration history and of the
-- scripts it names. A start whose digest is unchanged skips Flyway, whose scan of every script is a third of a cold
-- start. Re-runnable.
CREATE TABLE IF NOT EXISTS migration_checks (fingerprint VARCHAR(64) NOT NULL);
