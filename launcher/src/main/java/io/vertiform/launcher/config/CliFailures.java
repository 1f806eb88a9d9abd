package io.vertiform.launcher.config;

import io.vertiform.foundation.error.VertiformException;
import java.io.PrintWriter;

/** How commands report an expected failure: one line on stderr, no stack trace, exit code 1. */
public final class CliFailures {
    public static final int EXIT_FAILURE = 1;

    private CliFailures() {
    }

    public static int report(PrintWriter err, VertiformException failure) {
        err.println("error: " + failure.getMessage() + " [" + failure.code() + "]");
        err.flush();
        return EXIT_FAILURE;
    }
}
