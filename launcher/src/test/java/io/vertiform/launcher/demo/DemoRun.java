package io.vertiform.launcher.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code vertiform demo} in-process with captured output. */
record DemoRun(int exitCode, String out, String err) {

    static DemoRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new DemoCommand(env)).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new DemoRun(code, out.toString(), err.toString());
    }

    /** The repository's quickstart example, found from the module directory surefire runs in. */
    static Path quickstart() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/examples/quickstart");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/examples/quickstart not found above " + Path.of("").toAbsolutePath());
    }

    /** Text of the numbered step whose title starts with {@code title} (up to the next step). */
    String step(String title) {
        int start = out.indexOf("] " + title);
        if (start < 0) {
            throw new AssertionError("no step \"" + title + "\" in:\n" + out);
        }
        int next = out.indexOf("\n==> [", start);
        return next < 0 ? out.substring(start) : out.substring(start, next);
    }
}
