package io.vertiform.rpc.tls;

/** The ECDSA curves certificates are made with, and the signature algorithm that goes with each. */
public enum Curve {
    /** Fast to generate; what the plugin's own server certificate uses. */
    P256("secp256r1", "SHA256withECDSA", "1.2.840.10045.4.3.2"),
    P384("secp384r1", "SHA384withECDSA", "1.2.840.10045.4.3.3"),
    /** What go-plugin hosts use for their client certificate. */
    P521("secp521r1", "SHA512withECDSA", "1.2.840.10045.4.3.4");

    final String jdkName;
    final String signatureAlgorithm;
    final String signatureOid;

    Curve(String jdkName, String signatureAlgorithm, String signatureOid) {
        this.jdkName = jdkName;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signatureOid = signatureOid;
    }
}
