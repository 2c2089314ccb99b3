package org.partnercoach;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ConfigException;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.console.ConsoleAdapter;
import org.partnercoach.console.MovableClock;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.storage.DatabaseUnavailableException;

/**
 * Starts Partner Coach: configuration, then the bot, then Discord when {@code DISCORD_TOKEN} is set, else the
 * local console. Options: {@code --console} (console even with a token), {@code --script FILE} (run a console
 * script and exit). {@code copy-to-postgres --from <H2 URL> --to <PostgreSQL URL>} copies the data instead of
 * starting ({@link CopyCommand}).
 */
public final class App {

    /** Exit code for a configuration or content problem. */
    static final int BAD_CONFIG = 2;
    /** The level of Partner Coach's own log lines, read by logback.xml. */
    static final String LOG_LEVEL_PROPERTY = "partnercoach.log.level";

    private App() {
    }

    /**
     * True when this is the program's own process ({@link #main}), false when a test runs the app inside its JVM:
     * only the program's own process keeps its stop hook to the end.
     */
    private static volatile boolean ownProcess;

    /** What {@code --help} prints: the ways to start the bot, and where to read on. */
    static final String USAGE = """
            Partner Coach, a Discord bot that coaches coalition members in reaching out to new partners.

              java -jar target/partner-coach.jar                 with DISCORD_TOKEN set: the bot in Discord;
                                                                 without it: the local console (type /coach start)
              java -jar target/partner-coach.jar --console       the console even with DISCORD_TOKEN set
              java -jar target/partner-coach.jar --script FILE   run a file of console lines, then stop
              java -jar target/partner-coach.jar copy-to-postgres ...   copy the H2 database to PostgreSQL
                                                                 (docs/scaling.md)

            Settings are in config/partner-coach.yml; README.md says how to put the bot in your server.""";

    public static void main(String[] args) throws Exception {
        ownProcess = true;
        useLoggingConfig();
        int code;
        try {
            code = run(Arrays.asList(args), System.getenv(), System.in, System.out, System.err);
        } catch (Exception | Error e) {
            // a failure of the bot's own keeps its exit code: the stop hook's 0 is for a stop that was asked for
            Shutdown.startUpFailed();
            throw e;
        }
        if (code != 0) {
            Shutdown.startUpFailed();
            System.exit(code);
        }
    }

    /** Runs the app; returns the process exit code. Long-running in Discord mode. */
    static int run(List<String> args, Map<String, String> env, java.io.InputStream stdin,
                   PrintStream out, PrintStream err) throws Exception {
        try {
            return start(args, env, stdin, out);
        } catch (ConfigException | CurriculumException | CannotStart | org.partnercoach.discord.TokenRefused
                 | org.partnercoach.discord.DiscordUnreachable e) {
            return refuse(err, e.getMessage());
        } catch (DatabaseUnavailableException e) {
            return refuse(err, e.aboutUrl() ? ConfigLoader.databaseUrlSource(env) + ": " + e.getMessage()
                    : e.getMessage());
        }
    }

    private static int refuse(PrintStream err, String message) {
        err.println("Partner Coach cannot start: " + message);
        return BAD_CONFIG;
    }

