package org.partnercoach;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ConfigException;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.health.Heartbeat;
import org.partnercoach.storage.Database;

/**
 * The container's health check ({@code java -cp partner-coach.jar org.partnercoach.Health}): exit code 0 when the
 * running bot's heartbeat is fresh (connected to Discord, scheduler alive), 1 otherwise, with one line saying why.
 */
public final class Health {

    private Health() {
    }

    public static void main(String[] args) {
        String problem = check(System.getenv(), Clock.systemUTC());
        System.out.println(problem == null ? "healthy" : "unhealthy: " + problem);
        System.exit(problem == null ? 0 : 1);
    }

    /** Null when healthy, else what is wrong. */
    static String check(Map<String, String> env, Clock clock) {
        AppConfig config;
        try {
            config = ConfigLoader.load(env);
        } catch (ConfigException e) {
            return e.getMessage();
        }
        Path file = heartbeatFile(config);
        if (file == null) {
            return "the database is in memory, so there is no heartbeat file";
        }
        if (!Heartbeat.isFresh(file, clock.instant(), config.scheduler().pollSeconds())) {
            return "no recent heartbeat in " + file + " (not connected to Discord, or the scheduler stopped)";
        }
        return null;
    }

    /** The heartbeat file: next to the database file; null for an in-memory database. */
    static Path heartbeatFile(AppConfig config) {
        Path db = Database.fileOf(config.database().url());
        return db == null ? null : db.toAbsolutePath().resolveSibling(Heartbeat.FILE_NAME);
    }
}
