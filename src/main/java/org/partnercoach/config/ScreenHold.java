package org.partnercoach.config;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.List;

/**
 * Lines of some loggers held back from the screen (every console appender) for a while; log files get them as they
 * come. For a start-up step whose failure the start-up tells in its own one line: a library's error line before it
 * would only repeat it.
 */
public final class ScreenHold implements AutoCloseable {
    private final List<HoldBack> holds;

    private ScreenHold(List<HoldBack> holds) {
        this.holds = holds;
    }

    /** Stops holding back and shows what was held, in the order it was logged. */
    public void show() {
        holds.forEach(HoldBack::show);
    }

    /** Stops holding back; what was held and not shown stays off the screen. */
    @Override
    public void close() {
        holds.forEach(HoldBack::drop);
    }

    /** Holds back what loggers under {@code loggerPrefix} log from now until {@link #show()} or {@link #close()}. */
    public static ScreenHold holdOffScreen(String loggerPrefix) {
        return org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                ? holdOffScreen(context, loggerPrefix) : new ScreenHold(List.of());
    }

    static ScreenHold holdOffScreen(LoggerContext context, String loggerPrefix) {
        java.util.Set<ch.qos.logback.core.Appender<ILoggingEvent>> screens =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ch.qos.logback.classic.Logger logger : context.getLoggerList()) {
            logger.iteratorForAppenders().forEachRemaining(appender -> collectScreens(appender, screens));
        }
        List<HoldBack> holds = new java.util.ArrayList<>();
        for (ch.qos.logback.core.Appender<ILoggingEvent> screen : screens) {
            HoldBack hold = new HoldBack(loggerPrefix, screen);
            screen.addFilter(hold);
            holds.add(hold);
        }
        return new ScreenHold(holds);
    }

    /** The console appenders among {@code appender} and the appenders it passes events to (an async appender). */
    private static void collectScreens(ch.qos.logback.core.Appender<ILoggingEvent> appender,
                                       java.util.Set<ch.qos.logback.core.Appender<ILoggingEvent>> screens) {
        if (appender instanceof ConsoleAppender<ILoggingEvent>) {
            screens.add(appender);
        } else if (appender instanceof ch.qos.logback.core.spi.AppenderAttachable<?> parent) {
            @SuppressWarnings("unchecked")
            ch.qos.logback.core.spi.AppenderAttachable<ILoggingEvent> events =
                    (ch.qos.logback.core.spi.AppenderAttachable<ILoggingEvent>) parent;
            events.iteratorForAppenders().forEachRemaining(child -> collectScreens(child, screens));
        }
    }

    /** The filter behind {@link ScreenHold} on one console appender; lets everything through once it is over. */
    private static final class HoldBack extends ch.qos.logback.core.filter.Filter<ILoggingEvent> {
        private final String loggerPrefix;
        private final ch.qos.logback.core.Appender<ILoggingEvent> screen;
        private final List<ILoggingEvent> held = new java.util.ArrayList<>();
        private boolean holding = true;

        HoldBack(String loggerPrefix, ch.qos.logback.core.Appender<ILoggingEvent> screen) {
            this.loggerPrefix = loggerPrefix;
            this.screen = screen;
            start();
        }

        @Override
        public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
            if (event.getLoggerName().startsWith(loggerPrefix)) {
                synchronized (held) {
                    if (holding) {
                        try {
                            // shown later, perhaps on another thread: keep the thread's name and the MDC now
                            event.prepareForDeferredProcessing();
                        } catch (RuntimeException e) {
                            // a context without an MDC: the line is shown as it is
                        }
                        held.add(event);
                        return ch.qos.logback.core.spi.FilterReply.DENY;
                    }
                }
            }
            return ch.qos.logback.core.spi.FilterReply.NEUTRAL;
        }

        void show() {
            List<ILoggingEvent> shown;
            synchronized (held) {
                holding = false;
                shown = List.copyOf(held);
                held.clear();
            }
            shown.forEach(screen::doAppend);
        }

        void drop() {
            synchronized (held) {
                holding = false;
                held.clear();
            }
        }
    }
}
