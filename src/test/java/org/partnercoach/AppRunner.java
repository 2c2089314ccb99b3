package org.partnercoach;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the app as its main method would, capturing what it prints and its exit code. */
public final class AppRunner {

    public record Result(int exitCode, String out, String err) {
    }

    private AppRunner() {
    }

    public static Result run(List<String> args, Map<String, String> env) throws Exception {
        return run(args, env, "");
    }

    /**
     * The real program started as an operator starts it, in {@code folder} (its {@code config/} read from there), with
     * {@code env} added to an environment that has no DISCORD_TOKEN and no PARTNER_COACH_ variable of its own.
     */
    public static Result program(java.nio.file.Path folder, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM: start fast rather than run fast
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.partnercoach.App"));
        command.addAll(List.of(args));
        java.nio.file.Path out = java.nio.file.Files.createTempFile(folder, "out", ".txt");
        java.nio.file.Path err = java.nio.file.Files.createTempFile(folder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.equals("DISCORD_TOKEN")
                || name.startsWith("PARTNER_COACH_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        org.assertj.core.api.Assertions.assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as("the program ended").isTrue();
        return new Result(process.exitValue(), java.nio.file.Files.readString(out),
                java.nio.file.Files.readString(err));
    }

    public static Result run(List<String> args, Map<String, String> env, String stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = App.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
