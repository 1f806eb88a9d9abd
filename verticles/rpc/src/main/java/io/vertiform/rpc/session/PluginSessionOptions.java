package io.vertiform.rpc.session;

import io.vertiform.rpc.handshake.ProtocolNegotiation;
import io.vertiform.rpc.stdio.StdioHub;
import io.vertiform.rpc.tls.AutoMtls;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * How to start one plugin session.
 *
 * @param environment       the environment the host launched the plugin with (cookie, versions, ports, cert)
 * @param protocols         protocol versions offered to the host
 * @param maxMessageBytes   largest gRPC message accepted and sent (Terraform uses 256 MiB)
 * @param offloadBytes      requests larger than this are decoded off the event loop
 * @param stdio             where user-code stdout/stderr is collected, if captured
 * @param preparedTls       AutoMTLS material made ahead of time (start-up runs it in parallel with Vert.x boot);
 *                          empty to make it during the session start
 * @param workingDirectory  the host's working directory as components are told it; empty: this JVM's
 *                          {@code user.dir} (a plugin process starts in its host's directory)
 * @param earlyHandshake    terms, socket and certificate already announced by a plugin process; empty: the
 *                          session negotiates, makes its certificate and lets Vert.x bind
 */
public record PluginSessionOptions(Map<String, String> environment, Set<Integer> protocols, long maxMessageBytes,
                                   long offloadBytes, Optional<StdioHub> stdio,
                                   Optional<CompletableFuture<AutoMtls>> preparedTls,
                                   Optional<String> workingDirectory, Optional<EarlyHandshake> earlyHandshake) {

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 256L << 20;
    public static final long DEFAULT_OFFLOAD_BYTES = 1L << 20;

    public PluginSessionOptions {
        environment = Map.copyOf(environment);
        protocols = Set.copyOf(protocols);
        Objects.requireNonNull(stdio, "stdio");
        Objects.requireNonNull(preparedTls, "preparedTls");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(earlyHandshake, "earlyHandshake");
        if (maxMessageBytes <= 0 || maxMessageBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxMessageBytes out of range: " + maxMessageBytes);
        }
    }

    /** Defaults for a session launched with {@code environment}. */
    public static PluginSessionOptions of(Map<String, String> environment) {
        return new PluginSessionOptions(environment, ProtocolNegotiation.SUPPORTED, DEFAULT_MAX_MESSAGE_BYTES,
                DEFAULT_OFFLOAD_BYTES, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public PluginSessionOptions withStdio(StdioHub hub) {
        return new PluginSessionOptions(environment, protocols, maxMessageBytes, offloadBytes, Optional.of(hub),
                preparedTls, workingDirectory, earlyHandshake);
    }

    public PluginSessionOptions withPreparedTls(CompletableFuture<AutoMtls> tls) {
        return new PluginSessionOptions(environment, protocols, maxMessageBytes, offloadBytes, stdio, Optional.of(tls),
                workingDirectory, earlyHandshake);
    }

    public PluginSessionOptions withMaxMessageBytes(long bytes) {
        return new PluginSessionOptions(environment, protocols, bytes, offloadBytes, stdio, preparedTls, workingDirectory,
                earlyHandshake);
    }

    public PluginSessionOptions withProtocols(Set<Integer> versions) {
        return new PluginSessionOptions(environment, versions, maxMessageBytes, offloadBytes, stdio, preparedTls,
                workingDirectory, earlyHandshake);
    }

    /** A session started inside another process (tests, a warm JVM) that serves a host running elsewhere. */
    public PluginSessionOptions withWorkingDirectory(String directory) {
        return new PluginSessionOptions(environment, protocols, maxMessageBytes, offloadBytes, stdio, preparedTls,
                Optional.of(directory), earlyHandshake);
    }

    /**
     * A session that serves what a plugin process already announced. Its Vert.x instance must have been built
     * with {@link io.vertiform.rpc.transport.AdoptingTransport#INSTANCE}.
     */
    public PluginSessionOptions withEarlyHandshake(EarlyHandshake early) {
        return new PluginSessionOptions(environment, protocols, maxMessageBytes, offloadBytes, stdio, preparedTls,
                workingDirectory, Optional.of(early));
    }
}
