package io.vertiform.rpc.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.interfaces.ECPublicKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** The session's AutoMTLS material: a P-384 certificate, and JSSE managers built from it without PEM re-parsing. */
class AutoMtlsTest {

    private static final SelfSignedCertificate HOST = SelfSignedCertificate.generate(Curve.P521, "HashiCorp");

    @Test
    void theServerCertificateIsP384AndTheKeyManagerServesIt() {
        AutoMtls tls = AutoMtls.forHost(HOST.certificatePem());
        X509Certificate server = tls.serverCertificate().certificate();
        assertThat(server.getSigAlgName()).isEqualTo("SHA384withECDSA");
        assertThat(((ECPublicKey) server.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(384);

        X509KeyManager keys = (X509KeyManager) tls.keyManagers().getKeyManagers()[0];
        String alias = keys.chooseServerAlias("EC", null, null);
        assertThat(alias).isNotNull();
        assertThat(keys.getCertificateChain(alias)).containsExactly(server);
        assertThat(keys.getPrivateKey(alias)).isEqualTo(tls.serverCertificate().keyPair().getPrivate());
    }

    @Test
    void theTrustManagerTrustsTheHostCertificateAndNothingElse() throws Exception {
        AutoMtls tls = AutoMtls.forHost(HOST.certificatePem());
        X509TrustManager trust = (X509TrustManager) tls.trustManagers().getTrustManagers()[0];
        assertThat(trust.getAcceptedIssuers()).containsExactly(HOST.certificate());
        trust.checkClientTrusted(new X509Certificate[] {HOST.certificate()}, "EC");
        X509Certificate stranger = SelfSignedCertificate.generate(Curve.P521, "HashiCorp").certificate();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> trust.checkClientTrusted(new X509Certificate[] {stranger}, "EC"))
                .isInstanceOf(java.security.cert.CertificateException.class);
    }
}
