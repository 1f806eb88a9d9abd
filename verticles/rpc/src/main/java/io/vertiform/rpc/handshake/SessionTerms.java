package io.vertiform.rpc.handshake;

import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a plugin agrees to serve, read from the environment its host launched it with: the parsed environment and
 * the negotiated protocol version.
 *
 * @param environment the parsed environment
 * @param protocol    the protocol major version for the handshake line
 */
public record SessionTerms(PluginEnvironment environment, int protocol) {

    private static final VertiformLogger LOG = Logs.logger("rpc.handshake");

    public SessionTerms {
        Objects.requireNonNull(environment, "environment");
    }

    /**
     * Settles the terms, logging a warning for each unusable entry and when the host offers no version in
     * {@code supported} (the oldest supported version is then offered, as go-plugin does). Fails with a
     * {@link HandshakeException} without the magic cookie.
     */
    public static SessionTerms settle(Map<String, String> environment, Set<Integer> supported) {
        PluginEnvironment env = PluginEnvironment.parse(environment);
        if (!env.cookiePresent()) {
            throw new HandshakeException(MagicCookie.NOT_LAUNCHED_BY_HOST);
        }
        env.ignored().forEach(entry -> LOG.warn("ignoring unusable plugin environment entry", "entry", entry));
        ProtocolNegotiation.Outcome negotiated = ProtocolNegotiation.negotiate(env.protocolVersions(), supported);
        if (!negotiated.agreed()) {
            LOG.warn("the plugin host offers no protocol version this provider speaks; offering the oldest",
                    "host_versions", env.protocolVersions(), "offered", negotiated.version());
        }
        return new SessionTerms(env, negotiated.version());
    }
}
