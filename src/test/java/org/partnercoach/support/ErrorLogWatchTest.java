package org.partnercoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("The end-to-end tests' watch on errors logged")
class ErrorLogWatchTest {

    private static final String JDA_SENDER = "net.dv8tion.jda.internal.requests.WebSocketClient";
    private static final String REFUSED = "Task ScheduledFutureTask@2ce40e6a rejected from"
            + " java.util.concurrent.ScheduledThreadPoolExecutor@6deff82c[Shutting down, pool size = 1]";

    @Test
    void leavesOutOnlyJdasOwnRaceWhileItShutsDown() {
        ErrorLogWatch watch = ErrorLogWatch.attach();
        try {
            Logger jda = LoggerFactory.getLogger(JDA_SENDER);
            jda.error("Was unable to schedule next packet due to rejected execution by threadpool",
                    new RejectedExecutionException(REFUSED));
            jda.error("Was unable to schedule next packet due to rejected execution by threadpool",
                    new RejectedExecutionException("rejected from pool[Running, pool size = 1]"));
            jda.error("Encountered an exception", new IllegalStateException("[Shutting down"));
            LoggerFactory.getLogger("org.partnercoach.outbox.OutboxJob").error("could not send",
                    new RejectedExecutionException(REFUSED));
        } finally {
            watch.detach();
        }

        assertThat(watch.errors()).hasSize(3)
                .noneMatch(line -> line.startsWith(JDA_SENDER) && line.contains("Shutting down, pool size = 1]"));
    }
}
