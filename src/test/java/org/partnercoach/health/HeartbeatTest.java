package org.partnercoach.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The heartbeat for the container's health check")
class HeartbeatTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("is written on each scheduler run only while connected, and is fresh for three poll intervals")
    void writtenWhileConnected() {
        Path file = dir.resolve(Heartbeat.FILE_NAME);
        Heartbeat heartbeat = new Heartbeat(file);
        AtomicBoolean connected = new AtomicBoolean(false);
        heartbeat.whenConnected(connected::get);

        heartbeat.runDue(NOW);
        assertThat(file).doesNotExist();
        assertThat(Heartbeat.isFresh(file, NOW, 30)).isFalse();

        connected.set(true);
        heartbeat.runDue(NOW);
        assertThat(file).hasContent("2026-11-30T09:00:00Z");
        assertThat(Heartbeat.isFresh(file, NOW.plusSeconds(90), 30)).isTrue();
        assertThat(Heartbeat.isFresh(file, NOW.plusSeconds(91), 30)).isFalse();
        // a short poll still allows a minute
        assertThat(Heartbeat.isFresh(file, NOW.plusSeconds(60), 5)).isTrue();

        // disconnected: the file ages and the check fails
        connected.set(false);
        heartbeat.runDue(NOW.plusSeconds(120));
        assertThat(Heartbeat.isFresh(file, NOW.plusSeconds(120), 30)).isFalse();
    }

    @Test
    @DisplayName("an unreadable or garbled file is not healthy")
    void garbled() throws Exception {
        Path file = Files.writeString(dir.resolve(Heartbeat.FILE_NAME), "yesterday");
        assertThat(Heartbeat.isFresh(file, NOW, 30)).isFalse();
        assertThat(Heartbeat.isFresh(dir.resolve("missing"), NOW, 30)).isFalse();
    }

    @Test
    @DisplayName("an in-memory database has no heartbeat file: nothing is written")
    void noFile() {
        Heartbeat heartbeat = new Heartbeat(null);
        heartbeat.whenConnected(() -> true);
        assertThat(heartbeat.runDue(NOW)).isZero();
    }
}
