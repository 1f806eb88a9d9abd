package io.vertiform.rpc.client;

import io.vertiform.rpc.tls.AutoMtls;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * go-plugin's AutoMTLS, client side: a throwaway certificate of our own (P-521, like go-plugin's), and trust in
 * exactly the certificate the plugin printed in its handshake line.
 */
public final class ClientTls {

    private ClientTls() {
    }

    /** A fresh client certificate; CPU-bound, keep it off event loops. */
    public static SelfSignedCertificate newCertificate() {
        return SelfSignedCertificate.generate(Curve.P521, "HashiCorp");
    }

    /** Parses the server certificate from the handshake line; a broken one is the plugin's fault. */
    public static X509Certificate serverCertificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PluginClientException("The plugin's handshake certificate is not a valid X.509 certificate: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Presents {@code own} and pins {@code server}. The pin replaces name checks: the trust store holds that one
     * self-signed certificate and nothing else (go-plugin also accepts servers that only name {@code localhost}).
     */
    public static HttpClientOptions apply(HttpClientOptions http, SelfSignedCertificate own, X509Certificate server) {
        String serverPem;
        try {
            serverPem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(server.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new PluginClientException("cannot encode the plugin's certificate", e);
        }
        return http.setSsl(true)
                .setUseAlpn(true)
                .setVerifyHost(false)
                .setEnabledSecureTransportProtocols(AutoMtls.PROTOCOLS)
                .setKeyCertOptions(new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(own.certificatePem()))
                        .setKeyValue(Buffer.buffer(own.privateKeyPem())))
                .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(serverPem)));
    }
}
