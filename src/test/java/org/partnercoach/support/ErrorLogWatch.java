package org.partnercoach.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.partnercoach.discord.JdaShutdownRace;
import org.slf4j.LoggerFactory;

/**
 * Catches every ERROR logged while it is attached (JDA's or the bot's): an end-to-end test fails on any, since JDA
 * reports payloads it cannot read only in its log. One is left out: JDA's own race while it shuts a connection down
 * (its gateway sender reschedules itself on the pool being shut down, and logs the refusal), which nothing the bot
 * does can cause or prevent ({@link JdaShutdownRace}, which the bot's own logging leaves out too); it made a test fail
 * now and then when the bot was closed.
 */
public final class ErrorLogWatch extends AppenderBase<ILoggingEvent> {

    private static final int MAX_LINE = 400;
    private final List<String> errors = new ArrayList<>();

    public static ErrorLogWatch attach() {
        ErrorLogWatch watch = new ErrorLogWatch();
        watch.setName("e2e-error-watch");
        watch.start();
        root().addAppender(watch);
        return watch;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) && !JdaShutdownRace.matches(event)) {
            String cause = event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName()
                    + ": " + event.getThrowableProxy().getMessage() + ")";
            String line = event.getLoggerName() + ": " + event.getFormattedMessage() + cause;
            errors.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line);
        }
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public void detach() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
