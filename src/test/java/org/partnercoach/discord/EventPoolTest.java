package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pool Discord's events are handled on")
class EventPoolTest {

    @Test
    @DisplayName("runs handlers on its own daemon threads, and drops an event handed to it once shut down")
    void dropsEventsOnceShutDown() throws Exception {
        ExecutorService pool = DiscordBot.eventPool();
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        pool.execute(() -> ran.complete(Thread.currentThread()));
        Thread handler = ran.get(10, TimeUnit.SECONDS);
        assertThat(handler.getName()).startsWith("partner-coach-events-");
        assertThat(handler.isDaemon()).isTrue();

        pool.shutdownNow();
        // a refusal here made JDA run the event on its own thread and print a warning, which a failed start
        // showed on the screen beside its one line
        AtomicBoolean late = new AtomicBoolean();
        assertThatCode(() -> pool.execute(() -> late.set(true))).doesNotThrowAnyException();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(late).isFalse();
    }
}
