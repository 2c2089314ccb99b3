package org.partnercoach.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.joran.spi.JoranException;
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
        if (first.getOrigin() instanceof LevelCheckingConfigurator.LevelCheck) {
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
