package io.vertiform.rpc.tls;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.TrustOptions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * go-plugin's AutoMTLS, server side: a fresh certificate for this session, and a trust store holding nothing
 * but the host's certificate, which every connection must present. The JSSE key and trust managers are built
 * here, once, so that whoever makes the material (a thread of its own at plugin start) also pays for them.
 *
 * @param serverCertificate the session's own certificate (its DER goes into the handshake line)
 * @param hostCertificates  the certificates from {@code PLUGIN_CLIENT_CERT}
 * @param hostPem           their PEM text as received
 * @param keyManagers       serves {@code serverCertificate}
 * @param trustManagers     trusts exactly {@code hostCertificates}
 */
public record AutoMtls(SelfSignedCertificate serverCertificate, List<X509Certificate> hostCertificates, String hostPem,
                       KeyManagerFactory keyManagers, TrustManagerFactory trustManagers) {

    /** TLS 1.2 is go-plugin's minimum; 1.3 is what current hosts negotiate. */
    public static final Set<String> PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

    /**
     * The server certificate's curve. P-384 rather than P-256: the JDK's P-256 code builds a large precomputed
     * table on first use (about 70 ms on a cold JVM, measured), P-384 has none and costs about 20 ms for key and
     * signature together; Go's crypto/tls accepts both.
     */
    public static final Curve SERVER_CURVE = Curve.P384;

    public AutoMtls {
        Objects.requireNonNull(serverCertificate, "serverCertificate");
        hostCertificates = List.copyOf(hostCertificates);
        Objects.requireNonNull(hostPem, "hostPem");
        Objects.requireNonNull(keyManagers, "keyManagers");
        Objects.requireNonNull(trustManagers, "trustManagers");
    }

    /** Generates the server certificate and its JSSE managers (blocking, CPU-bound) and parses the host's PEM. */
    public static AutoMtls forHost(String hostPem) {
        return forHost(hostPem, newServerCertificate());
    }

    /**
     * The material around a server certificate made earlier (a plugin process makes it first, for its handshake
     * line, and the rest after the line is out).
     */
    public static AutoMtls forHost(String hostPem, SelfSignedCertificate server) {
        List<X509Certificate> host = ClientCertificates.parse(hostPem);
        return new AutoMtls(server, host, hostPem, JsseManagers.keyManagers(server), JsseManagers.trustManagers(host));
    }

    /** A fresh certificate for one session's server (blocking, CPU-bound). */
    public static SelfSignedCertificate newServerCertificate() {
        return SelfSignedCertificate.generate(SERVER_CURVE, "Vertiform");
    }

    /** Applies TLS, mandatory client certificates and ALPN (grpc-go 1.67+ refuses servers without h2). */
    public HttpServerOptions apply(HttpServerOptions options) {
        return options.setSsl(true)
                .setUseAlpn(true)
                .setClientAuth(ClientAuth.REQUIRED)
                .setEnabledSecureTransportProtocols(PROTOCOLS)
                .setKeyCertOptions(KeyCertOptions.wrap(keyManagers))
                .setTrustOptions(TrustOptions.wrap(trustManagers));
    }

    /**
     * Runs the JDK's TLS set-up once with this material (context, server engine) so that its one-time class
     * initialisation is done before the host's first connection needs it. Best effort: errors surface, if at all,
     * on the real connection.
     */
    public void warmUp() {
        JsseManagers.warmUp(keyManagers, trustManagers);
    }
}
