package io.vertiform.rpc.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A throwaway ECDSA key and self-signed certificate, shaped like go-plugin's AutoMTLS certificates: subject
 * {@code CN=localhost}, SAN {@code DNS:localhost} and {@code IP:127.0.0.1} (hosts verify the name
 * {@code localhost}), extended key usage serverAuth+clientAuth, a CA flag (the peer pins it as its root), a
 * random positive 128-bit serial. Built with the JDK only.
 *
 * <p>The DER bytes are what the handshake line needs; the parsed {@link X509Certificate} (the JDK's X.509
 * machinery costs tens of milliseconds on a cold JVM) is made on first use, after the line is out.
 */
public final class SelfSignedCertificate {

    private static final Duration BACKDATE = Duration.ofSeconds(30);
    private static final Duration VALIDITY = Duration.ofDays(365L * 30);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final byte[] der;
    private final KeyPair keyPair;
    private volatile X509Certificate certificate;

    private SelfSignedCertificate(byte[] der, KeyPair keyPair) {
        this.der = Objects.requireNonNull(der, "der");
        this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
    }

    /** Generates a fresh key and certificate; CPU-bound (a few ms for P-256), so keep it off event loops. */
    public static SelfSignedCertificate generate(Curve curve, String organization) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            SecureRandom random = new SecureRandom();
            generator.initialize(new ECGenParameterSpec(curve.jdkName), random);
            KeyPair keys = generator.generateKeyPair();

            byte[] algorithm = Der.sequence(Der.oid(curve.signatureOid));
            byte[] name = Der.sequence(
                    Der.set(Der.sequence(Der.oid("2.5.4.10"), Der.utf8String(organization))),
                    Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8String("localhost"))));
            Instant now = Instant.now();
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(BigInteger.TWO)),
                    Der.integer(new BigInteger(128, random).setBit(126)),
                    algorithm,
                    name,
                    Der.sequence(Der.time(now.minus(BACKDATE)), Der.time(now.plus(VALIDITY))),
                    name,
                    keys.getPublic().getEncoded(),
                    Der.explicit(3, Der.sequence(
                            // digitalSignature, keyEncipherment, keyAgreement, keyCertSign
                            extension("2.5.29.15", true, Der.bitString((byte) 2, new byte[] {(byte) 0xac})),
                            extension("2.5.29.37", false, Der.sequence(
                                    Der.oid("1.3.6.1.5.5.7.3.1"), Der.oid("1.3.6.1.5.5.7.3.2"))),
                            extension("2.5.29.19", true, Der.sequence(Der.bool(true))),
                            extension("2.5.29.17", false, Der.sequence(
                                    Der.implicitPrimitive(2, "localhost".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                                    Der.implicitPrimitive(7, LOOPBACK))))));

            Signature signer = Signature.getInstance(curve.signatureAlgorithm);
            signer.initSign(keys.getPrivate(), random);
            signer.update(tbs);
            return new SelfSignedCertificate(Der.sequence(tbs, algorithm, Der.bitString((byte) 0, signer.sign())), keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a self-signed " + curve + " certificate: " + e.getMessage(), e);
        }
    }

    /** The certificate's DER bytes (what the handshake line carries). */
    public byte[] der() {
        return der.clone();
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    /** The certificate, parsed from {@link #der()} on first use. */
    public X509Certificate certificate() {
        X509Certificate parsed = certificate;
        if (parsed == null) {
            try {
                parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der));
            } catch (CertificateException e) {
                throw new IllegalStateException("the generated certificate does not parse: " + e.getMessage(), e);
            }
            certificate = parsed;
        }
        return parsed;
    }

    public String certificatePem() {
        return Pem.encode("CERTIFICATE", der());
    }

    /** PKCS#8, the private-key PEM Vert.x reads (it rejects SEC1 "EC PRIVATE KEY"). */
    public String privateKeyPem() {
        return Pem.encode("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    /** PEM armour. */
    static final class Pem {
        private Pem() {
        }

        static String encode(String label, byte[] der) {
            return "-----BEGIN " + label + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                    + "\n-----END " + label + "-----\n";
        }
    }
}
