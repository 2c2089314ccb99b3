package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The container's health check")
class HealthTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("reads the heartbeat next to the configured database file")
    void nextToTheDatabase() throws Exception {
        Map<String, String> env = Map.of("PARTNER_COACH_DB_URL", "jdbc:h2:file:" + dir.resolve("partner-coach"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThat(Health.check(env, clock)).isEqualTo("no recent heartbeat in " + dir.resolve("health")
                + " (not connected to Discord, or the scheduler stopped)");
        Files.writeString(dir.resolve("health"), NOW.minusSeconds(40).toString());
        assertThat(Health.check(env, clock)).isNull();
    }
}
