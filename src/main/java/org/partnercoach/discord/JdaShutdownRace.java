package org.partnercoach.discord;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.RejectedExecutionException;

/**
 * Keeps one harmless JDA error out of the bot's log: while the bot stops, JDA's gateway sender can try to schedule
 * its next packet on its own pool just as that pool shuts down, and JDA 6.x logs the refusal at ERROR with a stack
 * trace. Nothing the bot does causes or prevents it, and it made operators think a stop had gone wrong. Named as a
 * filter in {@code config/logback.xml}; every other error, JDA's included, is logged as before.
 */
public final class JdaShutdownRace extends Filter<ILoggingEvent> {

    private static final String GATEWAY_SENDER = "net.dv8tion.jda.internal.requests.WebSocketClient";

    /** JDA's gateway sender refused by its own pool while that pool shuts down (or has shut down). */
    public static boolean matches(ILoggingEvent event) {
        IThrowableProxy cause = event.getThrowableProxy();
        if (cause == null || !event.getLoggerName().equals(GATEWAY_SENDER)
                || !cause.getClassName().equals(RejectedExecutionException.class.getName())) {
            return false;
        }
        String pool = String.valueOf(cause.getMessage());
        return pool.contains("[Shutting down") || pool.contains("[Terminated");
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return matches(event) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
