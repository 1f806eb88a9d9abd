package io.vertiform.rpc.client;

import io.vertiform.rpc.session.PluginSessionOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How {@link PluginClient#launch} starts a plugin, with go-plugin's (Terraform's) defaults.
 *
 * @param command          the executable and its arguments
 * @param environment      entries set on top of the host environment; they win over the plugin variables the
 *                         client sets itself (cookie, versions, ports, client certificate)
 * @param inheritEnvironment whether the plugin also gets this JVM's environment (go-plugin does)
 * @param protocols        plugin protocol versions offered in {@code PLUGIN_PROTOCOL_VERSIONS}
 * @param autoMtls         generate a client certificate and require the plugin's (Terraform: unless
 *                         {@code TF_DISABLE_PLUGIN_TLS})
 * @param startTimeout     how long to wait for the handshake line (go-plugin: one minute)
 * @param shutdownGrace    how long to wait for the process to exit after Shutdown before killing it (2 s)
 * @param stderr           receives the plugin's stderr, line by line, on a reader thread
 * @param workingDirectory the plugin's working directory; empty: this JVM's
 * @param maxMessageBytes  largest gRPC message sent or received
 */
public record PluginClientOptions(List<String> command, Map<String, String> environment, boolean inheritEnvironment,
                                  Set<Integer> protocols, boolean autoMtls, Duration startTimeout,
                                  Duration shutdownGrace, Consumer<String> stderr, Optional<Path> workingDirectory,
                                  long maxMessageBytes) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(1);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(2);

    public PluginClientOptions {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a plugin command is required");
        }
        environment = Map.copyOf(environment);
        protocols = Set.copyOf(protocols);
        if (protocols.isEmpty()) {
            throw new IllegalArgumentException("offer at least one plugin protocol version");
        }
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** Terraform's settings for {@code command}: protocols 5 and 6, AutoMTLS, stderr to this JVM's stderr. */
    public static PluginClientOptions of(List<String> command) {
        return new PluginClientOptions(command, Map.of(), true, Set.of(5, 6), true, DEFAULT_START_TIMEOUT,
                DEFAULT_SHUTDOWN_GRACE, System.err::println, Optional.empty(),
                PluginSessionOptions.DEFAULT_MAX_MESSAGE_BYTES);
    }

    public PluginClientOptions withEnvironment(Map<String, String> entries) {
        return new PluginClientOptions(command, entries, inheritEnvironment, protocols, autoMtls, startTimeout,
                shutdownGrace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withInheritEnvironment(boolean inherit) {
        return new PluginClientOptions(command, environment, inherit, protocols, autoMtls, startTimeout,
                shutdownGrace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withProtocols(Set<Integer> versions) {
        return new PluginClientOptions(command, environment, inheritEnvironment, versions, autoMtls, startTimeout,
                shutdownGrace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withAutoMtls(boolean enabled) {
        return new PluginClientOptions(command, environment, inheritEnvironment, protocols, enabled, startTimeout,
                shutdownGrace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withStartTimeout(Duration timeout) {
        return new PluginClientOptions(command, environment, inheritEnvironment, protocols, autoMtls, timeout,
                shutdownGrace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withShutdownGrace(Duration grace) {
        return new PluginClientOptions(command, environment, inheritEnvironment, protocols, autoMtls, startTimeout,
                grace, stderr, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withStderr(Consumer<String> sink) {
        return new PluginClientOptions(command, environment, inheritEnvironment, protocols, autoMtls, startTimeout,
                shutdownGrace, sink, workingDirectory, maxMessageBytes);
    }

    public PluginClientOptions withWorkingDirectory(Path directory) {
        return new PluginClientOptions(command, environment, inheritEnvironment, protocols, autoMtls, startTimeout,
                shutdownGrace, stderr, Optional.of(directory), maxMessageBytes);
    }
}
