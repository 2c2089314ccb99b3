package org.partnercoach;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.ConfigException;
import org.partnercoach.config.ConfigLoader;
import org.partnercoach.console.ConsoleAdapter;
import org.partnercoach.console.MovableClock;
import org.partnercoach.curriculum.CurriculumException;

/**
 * Starts Partner Coach: configuration, then the bot, then Discord when {@code DISCORD_TOKEN} is set, else the
 * local console. Options: {@code --console} (console even with a token), {@code --script FILE} (run a console
 * script and exit).
 */
public final class App {

    /** Exit code for a configuration or content problem. */
    static final int BAD_CONFIG = 2;
    /** The level of Partner Coach's own log lines, read by logback.xml. */
    static final String LOG_LEVEL_PROPERTY = "partnercoach.log.level";

    private App() {
    }

    public static void main(String[] args) throws Exception {
        useLoggingConfig();
        int code = run(Arrays.asList(args), System.getenv(), System.in, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the app; returns the process exit code. Long-running in Discord mode. */
    static int run(List<String> args, java.util.Map<String, String> env, java.io.InputStream stdin,
                   PrintStream out, PrintStream err) throws Exception {
        AppConfig config;
        try {
            config = ConfigLoader.load(env);
        } catch (ConfigException e) {
            err.println("Partner Coach cannot start: " + e.getMessage());
            return BAD_CONFIG;
        }
        int script = args.indexOf("--script");
        boolean console = script >= 0 || args.contains("--console") || !config.discord().hasToken();
        if (console && System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            // the terminal is the conversation: keep routine INFO lines out of it (warnings still show)
            System.setProperty(LOG_LEVEL_PROPERTY, "WARN");
        }
        try {
            if (console) {
                runConsole(config, script >= 0 && script + 1 < args.size() ? Path.of(args.get(script + 1)) : null,
                        stdin, out);
            } else {
                org.partnercoach.discord.DiscordBot.runUntilStopped(config);
            }
            return 0;
        } catch (CurriculumException e) {
            err.println("Partner Coach cannot start: " + e.getMessage());
            return BAD_CONFIG;
        }
    }

    private static void runConsole(AppConfig config, Path script, java.io.InputStream stdin, PrintStream out)
            throws Exception {
        BufferedReader in = script != null
                ? Files.newBufferedReader(script, StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        // scripts and piped input echo each line, so the output reads as a conversation
        boolean echo = script != null || System.console() == null;
        MovableClock clock = MovableClock.system();
        ConsoleAdapter console = ConsoleAdapter.create(in, out, echo, config.console().ownerName(),
                Path.of(config.console().outputDirectory()), clock,
                messenger -> PartnerCoach.assemble(config, clock, messenger));
        try (PartnerCoach app = console.app(); in) {
            console.run();
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
