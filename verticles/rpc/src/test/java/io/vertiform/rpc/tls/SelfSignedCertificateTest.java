package io.vertiform.rpc.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.rpc.handshake.HandshakeException;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

    @Test
    void certificateHasGoPluginsShape() throws Exception {
        SelfSignedCertificate c = SelfSignedCertificate.generate(Curve.P256, "Vertiform");
        X509Certificate x = c.certificate();
        x.verify(x.getPublicKey()); // self-signed
        x.checkValidity();
        assertThat(x.getSerialNumber().signum()).isPositive();
        assertThat(x.getSerialNumber().bitLength()).isGreaterThan(64);
        assertThat(x.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertThat(x.getExtendedKeyUsage()).containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(x.getBasicConstraints()).isGreaterThanOrEqualTo(0); // CA
        boolean[] usage = x.getKeyUsage();
        assertThat(usage[0]).isTrue();  // digitalSignature
        assertThat(usage[2]).isTrue();  // keyEncipherment
        assertThat(usage[4]).isTrue();  // keyAgreement
        assertThat(usage[5]).isTrue();  // keyCertSign
        assertThat(x.getSubjectAlternativeNames()).contains(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(x.getNotAfter().getTime() - x.getNotBefore().getTime()).isGreaterThan(29L * 365 * 86_400_000);
        assertThat(x.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) x.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
    }

    @Test
    void handshakeEncodingDecodesBackToTheSameCertificate() throws Exception {
        SelfSignedCertificate c = SelfSignedCertificate.generate(Curve.P521, "Host");
        String field = Base64.getEncoder().withoutPadding().encodeToString(c.der());
        assertThat(field).doesNotEndWith("=");
        X509Certificate back = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(field)));
        assertThat(back).isEqualTo(c.certificate());
        assertThat(back.getSigAlgName()).isEqualTo("SHA512withECDSA");
    }

    @Test
    void pemsAreWhatVertxReads() {
        SelfSignedCertificate c = SelfSignedCertificate.generate(Curve.P384, "X");
        assertThat(c.privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(ClientCertificates.parse(c.certificatePem())).containsExactly(c.certificate());
    }

    @Test
    void twoCertificatesNeverShareASerial() {
        BigInteger a = SelfSignedCertificate.generate(Curve.P256, "a").certificate().getSerialNumber();
        BigInteger b = SelfSignedCertificate.generate(Curve.P256, "a").certificate().getSerialNumber();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void garbageClientCertificateIsAHandshakeError() {
        assertThatThrownBy(() -> ClientCertificates.parse("not a pem")).isInstanceOf(HandshakeException.class);
        assertThatThrownBy(() -> AutoMtls.forHost("")).isInstanceOf(HandshakeException.class);
    }
}
