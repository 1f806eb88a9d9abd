package io.vertiform.rpc.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;

/**
 * JSSE key and trust managers for AutoMTLS, built from objects already in memory. Vert.x's PEM options would
 * re-parse the PEM text and store the key in a PKCS#12 key store, whose key protection (PBKDF2, 10,000 rounds,
 * twice: store and load) costs about 100 ms on a cold JVM; a JKS store's protection is a few hashes.
 */
final class JsseManagers {

    /** Protects the key inside an in-memory store nobody else sees; any value works. */
    private static final char[] IN_MEMORY_PASSWORD = "vertiform".toCharArray();

    private JsseManagers() {
    }

    static KeyManagerFactory keyManagers(SelfSignedCertificate server) {
        try {
            KeyStore store = emptyStore("JKS");
            store.setKeyEntry("server", server.keyPair().getPrivate(), IN_MEMORY_PASSWORD,
                    new Certificate[] {server.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, IN_MEMORY_PASSWORD);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the AutoMTLS key manager: " + e.getMessage(), e);
        }
    }

    /** Trust anchors: exactly the host's certificates (what Vert.x's PEM trust options build too). */
    static TrustManagerFactory trustManagers(List<X509Certificate> host) {
        try {
            KeyStore store = emptyStore(KeyStore.getDefaultType());
            for (int i = 0; i < host.size(); i++) {
                store.setCertificateEntry("host-" + i, host.get(i));
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the AutoMTLS trust manager: " + e.getMessage(), e);
        }
    }

    static void warmUp(KeyManagerFactory keys, TrustManagerFactory trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            SSLEngine engine = context.createSSLEngine();
            engine.setUseClientMode(false);
            engine.setNeedClientAuth(true);
            engine.getSSLParameters();
        } catch (GeneralSecurityException | RuntimeException e) {
            // Warming is an optimisation; the real connection reports any real problem.
        }
    }

    private static KeyStore emptyStore(String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        return store;
    }
}
