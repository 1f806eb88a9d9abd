package io.vertiform.rpc.tls;

import io.vertiform.rpc.handshake.HandshakeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the host's certificate(s) from {@code PLUGIN_CLIENT_CERT}. */
public final class ClientCertificates {

    private ClientCertificates() {
    }

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * A quick check, without the JDK's X.509 machinery, that {@code pem} holds at least one certificate block of
     * valid base64: enough to refuse a garbled {@code PLUGIN_CLIENT_CERT} before the handshake line goes out.
     * {@link #parse} does the real check.
     */
    public static void checkArmour(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = begin < 0 ? -1 : pem.indexOf(END, begin);
        if (end < 0) {
            throw new HandshakeException("PLUGIN_CLIENT_CERT is not a PEM certificate: no "
                    + (begin < 0 ? BEGIN : END) + " line");
        }
        try {
            byte[] der = Base64.getDecoder().decode(WHITESPACE.matcher(pem.substring(begin + BEGIN.length(), end)).replaceAll(""));
            if (der.length == 0) {
                throw new HandshakeException("PLUGIN_CLIENT_CERT is not a PEM certificate: the first block is empty");
            }
        } catch (IllegalArgumentException e) {
            throw new HandshakeException("PLUGIN_CLIENT_CERT is not a PEM certificate: " + e.getMessage(), e);
        }
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
