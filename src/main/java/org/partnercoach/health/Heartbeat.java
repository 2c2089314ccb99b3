package org.partnercoach.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.BooleanSupplier;
import org.partnercoach.chat.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's sign of life for a container's health check: on every scheduler run, while connected to Discord, it
 * writes the time to a file next to the database ({@code /data/health} in the image). A file older than a few
 * poll intervals means the scheduler stopped or the bot lost Discord; {@link #isFresh} is what the check asks.
 */
public final class Heartbeat implements ScheduledJob {

    /** The file's name, in the database's folder. */
    public static final String FILE_NAME = "health";

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final Path file;
    private volatile BooleanSupplier connected = () -> false;

    /** @param file where to write; null for no heartbeat (an in-memory database has no folder) */
    public Heartbeat(Path file) {
        this.file = file;
    }

    /** Tells the heartbeat how to know that the bot is connected (the Discord adapter calls this once). */
    public void whenConnected(BooleanSupplier isConnected) {
        this.connected = isConnected;
    }

    @Override
    public String name() {
        return "heartbeat";
    }

    @Override
    public int runDue(Instant now) {
        if (file == null || !connected.getAsBoolean()) {
            return 0;
        }
        try {
            Path next = file.resolveSibling(FILE_NAME + ".next");
            Files.writeString(next, now.toString(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("could not write the health file {}: {}", file, e.getMessage());
        }
        return 0;
    }

    /**
     * Whether the heartbeat in {@code file} is recent enough at {@code now}: written within three poll intervals
     * (and at least a minute, so one slow run is no alarm).
     */
    public static boolean isFresh(Path file, Instant now, int pollSeconds) {
        try {
            Instant beat = Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
            Duration allowed = Duration.ofSeconds(Math.max(60, 3L * pollSeconds));
            return !beat.isAfter(now.plusSeconds(5)) && Duration.between(beat, now).compareTo(allowed) <= 0;
        } catch (IOException | DateTimeParseException e) {
            return false;
        }
    }
}
