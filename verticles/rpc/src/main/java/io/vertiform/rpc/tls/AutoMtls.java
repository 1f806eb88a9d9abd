package io.vertiform.rpc.tls;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/**
 * go-plugin's AutoMTLS, server side: a fresh certificate for this session, and a trust store holding nothing
 * but the host's certificate, which every connection must present.
 *
 * @param serverCertificate the session's own certificate (its DER goes into the handshake line)
 * @param hostCertificates  the certificates from {@code PLUGIN_CLIENT_CERT}
 * @param hostPem           their PEM text as received
 */
public record AutoMtls(SelfSignedCertificate serverCertificate, List<X509Certificate> hostCertificates, String hostPem) {

    /** TLS 1.2 is go-plugin's minimum; 1.3 is what current hosts negotiate. */
    public static final Set<String> PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

    public AutoMtls {
        hostCertificates = List.copyOf(hostCertificates);
    }

    /** Generates the server certificate (blocking, a few milliseconds) and parses the host's PEM. */
    public static AutoMtls forHost(String hostPem) {
        List<X509Certificate> host = ClientCertificates.parse(hostPem);
        return new AutoMtls(SelfSignedCertificate.generate(Curve.P256, "Vertiform"), host, hostPem);
    }

    /** Applies TLS, mandatory client certificates and ALPN (grpc-go 1.67+ refuses servers without h2). */
    public HttpServerOptions apply(HttpServerOptions options) {
        PemTrustOptions trust = new PemTrustOptions();
        trust.addCertValue(Buffer.buffer(hostPem));
        return options.setSsl(true)
                .setUseAlpn(true)
                .setClientAuth(ClientAuth.REQUIRED)
                .setEnabledSecureTransportProtocols(PROTOCOLS)
                .setKeyCertOptions(new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(serverCertificate.certificatePem()))
                        .setKeyValue(Buffer.buffer(serverCertificate.privateKeyPem())))
                .setTrustOptions(trust);
    }
}
