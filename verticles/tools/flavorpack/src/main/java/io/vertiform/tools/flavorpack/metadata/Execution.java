package io.vertiform.tools.flavorpack.metadata;

import java.util.List;
import java.util.Map;

/**
 * How the launcher starts the application: {@code argv} (placeholders {@code {workenv}}, and
 * {@code {system_java}} for a package without its own runtime), then the caller's arguments, or
 * {@code defaultArgs} when there are none (Terraform passes none). {@code env} is set on top of the
 * inherited environment.
 */
public record Execution(int primarySlot, List<String> argv, List<String> defaultArgs, Map<String, String> env,
                        List<SetupCommand> setup) {

    public Execution {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("execution needs a program");
        }
        argv = List.copyOf(argv);
        defaultArgs = List.copyOf(defaultArgs);
        env = Map.copyOf(env);
        setup = List.copyOf(setup);
    }

    /** The command line as one display string (flavorpack's {@code execution.command}). */
    public String command() {
        return String.join(" ", argv);
    }
}
