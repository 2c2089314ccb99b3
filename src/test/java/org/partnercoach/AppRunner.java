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
        return program(List.of(), folder, env, args);
    }

    /** {@link #program(java.nio.file.Path, Map, String...)}, run by {@code launcher} (a command that runs another). */
    public static Result program(List<String> launcher, java.nio.file.Path folder, Map<String, String> env,
                                 String... args) throws Exception {
        Started started = start(launcher, folder, env, args);
        org.assertj.core.api.Assertions.assertThat(started.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS))
                .as("the program ended").isTrue();
        return new Result(started.process().exitValue(), started.out(), started.err());
    }

    /** The real program while it runs, its output and error output going to files. */
    public record Started(Process process, java.nio.file.Path outFile, java.nio.file.Path errFile) {
        public String out() throws java.io.IOException {
            return java.nio.file.Files.readString(outFile);
        }

        public String err() throws java.io.IOException {
            return java.nio.file.Files.readString(errFile);
        }
    }

    /** Starts the real program as {@link #program(java.nio.file.Path, Map, String...)} does, without waiting for it. */
    public static Started start(List<String> launcher, java.nio.file.Path folder, Map<String, String> env,
                                String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(launcher);
        command.addAll(List.of(
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
        return new Started(builder.start(), out, err);
    }

    /**
     * A launcher under which the program cannot read a file whose read permission is taken away: none for a user
     * other than root; for root, setpriv without the capabilities that let root read every file. Null when that
     * cannot be done here.
     */
    public static List<String> withoutReadingEveryFile() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        List<String> setpriv = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");
        java.nio.file.Path probe = java.nio.file.Files.createTempFile("unreadable", ".txt");
        try {
            java.nio.file.Files.setPosixFilePermissions(probe, java.util.Set.of());
            // setpriv runs a command here, and under it the file cannot be read
            return exitCode(setpriv, "true") == 0 && exitCode(setpriv, "cat", probe.toString()) != 0 ? setpriv : null;
        } catch (java.io.IOException e) {
            return null;
        } finally {
            java.nio.file.Files.deleteIfExists(probe);
        }
    }

    private static int exitCode(List<String> launcher, String... command) throws Exception {
        List<String> all = new java.util.ArrayList<>(launcher);
        all.addAll(List.of(command));
        Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    public static Result run(List<String> args, Map<String, String> env, String stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = App.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
