package io.vertiform.rpc.session;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.SessionTerms;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.rpc.transport.ReservedListener;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin process sets up before Vert.x has booted: the terms, a socket bound with the JDK and, with
 * AutoMTLS, the server certificate. That is all the handshake line needs, so the line goes out while Vert.x and
 * the rest of the session are still starting; the session started with it
 * ({@link PluginSessionOptions#withEarlyHandshake}) serves exactly this socket with this certificate.
 *
 * @param terms             the negotiated terms
 * @param listener          the bound socket
 * @param serverCertificate the certificate for the line; present exactly when the host asked for AutoMTLS
 */
public record EarlyHandshake(SessionTerms terms, ReservedListener listener,
                             Optional<SelfSignedCertificate> serverCertificate) {

    public EarlyHandshake {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(serverCertificate, "serverCertificate");
        if (terms.environment().autoMtls() != serverCertificate.isPresent()) {
            throw new IllegalArgumentException(terms.environment().autoMtls()
                    ? "the host asked for AutoMTLS: a server certificate is needed"
                    : "the host did not ask for AutoMTLS: a plaintext session announces no certificate");
        }
    }

    /** The line to print. */
    public HandshakeLine line() {
        return new HandshakeLine(terms.protocol(), listener.transport(), listener.address(),
                serverCertificate.map(SelfSignedCertificate::der).orElse(null));
    }
}
