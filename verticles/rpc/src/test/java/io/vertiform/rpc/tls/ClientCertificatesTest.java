package io.vertiform.rpc.tls;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.rpc.handshake.HandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClientCertificatesTest {

    private static final SelfSignedCertificate HOST = SelfSignedCertificate.generate(Curve.P521, "HashiCorp");

    @Test
    void theArmourCheckAcceptsWhatHostsSend() {
        assertThatCode(() -> ClientCertificates.checkArmour(HOST.certificatePem())).doesNotThrowAnyException();
        assertThatCode(() -> ClientCertificates.checkArmour(HOST.certificatePem().replace("\n", "\r\n")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "not a certificate; no -----BEGIN CERTIFICATE----- line",
            "-----BEGIN CERTIFICATE-----\\nMIIB; no -----END CERTIFICATE----- line",
            "-----BEGIN CERTIFICATE-----\\n!!!!\\n-----END CERTIFICATE-----; PLUGIN_CLIENT_CERT is not a PEM certificate",
            "-----BEGIN CERTIFICATE-----\\n\\n-----END CERTIFICATE-----; the first block is empty",
    })
    void theArmourCheckRefusesGarbledText(String pem, String message) {
        assertThatThrownBy(() -> ClientCertificates.checkArmour(pem.replace("\\n", "\n")))
                .isInstanceOf(HandshakeException.class)
                .hasMessageContaining(message);
    }

    @Test
    void wellArmouredButNotACertificateIsLeftToTheRealParse() {
        String pem = "-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----\n";
        assertThatCode(() -> ClientCertificates.checkArmour(pem)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClientCertificates.parse(pem)).isInstanceOf(HandshakeException.class)
                .hasMessageContaining("PLUGIN_CLIENT_CERT");
    }
}
