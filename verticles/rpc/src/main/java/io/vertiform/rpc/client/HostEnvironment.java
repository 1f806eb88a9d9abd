package io.vertiform.rpc.client;

import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The environment a go-plugin host (Terraform) gives the plugin it launches. */
public final class HostEnvironment {

    /** go-plugin's defaults when the host configures no port range. */
    static final String MIN_PORT = "10000";
    static final String MAX_PORT = "25000";

    private HostEnvironment() {
    }

    /**
     * Cookie, {@code PLUGIN_PROTOCOL_VERSIONS}, the port range and, with AutoMTLS, {@code PLUGIN_CLIENT_CERT}
     * ({@code clientCertificate} null: plaintext).
     */
    public static Map<String, String> of(Set<Integer> protocols, SelfSignedCertificate clientCertificate) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(MagicCookie.KEY, MagicCookie.VALUE);
        env.put(PluginEnvironment.PROTOCOL_VERSIONS,
                new TreeSet<>(protocols).stream().map(String::valueOf).collect(Collectors.joining(",")));
        env.put(PluginEnvironment.MIN_PORT, MIN_PORT);
        env.put(PluginEnvironment.MAX_PORT, MAX_PORT);
        if (clientCertificate != null) {
            env.put(PluginEnvironment.CLIENT_CERT, clientCertificate.certificatePem());
        }
        return env;
    }
}
