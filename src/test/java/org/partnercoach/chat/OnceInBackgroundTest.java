package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Work a start sets going on a thread of its own, once")
class OnceInBackgroundTest {

    @Test
    @DisplayName("runs once on a daemon thread of its name; a second start gets the same run")
    void runsOnce() throws Exception {
        AtomicReference<CompletableFuture<String>> slot = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<String> first = OnceInBackground.start(slot, "warm-up-under-test", () -> {
            runs.incrementAndGet();
            Thread self = Thread.currentThread();
            return self.getName() + (self.isDaemon() ? " daemon" : " kept alive");
        });
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("warm-up-under-test daemon");
        assertThat(OnceInBackground.start(slot, "again", () -> "a second run")).isSameAs(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    @DisplayName("what the work throws, even a stack overflow, ends the run with it instead of leaving it waiting")
    void failureEndsTheRun() {
        CompletableFuture<Object> failed = OnceInBackground.start(new AtomicReference<>(), "fails", () -> {
            throw new IllegalStateException("no fonts");
        });
        assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("no fonts");
        CompletableFuture<Object> overflowed = OnceInBackground.start(new AtomicReference<>(), "overflows", () -> {
            throw new StackOverflowError();
        });
        assertThatThrownBy(() -> overflowed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(StackOverflowError.class);
    }
}
