package org.partnercoach.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.model.LevelModel;
import ch.qos.logback.classic.model.LoggerModel;
import ch.qos.logback.classic.model.RootLoggerModel;
import ch.qos.logback.classic.model.processor.LevelModelHandler;
import ch.qos.logback.classic.model.processor.LoggerModelHandler;
import ch.qos.logback.classic.model.processor.RootLoggerModelHandler;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.model.Model;
import ch.qos.logback.core.model.processor.DefaultProcessor;
import ch.qos.logback.core.model.processor.ModelHandlerException;
import ch.qos.logback.core.model.processor.ModelInterpretationContext;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the logging configuration ({@code config/logback.xml}, or the file named by {@code logback.configurationFile})
 * for Logback, which finds this class as a service before its own reader. A file Logback cannot use (not XML, a class
 * that does not exist, a log file that cannot be written) becomes one sentence, {@link #problem()}, for the start-up
 * to refuse with, instead of Logback's status lines and stack traces on the screen; until then the bot logs its
 * warnings to the screen. Without a named file, Logback's own search goes on (the tests' and the jar's logback.xml).
 */
public final class LoggingConfig extends ContextAwareBase implements Configurator {

    /** The system property that names the logging configuration file (Logback's own). */
    public static final String FILE_PROPERTY = "logback.configurationFile";

    private static volatile String problem;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Path file = namedFile();
        if (file == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        problem = configure(context, file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * What is wrong with the logging configuration the program started with, in one sentence naming the file; null
     * when it is in use. Sets the logging up first when nothing has logged yet.
     */
    public static String problem() {
        org.slf4j.LoggerFactory.getILoggerFactory();
        return problem;
    }

    /**
     * Configures {@code context} from {@code file}: null when it worked; else what is wrong (naming the file), with
     * the context left logging warnings to the screen and Logback's own report of the problem kept off it.
     */
    static String configure(LoggerContext context, Path file) {
        int before = context.getStatusManager().getCount();
        JoranConfigurator joran = new LevelCheckingConfigurator();
        joran.setContext(context);
        JoranException failed = null;
        try {
            joran.doConfigure(file.toFile());
        } catch (JoranException e) {
            failed = e;
        }
        List<Status> statuses = context.getStatusManager().getCopyOfStatusList();
        // errors first; then warnings, which Logback gives for what it skipped (an unknown element, a missing
        // appender): a file it half read would not log where it says
        List<Status> problems = statuses.subList(Math.min(before, statuses.size()), statuses.size()).stream()
                .filter(s -> s.getLevel() >= Status.WARN)
                .sorted(java.util.Comparator.comparingInt((Status s) -> -s.getLevel())
                        .thenComparing(s -> String.valueOf(s.getMessage()).contains("not referenced")))
                .toList();
        if (failed == null && problems.isEmpty()) {
            return null;
        }
        String what = describe(file, failed, problems);
        context.reset();
        screenOnly(context);
        return file + ": " + what;
    }

    /** The file named by {@value #FILE_PROPERTY} when it is a file on disk; null leaves the search to Logback. */
    private static Path namedFile() {
        String named = System.getProperty(FILE_PROPERTY);
        if (named == null || named.isBlank()) {
            return null;
        }
        try {
            Path file = Path.of(named);
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The first problem, in the operator's words, with what to do. */
    private static String describe(Path file, JoranException failed, List<Status> problems) {
        org.xml.sax.SAXParseException xml = failed == null ? null
                : cause(failed, org.xml.sax.SAXParseException.class);
        if (xml != null) {
            if (isBlank(file)) {
                return "the file is empty; " + FIX;
            }
            return "cannot be read as XML" + (xml.getLineNumber() > 0 ? " at line " + xml.getLineNumber() : "")
                    + " (" + firstLine(xml.getMessage()) + "); " + FIX;
        }
        for (Status problem : problems) {
            if (problem.getOrigin() instanceof FileAppender<?> appender && appender.getFile() != null) {
                return "the log file " + Path.of(appender.getFile()).toAbsolutePath() + " cannot be written"
                        + reason(problems, appender) + "; name a file in a folder the bot may write to, or remove "
                        + "the file to log to the screen only";
            }
        }
        if (problems.isEmpty()) {
            return firstLine(failed.getMessage()) + "; " + FIX;
        }
        Status first = problems.get(0);
        if (first.getOrigin() instanceof LevelCheck) {
            return first.getMessage() + ", or remove the file to log to the screen only";
        }
        ClassNotFoundException missing = cause(first.getThrowable(), ClassNotFoundException.class);
        if (missing != null) {
            return "names a class that does not exist, " + missing.getMessage() + " (check its spelling); " + FIX;
        }
        String message = firstLine(first.getMessage());
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("^Appender named \\[(.*)\\] could not be found")
                .matcher(message);
        if (named.find()) {
            return "an appender-ref names " + named.group(1) + ", but no appender has that name (check its spelling); "
                    + FIX;
        }
        java.util.regex.Matcher unknown = java.util.regex.Pattern.compile("^Ignoring unknown property \\[(.*?)\\]")
                .matcher(message);
        if (unknown.find()) {
            return "<" + unknown.group(1) + "> is not something Logback knows there (check its spelling and where it "
                    + "stands); " + FIX;
        }
        Throwable cause = first.getThrowable();
        return message + (cause == null || cause.getMessage() == null ? "" : " (" + firstLine(cause.getMessage()) + ")")
                + "; " + FIX;
    }

    private static boolean isBlank(Path file) {
        try {
            return Files.readString(file).isBlank();
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static final String FIX = "correct it, or remove the file to log to the screen only";

    /** Why the appender's file could not be opened, as " (Permission denied)", or nothing. */
    private static String reason(List<Status> problems, FileAppender<?> appender) {
        for (Status error : problems) {
            if (error.getOrigin() == appender && error.getThrowable() instanceof java.io.IOException e
                    && e.getMessage() != null) {
                String message = e.getMessage();
                int open = message.lastIndexOf(" (");
                return open >= 0 && message.endsWith(")") ? message.substring(open) : " (" + message + ")";
            }
        }
        for (Status error : problems) {
            if (error.getOrigin() == appender && String.valueOf(error.getMessage()).contains("parent directories")) {
                return " (its folder cannot be made)";
            }
        }
        return "";
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /**
     * Logback's own reader, except that a level it does not know is an error: Logback reads {@code level="WARNN"} as
     * DEBUG without a word, and the log fills with debug lines.
     */
    private static final class LevelCheckingConfigurator extends JoranConfigurator {
        @Override
        protected void addModelHandlerAssociations(DefaultProcessor processor) {
            super.addModelHandlerAssociations(processor);
            processor.addHandler(RootLoggerModel.class, (context, mic) -> new CheckedRoot(context));
            processor.addHandler(LoggerModel.class, (context, mic) -> new CheckedLogger(context));
            processor.addHandler(LevelModel.class, (context, mic) -> new CheckedLevel(context));
        }

        @Override
        protected JoranConfigurator makeAnotherInstance() {
            LevelCheckingConfigurator another = new LevelCheckingConfigurator();
            another.setContext(context);
            return another;
        }
    }

    /** A handler of an element that sets a level, which reports a level Logback does not know. */
    private interface LevelCheck {
        /** The level {@code written} (before {@code ${...}} is filled in) stands for, when Logback does not know it. */
        default String unknown(ModelInterpretationContext mic, String written) {
            if (written == null) {
                return null;
            }
            String level = mic.subst(written);
            if (level == null || level.isBlank() || Level.toLevel(level, null) != null
                    || level.strip().equalsIgnoreCase("INHERITED") || level.strip().equalsIgnoreCase("NULL")) {
                return null;
            }
            return level.strip();
        }

        static String problem(String element, String level) {
            return element + " names the level \"" + level + "\", which Logback does not know (it would log at DEBUG "
                    + "instead); write TRACE, DEBUG, INFO, WARN, ERROR or OFF";
        }
    }

    private static final class CheckedRoot extends RootLoggerModelHandler implements LevelCheck {
        CheckedRoot(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            String written = ((RootLoggerModel) model).getLevel();
            String level = unknown(mic, written);
            if (level != null) {
                addError(LevelCheck.problem("<root level=\"" + written + "\">", level));
            }
            super.handle(mic, model);
        }
    }

    private static final class CheckedLogger extends LoggerModelHandler implements LevelCheck {
        CheckedLogger(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            LoggerModel logger = (LoggerModel) model;
            String level = unknown(mic, logger.getLevel());
            if (level != null) {
                addError(LevelCheck.problem("<logger name=\"" + logger.getName() + "\" level=\"" + logger.getLevel()
                        + "\">", level));
            }
            super.handle(mic, model);
        }
    }

    private static final class CheckedLevel extends LevelModelHandler implements LevelCheck {
        CheckedLevel(ch.qos.logback.core.Context context) {
            super(context);
        }

        @Override
        public void handle(ModelInterpretationContext mic, Model model) throws ModelHandlerException {
            String written = ((LevelModel) model).getValue();
            String level = unknown(mic, written);
            if (level != null) {
                String of = mic.peekObject() instanceof ch.qos.logback.classic.Logger logger
                        && !logger.getName().equals(org.slf4j.Logger.ROOT_LOGGER_NAME)
                        ? "<logger name=\"" + logger.getName() + "\">" : "<root>";
                addError(LevelCheck.problem("<level value=\"" + written + "\"> in " + of, level));
            }
            super.handle(mic, model);
        }
    }

    /**
     * Holds back from the screen (every console appender) what loggers under {@code loggerPrefix} log from now until
     * {@link ScreenHold#show()} or {@link ScreenHold#close()}; log files get it as it comes. For a step whose failure
     * the start-up tells in its own one line: a library's error line before it would only repeat it.
     */
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

    /** Lines held back from the screen by {@link #holdOffScreen}. */
    public static final class ScreenHold implements AutoCloseable {
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

    /** Warnings and errors to the screen (stderr), and Logback's status report kept off it. */
    private static void screenOnly(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> screen = new ConsoleAppender<>();
        screen.setContext(context);
        screen.setName("STDERR");
        screen.setTarget("System.err");
        screen.setEncoder(encoder);
        screen.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(screen);
    }
}
