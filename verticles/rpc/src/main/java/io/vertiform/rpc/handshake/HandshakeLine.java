package io.vertiform.rpc.handshake;

import java.util.Base64;
import java.util.Objects;

/**
 * go-plugin's handshake line, {@code CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT}, the only thing a plugin ever
 * writes to its real stdout.
 *
 * <p>The certificate is the server's DER in standard base64 <em>without padding</em> (go-plugin decodes with
 * {@code RawStdEncoding}); without AutoMTLS the field is empty but present. No seventh field: old hosts split
 * into six and would glue it onto the certificate.
 *
 * @param appVersion  negotiated plugin protocol version
 * @param transport   unix or tcp
 * @param address     socket path or {@code 127.0.0.1:port}
 * @param certificate server certificate DER, or null without AutoMTLS
 */
public record HandshakeLine(int appVersion, Transport transport, String address, byte[] certificate) {

    /** go-plugin's own protocol version; anything else is rejected by hosts. */
    public static final int CORE_VERSION = 1;
    public static final String PROTOCOL = "grpc";

    public HandshakeLine {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        if (address.indexOf('|') >= 0 || address.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("address cannot contain '|' or a newline: " + address);
        }
    }

    /** The line without its terminating newline. */
    public String format() {
        String cert = certificate == null ? "" : Base64.getEncoder().withoutPadding().encodeToString(certificate);
        return CORE_VERSION + "|" + appVersion + "|" + transport.network() + "|" + address + "|" + PROTOCOL + "|" + cert;
    }

    @Override
    public String toString() {
        return format();
    }
}
