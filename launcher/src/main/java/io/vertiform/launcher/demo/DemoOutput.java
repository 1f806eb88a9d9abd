package io.vertiform.launcher.demo;

import java.io.PrintWriter;

/**
 * Where the demo talks: steps and results on stdout, problems the user should act on on stderr, framed so they
 * stand out between the other lines.
 */
public final class DemoOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private int step;

    public DemoOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** A numbered step: {@code ==> [3] install into a local filesystem mirror}. */
    public void step(String title) {
        out.println();
        out.println("==> [" + ++step + "] " + title);
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    /** A loud notice on stderr: what happened, what it means, and what to run to avoid it. */
    public void warn(String... lines) {
        out.flush();
        err.println();
        err.println("!!! ----------------------------------------------------------------------------");
        for (String l : lines) {
            err.println("!!! " + l);
        }
        err.println("!!! ----------------------------------------------------------------------------");
        err.println();
        err.flush();
    }

    public void error(String text) {
        out.flush();
        err.println("error: " + text);
        err.flush();
    }
}