    private static int start(List<String> args, Map<String, String> env, java.io.InputStream stdin,
                             PrintStream out) throws Exception {
        if (!args.isEmpty() && args.get(0).equals(CopyCommand.NAME)) {
            checkLogging();
            return CopyCommand.run(args.subList(1, args.size()), env, out);
        }
        if (args.contains("--help") || args.contains("-h")) {
            // asked for with other options too (--script s.txt --help): the options are listed and nothing starts
            out.println(USAGE);
            return 0;
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--script")) {
                i++;
            } else if (!args.get(i).equals("--console")) {
                // a mistyped --script would open the console and wait, as if no option had been given
                throw new CannotStart(args.get(i) + " is not an option of Partner Coach; start it with none (the "
                        + "console, when no DISCORD_TOKEN is set), with --console, or with --script FILE");
            }
        }
        if (ownProcess) {
            // from here a stop signal ends with 0, even one that comes while the database migrates or Discord connects
            Shutdown.duringStartUp();
        }
        AppConfig config = ConfigLoader.load(env);
        Path script = scriptFile(args);
        boolean console = script != null || args.contains("--console") || !config.discord().hasToken();
        if (console && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            // the terminal is the conversation: keep routine INFO lines out of it (warnings still show)
            System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
        }
        checkLogging();
        if (console) {
            runConsole(config, consoleOutput(config, env), script, stdin, out);
        } else {
            org.partnercoach.discord.DiscordBot.runUntilStopped(config);
        }
        return 0;
    }

    /** The file after {@code --script}, checked to be there; null without {@code --script}. */
    private static Path scriptFile(List<String> args) {
        int at = args.indexOf("--script");
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new CannotStart("--script needs a file, for example: --script conversation.txt");
        }
        Path file = Path.of(args.get(at + 1));
        if (Files.isDirectory(file)) {
            throw new CannotStart("the script file " + file.toAbsolutePath() + " is a folder, not a file; check the "
                    + "path after --script");
        }
        if (!Files.isRegularFile(file)) {
            throw new CannotStart("the script file " + file.toAbsolutePath() + " was not found; check the path "
                    + "after --script");
        }
        if (!Files.isReadable(file)) {
            throw new CannotStart("the script file " + file.toAbsolutePath() + " cannot be read; let this user read "
                    + "it (chown or chmod), or check the path after --script");
        }
        return file;
    }

    /**
     * The console's folder for the files the bot would attach, checked now: one that cannot be made or written is
     * named at start, not found at the first export. Made only when the first file comes, so a start refused for
     * another reason leaves nothing behind.
     */
    private static Path consoleOutput(AppConfig config, Map<String, String> env) {
        Path folder = Path.of(config.console().outputDirectory());
        Path nearest = folder.toAbsolutePath();
        while (nearest != null && !Files.exists(nearest)) {
            nearest = nearest.getParent();
        }
        if (nearest == null || !Files.isDirectory(nearest) || !Files.isWritable(nearest)) {
            throw new CannotStart(ConfigLoader.file(env) + ": console.outputDirectory " + folder.toAbsolutePath()
                    + " cannot be created or written in; create it and let the bot's user write there, or name "
                    + "another folder");
        }
        return folder;
    }

    private static void runConsole(AppConfig config, Path output, Path script, java.io.InputStream stdin,
                                   PrintStream out) throws Exception {
        BufferedReader in = script != null
                // read as piped input is: bytes that are not UTF-8 (a file saved as "ANSI") show as �, not a crash
                ? new BufferedReader(new InputStreamReader(Files.newInputStream(script), StandardCharsets.UTF_8))
                : new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        // scripts and piped input echo each line, so the output reads as a conversation
        boolean echo = script != null || System.console() == null;
        MovableClock clock = MovableClock.system();
        ConsoleAdapter console = ConsoleAdapter.create(in, out, echo, config.console().ownerName(),
                config.console().serverName(), output, clock, config.sessions().typedAnswers(),
                messenger -> PartnerCoach.assemble(config, clock, messenger));
        PartnerCoach app = console.app();
        PartnerCoach.warmUpPictures();
        // SIGTERM / Ctrl+C: the line in progress finishes, the database closes, exit code 0
        Shutdown stop = Shutdown.onStop(app::close);
        boolean ended = false;
        try (in) {
            if (script == null && echo && !config.discord().hasToken() && atEnd(in)) {
                // e.g. a container started without -it: nothing to talk to and nothing to read
                throw new CannotStart(NO_TOKEN_NO_INPUT);
            }
            console.run();
            ended = true;
        } finally {
            if (ended && ownProcess) {
                // the hook stays: a stop signal that arrives with the end of input still ends with 0
                stop.closeNow();
            } else if (stop.cancel()) {
                app.close();
            } else {
                // a stop signal arrived: its hook closes the bot and ends the process
                Thread.currentThread().join();
            }
        }
    }

    /** Said when there is neither a token nor anything typed or piped in. */
    static final String NO_TOKEN_NO_INPUT = "no DISCORD_TOKEN is set and there is no console input; set "
            + "DISCORD_TOKEN to connect to Discord (docker run -e DISCORD_TOKEN=...), or open the console in a "
            + "terminal (docker run -it ...)";

    private static boolean atEnd(BufferedReader in) throws java.io.IOException {
        in.mark(1);
        if (in.read() < 0) {
            return true;
        }
        in.reset();
        return false;
    }

    /** A start-up problem whose message already says what to do. */
    static final class CannotStart extends RuntimeException {
        CannotStart(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Sets the logging up (once the log level is decided) and refuses to start when its file cannot be used: a bot
     * that ran on would not log where the operator asked, and they learn it now, just after the edit, not on the day
     * they look for the log.
     */
    private static void checkLogging() {
        String problem = org.partnercoach.config.LoggingConfig.problem();
        if (problem != null) {
            throw new CannotStart(problem);
        }
    }

    /** Uses config/logback.xml when it is there, unless another logging config was named. */
    private static void useLoggingConfig() {
        Path file = Path.of("config", "logback.xml");
        if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(file)) {
            System.setProperty("logback.configurationFile", file.toString());
        }
    }
}
