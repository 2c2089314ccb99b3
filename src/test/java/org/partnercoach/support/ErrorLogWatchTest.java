package org.partnercoach.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.support.JdaShutdownRaceSample.GATEWAY_SENDER;
import static org.partnercoach.support.JdaShutdownRaceSample.SHUTTING_DOWN;
import static org.partnercoach.support.JdaShutdownRaceSample.UNSCHEDULED;

import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DisplayName("The end-to-end tests' watch on errors logged")
class ErrorLogWatchTest {

    @Test
    void leavesOutOnlyJdasOwnRaceWhileItShutsDown() {
        ErrorLogWatch watch = ErrorLogWatch.attach();
        try {
            Logger jda = LoggerFactory.getLogger(GATEWAY_SENDER);
            jda.error(UNSCHEDULED, new RejectedExecutionException(SHUTTING_DOWN));
            jda.error(UNSCHEDULED, new RejectedExecutionException("rejected from pool[Running, pool size = 1]"));
            jda.error("Encountered an exception", new IllegalStateException("[Shutting down"));
            LoggerFactory.getLogger("org.partnercoach.outbox.OutboxJob").error("could not send",
                    new RejectedExecutionException(SHUTTING_DOWN));
        } finally {
            watch.detach();
        }

        assertThat(watch.errors()).hasSize(3)
                .noneMatch(line -> line.startsWith(GATEWAY_SENDER) && line.contains("Shutting down, pool size = 1]"));
    }
}
