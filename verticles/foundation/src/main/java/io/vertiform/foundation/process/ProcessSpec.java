package io.vertiform.foundation.process;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run. Build with {@link #builder(String...)}.
 *
 * @param command            program and arguments (no shell involved)
 * @param environment        variables to set
 * @param inheritEnvironment start from the JVM's environment (true) or from an empty one (false), so a
 *                           session can pass exactly the environment it was given
 * @param workingDirectory   directory to run in; null for the JVM's
 * @param timeout            kill the process tree after this; null for the runner's default
 * @param stdin              bytes written to the process's stdin before it is closed; null closes it at once
 * @param onStdout           receives stdout chunks as they arrive, on the caller's Vert.x context; may be null
 * @param onStderr           same for stderr
 * @param captureStdout      keep stdout in the result (up to the runner's limit)
 * @param captureStderr      keep stderr in the result
 */
public record ProcessSpec(List<String> command, Map<String, String> environment, boolean inheritEnvironment,
                          Path workingDirectory, Duration timeout, Buffer stdin, Handler<Buffer> onStdout,
                          Handler<Buffer> onStderr, boolean captureStdout, boolean captureStderr) {

    public ProcessSpec {
        if (command == null || command.isEmpty()) {
            throw new IllegalArgumentException("command must name a program");
        }
        command = List.copyOf(command);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public static Builder builder(String... command) {
        return new Builder(List.of(command));
    }

    public static Builder builder(List<String> command) {
        return new Builder(command);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final List<String> command;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private boolean inheritEnvironment = true;
        private Path workingDirectory;
        private Duration timeout;
        private Buffer stdin;
        private Handler<Buffer> onStdout;
        private Handler<Buffer> onStderr;
        private boolean captureStdout = true;
        private boolean captureStderr = true;

        private Builder(List<String> command) {
            this.command = new ArrayList<>(Objects.requireNonNull(command, "command"));
        }

        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        public Builder inheritEnvironment(boolean inherit) {
            this.inheritEnvironment = inherit;
            return this;
        }

        public Builder workingDirectory(Path dir) {
            this.workingDirectory = dir;
            return this;
        }

        public Builder timeout(Duration limit) {
            this.timeout = limit;
            return this;
        }

        public Builder stdin(Buffer input) {
            this.stdin = input;
            return this;
        }

        public Builder stdin(String input) {
            this.stdin = Buffer.buffer(input);
            return this;
        }

        public Builder onStdout(Handler<Buffer> handler) {
            this.onStdout = handler;
            return this;
        }

        public Builder onStderr(Handler<Buffer> handler) {
            this.onStderr = handler;
            return this;
        }

        public Builder captureStdout(boolean capture) {
            this.captureStdout = capture;
            return this;
        }

        public Builder captureStderr(boolean capture) {
            this.captureStderr = capture;
            return this;
        }

        public ProcessSpec build() {
            return new ProcessSpec(command, environment, inheritEnvironment, workingDirectory, timeout, stdin,
                    onStdout, onStderr, captureStdout, captureStderr);
        }
    }
}
