package io.vertiform.tools.flavorpack.metadata;

import java.util.List;

/**
 * A command the launcher runs once, right after a fresh extraction, with {@code {workenv}} substituted; its
 * stdout goes to stderr. An {@code optional} command's failure is reported and ignored (used for start-up
 * archives, which are an optimisation).
 */
public record SetupCommand(List<String> argv, boolean optional) {
    public SetupCommand {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a setup command needs a program");
        }
        argv = List.copyOf(argv);
    }
}
