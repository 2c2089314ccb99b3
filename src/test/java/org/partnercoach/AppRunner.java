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

    public static Result run(List<String> args, Map<String, String> env, String stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = App.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
