package org.partnercoach.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.console.ConsoleAdapter;
import org.partnercoach.console.MovableClock;
import org.partnercoach.storage.MigratedH2;

/**
 * Runs a console script against the whole bot, as {@code --script} does, on a fresh in-memory database with the
 * clock standing at {@link TestBot#START}, and returns the transcript.
 */
public final class ConsoleScript {

    private ConsoleScript() {
    }

    /** @param outputDirectory where files the bot attaches are written */
    public static String run(String script, Path outputDirectory) {
        return run(script, outputDirectory, app -> { });
    }

    /** {@link #run(String, Path)}, then {@code stored} looks at what the bot stored, before it stops. */
    public static String run(String script, Path outputDirectory,
                             java.util.function.Consumer<PartnerCoach> stored) {
        return run(script, outputDirectory, config -> config, stored);
    }

    /** {@link #run(String, Path)} with a changed configuration (the bot's, and what the console reads of it). */
    public static String runWith(UnaryOperator<AppConfig> change, String script, Path outputDirectory) {
        return run(script, outputDirectory, change, app -> { });
    }

    private static String run(String script, Path outputDirectory, UnaryOperator<AppConfig> change,
                              java.util.function.Consumer<PartnerCoach> stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        MovableClock clock = new MovableClock(TestBot.START, ZoneOffset.UTC);
        AppConfig config = change.apply(
                TestBot.config(MigratedH2.freshUrl()));
        ConsoleAdapter console = ConsoleAdapter.create(new BufferedReader(new StringReader(script)), out, true, "you",
                config.console().serverName(), outputDirectory, clock, config.sessions().typedAnswers(),
                messenger -> PartnerCoach.assemble(config, clock, messenger));
        try (PartnerCoach app = console.app()) {
            console.run();
            stored.accept(app);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
