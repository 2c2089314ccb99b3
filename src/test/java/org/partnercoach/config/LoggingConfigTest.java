package org.partnercoach.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The logging configuration (config/logback.xml)")
class LoggingConfigTest {

    private static final String FIX = "; correct it, or remove the file to log to the screen only";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the shipped file is used as it is")
    void shippedFile() {
        LoggerContext context = new LoggerContext();
        assertThat(LoggingConfig.configure(context, Path.of("config/logback.xml"))).isNull();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }

    @Test
    @DisplayName("a file that is not XML any more is named with the line to look at")
    void malformed() throws Exception {
        Path file = damaged("</configuration>", "");
        long end = Files.readString(file).lines().count() + 1; // the parser notices at the line after the last
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": cannot be read as XML "
                + "at line " + end + " (XML document structures must start and end within the same entity.)" + FIX);
        Files.writeString(file, "");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": the file is empty" + FIX);
    }

    @Test
    @DisplayName("a misspelt appender class, or filter class, is named")
    void unknownClass() throws Exception {
        Path file = damaged("ch.qos.logback.core.ConsoleAppender", "ch.qos.logback.core.ConsolAppender");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": names a class that does "
                + "not exist, ch.qos.logback.core.ConsolAppender (check its spelling)" + FIX);
        file = damaged("org.partnercoach.discord.JdaShutdownRace", "JdaShutdownRace");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": names a class that does "
                + "not exist, JdaShutdownRace (check its spelling)" + FIX);
    }

    @Test
    @DisplayName("a log file in a folder that cannot be made or written is named, with what to do")
    void unwritableLogFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path log = blocker.resolve("logs").resolve("bot.log");
        Path file = withFileAppender(log);
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": the log file " + log
                + " cannot be written (Not a directory); name a file in a folder the bot may write to, or remove the "
                + "file to log to the screen only");
        file = withFileAppender(dir);
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": the log file " + dir
                + " cannot be written (Is a directory); name a file in a folder the bot may write to, or remove the "
                + "file to log to the screen only");
    }

    @Test
    @DisplayName("what Logback would skip (an appender that is not there, an unknown element) is refused too")
    void skippedParts() throws Exception {
        Path file = damaged("<appender-ref ref=\"STDERR\"/>", "<appender-ref ref=\"STDER\"/>");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": an appender-ref names "
                + "STDER, but no appender has that name (check its spelling)" + FIX);
        file = damaged("<root level=\"WARN\">", "<roots/><root level=\"WARN\">");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": <roots> is not something "
                + "Logback knows there (check its spelling and where it stands)" + FIX);
    }

    @Test
    @DisplayName("after a problem the bot's warnings still reach the screen until it stops")
    void warningsStillShown() throws Exception {
        LoggerContext context = new LoggerContext();
        assertThat(LoggingConfig.configure(context, damaged("</configuration>", ""))).isNotNull();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR").isStarted()).isTrue();
    }

    @Test
    @DisplayName("a level Logback does not know is named, as written and as it reads once filled in")
    void unknownLevel() throws Exception {
        Path file = damaged("<root level=\"WARN\">", "<root level=\"WARNN\">");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": <root level=\"WARNN\"> "
                + "names the level \"WARNN\", which Logback does not know (it would log at DEBUG instead); write "
                + "TRACE, DEBUG, INFO, WARN, ERROR or OFF, or remove the file to log to the screen only");
        file = damaged("${partnercoach.log.level:-INFO}", "${no.such.setting:-LOUD}");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": <logger name=\""
                + "org.partnercoach\" level=\"${no.such.setting:-LOUD}\"> names the level \"LOUD\", which Logback "
                + "does not know (it would log at DEBUG instead); write TRACE, DEBUG, INFO, WARN, ERROR or OFF, or "
                + "remove the file to log to the screen only");
        // what Logback knows, in any case, and a logger that follows its parent's level
        file = damaged("<logger name=\"org.flywaydb\" level=\"WARN\"/>",
                "<logger name=\"org.flywaydb\" level=\"error\"/><logger name=\"org.h2\" level=\"INHERITED\"/>");
        LoggerContext context = new LoggerContext();
        assertThat(LoggingConfig.configure(context, file)).isNull();
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    @DisplayName("a level Logback does not know inside a filter is named too; a known one is used")
    void unknownLevelInFilter() throws Exception {
        String threshold = "<filter class=\"ch.qos.logback.classic.filter.ThresholdFilter\"><level>%s</level>"
                + "</filter>";
        String shipped = "<filter class=\"org.partnercoach.discord.JdaShutdownRace\"/>";
        Path file = damaged(shipped, shipped + threshold.formatted("WARNN"));
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": <level>WARNN</level> in "
                + "<filter class=\"ch.qos.logback.classic.filter.ThresholdFilter\"> names the level \"WARNN\", which "
                + "Logback does not know (it would log at DEBUG instead); write TRACE, DEBUG, INFO, WARN, ERROR or "
                + "OFF, or remove the file to log to the screen only");
        file = damaged(shipped, shipped + "<filter class=\"ch.qos.logback.classic.filter.LevelFilter\">"
                + "<level>${no.such.setting:-LOUD}</level><onMatch>DENY</onMatch></filter>");
        assertThat(LoggingConfig.configure(new LoggerContext(), file)).isEqualTo(file + ": <level>${no.such.setting:"
                + "-LOUD}</level> in <filter class=\"ch.qos.logback.classic.filter.LevelFilter\"> names the level "
                + "\"LOUD\", which Logback does not know (it would log at DEBUG instead); write TRACE, DEBUG, INFO, "
                + "WARN, ERROR or OFF, or remove the file to log to the screen only");
        // a level it knows, in any case, is used as written
        file = damaged(shipped, shipped + threshold.formatted("error"));
        LoggerContext context = new LoggerContext();
        assertThat(LoggingConfig.configure(context, file)).isNull();
        Logger warned = context.getLogger("org.partnercoach.test");
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR").getCopyOfAttachedFiltersList())
                .anySatisfy(f -> assertThat(f.decide(event(warned, Level.WARN)))
                        .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY));
    }

    private static ch.qos.logback.classic.spi.LoggingEvent event(Logger logger, Level level) {
        return new ch.qos.logback.classic.spi.LoggingEvent(Logger.class.getName(), logger, level, "x", null, null);
    }

    @Test
    @DisplayName("lines held off the screen during a step still reach a log file; shown afterwards, or left off when "
            + "the start-up says what went wrong itself")
    @SuppressWarnings("try") // the hold is what the lines are logged under
    void heldOffScreen() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logFile = listening(context,
                screen);
        Logger jda = context.getLogger("net.dv8tion.jda.internal.requests.Requester");
        Logger bot = context.getLogger("org.partnercoach.discord.DiscordBot");

        try (ScreenHold hold = ScreenHold.holdOffScreen(context, "net.dv8tion")) {
            jda.error("DNS resolution failed: discord.com");
            bot.error("the bot's own line");
            assertThat(screen.toString()).isEqualTo("the bot's own line\n");
        }
        jda.error("a later line");
        assertThat(screen.toString()).isEqualTo("the bot's own line\na later line\n");
        assertThat(logFile.list).extracting(e -> e.getFormattedMessage())
                .containsExactly("DNS resolution failed: discord.com", "the bot's own line", "a later line");

        ScreenHold hold = ScreenHold.holdOffScreen(context, "net.dv8tion");
        jda.warn("logged in after a retry");
        assertThat(screen.toString()).doesNotContain("retry");
        hold.show();
        assertThat(screen.toString()).endsWith("a later line\nlogged in after a retry\n");
    }

    /** A context logging to {@code screen} through a console appender, and to the returned list as to a file. */
    private static ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> listening(
            LoggerContext context, java.io.OutputStream screen) {
        ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        ch.qos.logback.core.ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console =
                new ch.qos.logback.core.ConsoleAppender<>();
        console.setContext(context);
        console.setEncoder(encoder);
        console.start();
        console.setOutputStream(screen);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> file =
                new ch.qos.logback.core.read.ListAppender<>();
        file.setContext(context);
        file.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        root.addAppender(file);
        return file;
    }

    /** The shipped file with one piece of text replaced, written to a file of the test's own. */
    private Path damaged(String from, String to) throws Exception {
        String shipped = Files.readString(Path.of("config/logback.xml"));
        assertThat(shipped).contains(from);
        return Files.writeString(dir.resolve("logback-" + Math.abs((from + to).hashCode()) + ".xml"),
                shipped.replace(from, to));
    }

    /** The shipped file, logging to {@code log} as well. */
    private Path withFileAppender(Path log) throws Exception {
        return damaged("<root level=\"WARN\">", """
                <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%msg%%n</pattern></encoder>
                  </appender>
                  <root level="WARN">
                    <appender-ref ref="FILE"/>""".formatted(log));
    }
}
