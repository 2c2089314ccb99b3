package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ChildBot;

/**
 * The class archive the package phase writes ({@code target/partner-coach.jsa}, pom: {@code class-archive}) serves
 * the README's start command: the jar and the archive of one build, started as the README says. Runs after the
 * package phase (failsafe), on the jar that phase built.
 */
@DisplayName("The class archive the build writes")
class ClassArchiveIT {

    private static final Path JAR = Path.of("target", "partner-coach.jar");
    private static final Path ARCHIVE = Path.of("target", "partner-coach.jsa");

    @TempDir
    Path data;

    @Test
    @DisplayName("the README's start takes the bot's classes from it, and the bot answers")
    void theReadmesStartTakesTheBotsClassesFromTheArchive() throws Exception {
        Path classes = data.resolve("classes.txt");
        // -Xshare:on: the start fails instead of quietly loading the classes again when the archive cannot be used
        Run run = start(JAR, "-Xshare:on", "-Xlog:class+load=info:file=" + classes);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Your coaching so far").doesNotContain("Unable to use shared archive");
        String loaded = Files.readString(classes);
        // the bot, its database, its configuration reader and its logging: what every start loads
        for (String name : List.of("org.partnercoach.App", "org.partnercoach.PartnerCoach", "org.h2.Driver",
                "org.h2.mvstore.MVStore", "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
                "ch.qos.logback.classic.LoggerContext", "org.partnercoach.console.ConsoleAdapter")) {
            assertThat(loaded).contains(name + " source: shared objects file (top)");
        }
        long fromJar = loaded.lines().filter(line -> line.contains("source: file:")
                || line.contains("source: jar:")).count();
        long fromArchive = loaded.lines().filter(line -> line.contains("source: shared objects file (top)")).count();
        assertThat(fromJar).as("classes a start still reads from the jar").isLessThan(fromArchive / 20);
    }

    @Test
    @DisplayName("an archive from another build costs one warning line, and the bot still answers")
    void anArchiveFromAnotherBuildCostsOneWarningAndTheBotStillStarts() throws Exception {
        Path otherBuild = Files.copy(JAR, data.resolve("partner-coach.jar"));
        Files.setLastModifiedTime(otherBuild, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));

        Run run = start(otherBuild);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Your coaching so far");
        assertThat(run.output().lines().filter(line -> line.contains("[cds")).toList())
                .singleElement().asString().contains("Unable to use shared archive");
    }

    private record Run(int exitCode, String output) {
    }

    /** {@code java [options] -XX:SharedArchiveFile=target/partner-coach.jsa -jar JAR --script} on a new database. */
    private Run start(Path jar, String... options) throws IOException, InterruptedException {
        Path script = Files.writeString(data.resolve("conversation.txt"), "/coach progress\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + ARCHIVE));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString(), "--script", script.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("output.txt").toFile());
        Map<String, String> env = builder.environment();
        env.remove("DISCORD_TOKEN");
        env.remove("PARTNER_COACH_DB_KEY");
        env.put("PARTNER_COACH_CONFIG", ChildBot.config(data).toString());
        env.put("PARTNER_COACH_DB_URL", ChildBot.url(data));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the bot did not end its script within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(data.resolve("output.txt"), StandardCharsets.UTF_8));
    }
}
