package io.vertiform.rpc.client;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.Transport;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a plugin's handshake line as go-plugin's client does: {@code CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT},
 * core version 1, an app version the client offered, unix or tcp, protocol grpc, and with AutoMTLS a certificate
 * in unpadded standard base64. Fields after the sixth (go-plugin's multiplexing flag) are ignored.
 */
public final class ServerHandshake {

    /** go-plugin only treats the sixth field as a certificate when it is this long. */
    private static final int MIN_CERT_FIELD = 50;

    private ServerHandshake() {
    }

    /**
     * Parses {@code line}; {@code requireCertificate} when the client runs AutoMTLS (it then has nothing else to
     * trust). Throws {@link PluginClientException} naming what is wrong.
     */
    public static HandshakeLine parse(String line, Set<Integer> offered, boolean requireCertificate) {
        String text = line.strip();
        String[] f = text.split("\\|", -1);
        if (f.length < 4) {
            throw new PluginClientException("Unrecognized remote plugin message: " + text
                    + "\nThis usually means that the plugin is either invalid or simply needs to be recompiled "
                    + "to support the latest protocol.");
        }
        if (!String.valueOf(HandshakeLine.CORE_VERSION).equals(f[0])) {
            throw new PluginClientException("Incompatible core API version with plugin. Plugin version: " + f[0]
                    + ", Core version: " + HandshakeLine.CORE_VERSION);
        }
        int app;
        try {
            app = Integer.parseInt(f[1]);
        } catch (NumberFormatException e) {
            throw new PluginClientException("Error parsing protocol version: " + f[1], e);
        }
        if (!offered.contains(app)) {
            throw new PluginClientException("Incompatible API version with plugin. Plugin version: " + app
                    + ", Client versions: " + new TreeSet<>(offered));
        }
        Transport transport = switch (f[2]) {
            case "unix" -> Transport.UNIX;
            case "tcp" -> Transport.TCP;
            default -> throw new PluginClientException("Unknown address type: " + f[2]);
        };
        String protocol = f.length > 4 ? f[4] : "netrpc";
        if (!HandshakeLine.PROTOCOL.equals(protocol)) {
            throw new PluginClientException("Unsupported plugin protocol \"" + protocol + "\". Supported: [grpc]");
        }
        byte[] cert = null;
        if (f.length > 5 && f[5].length() > MIN_CERT_FIELD) {
            try {
                cert = Base64.getDecoder().decode(f[5]);
            } catch (IllegalArgumentException e) {
                throw new PluginClientException("Error parsing server certificate: " + e.getMessage(), e);
            }
        }
        if (requireCertificate && cert == null) {
            throw new PluginClientException("The plugin offered no server certificate although the client asked "
                    + "for AutoMTLS (PLUGIN_CLIENT_CERT): " + text);
        }
        return new HandshakeLine(app, transport, f[3], cert);
    }
}
