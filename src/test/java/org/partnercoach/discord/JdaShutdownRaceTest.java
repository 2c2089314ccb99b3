package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.support.JdaShutdownRaceSample.GATEWAY_SENDER;
import static org.partnercoach.support.JdaShutdownRaceSample.SHUTTING_DOWN;
import static org.partnercoach.support.JdaShutdownRaceSample.UNSCHEDULED;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The bot's log leaves out JDA's harmless error while it stops, and keeps every other")
class JdaShutdownRaceTest {

    /** Where the events are made: not the context of the configuration read. */
    private static final LoggerContext EVENTS = new LoggerContext();

    /** Both logging set-ups the bot ships: the operators' file, and the one inside the jar used without it. */
    @ParameterizedTest
    @ValueSource(strings = {"config/logback.xml", "src/main/resources/logback.xml"})
    void theShippedLoggingLeavesOutOnlyTheRace(String file) throws JoranException {
        Appender<ILoggingEvent> console = consoleOf(file);

        assertThat(console.getFilterChainDecision(error(GATEWAY_SENDER, UNSCHEDULED,
                new RejectedExecutionException(SHUTTING_DOWN)))).isEqualTo(FilterReply.DENY);
        assertThat(console.getFilterChainDecision(error(GATEWAY_SENDER, UNSCHEDULED, new RejectedExecutionException(
                "rejected from pool[Terminated, pool size = 0]")))).isEqualTo(FilterReply.DENY);

        // the same refusal while JDA is running, another JDA error, the same words from the bot: all still logged
        assertThat(console.getFilterChainDecision(error(GATEWAY_SENDER, UNSCHEDULED,
                new RejectedExecutionException("rejected from pool[Running, pool size = 1]"))))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(console.getFilterChainDecision(error(GATEWAY_SENDER, "Encountered an exception",
                new IllegalStateException("[Shutting down")))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(console.getFilterChainDecision(error("org.partnercoach.outbox.OutboxJob", "could not send",
                new RejectedExecutionException(SHUTTING_DOWN)))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(console.getFilterChainDecision(error(GATEWAY_SENDER, UNSCHEDULED, null)))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    /** The appender the file sends every log line to, as Logback builds it from that file. */
    private static Appender<ILoggingEvent> consoleOf(String file) throws JoranException {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(Path.of(file).toFile());
        Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertThat(console).as("the console appender of " + file).isNotNull();
        return console;
    }

    private static ILoggingEvent error(String logger, String message, Throwable cause) {
        return new LoggingEvent(Logger.class.getName(), EVENTS.getLogger(logger), Level.ERROR, message, cause, null);
    }
}
