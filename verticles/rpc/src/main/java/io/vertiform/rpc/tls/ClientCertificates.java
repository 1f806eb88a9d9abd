package io.vertiform.rpc.tls;

import io.vertiform.rpc.handshake.HandshakeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the host's certificate(s) from {@code PLUGIN_CLIENT_CERT}. */
public final class ClientCertificates {

    private ClientCertificates() {
    }

    /** Every certificate in the PEM text; at least one, else a {@link HandshakeException}. */
    public static List<X509Certificate> parse(String pem) {
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : certs) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new HandshakeException("PLUGIN_CLIENT_CERT holds no certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new HandshakeException("PLUGIN_CLIENT_CERT is not a PEM certificate: " + e.getMessage(), e);
        }
    }
}
