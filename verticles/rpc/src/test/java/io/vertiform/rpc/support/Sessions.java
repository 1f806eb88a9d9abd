package io.vertiform.rpc.support;

import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Plugin environments for tests, as a go-plugin host would set them. */
public final class Sessions {

    private Sessions() {
    }

    /** Cookie, versions, TCP or unix transport, and AutoMTLS when {@code hostCert} is given. */
    public static Map<String, String> env(String versions, String transport, SelfSignedCertificate hostCert,
                                          Path socketDir) {
        Map<String, String> env = new HashMap<>();
        env.put(MagicCookie.KEY, MagicCookie.VALUE);
        env.put(PluginEnvironment.PROTOCOL_VERSIONS, versions);
        env.put(PluginEnvironment.MIN_PORT, "10000");
        env.put(PluginEnvironment.MAX_PORT, "25000");
        env.put(PluginEnvironment.TRANSPORT, transport);
        if (socketDir != null) {
            env.put(PluginEnvironment.UNIX_SOCKET_DIR, socketDir.toString());
        }
        if (hostCert != null) {
            env.put(PluginEnvironment.CLIENT_CERT, hostCert.certificatePem());
        }
        return env;
    }
}
