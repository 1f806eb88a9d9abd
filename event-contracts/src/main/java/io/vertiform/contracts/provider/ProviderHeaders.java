package io.vertiform.contracts.provider;

/**
 * Event-bus headers on every provider request, so records stay about the protocol and routing facts travel
 * beside them.
 */
public final class ProviderHeaders {

    /** Id of the plugin session (one Terraform provider instance) the request belongs to. */
    public static final String SESSION = "vertiform-session";
    /** Unique id of this request, named again in a {@link CancelRequest}. */
    public static final String REQUEST_ID = "vertiform-request-id";
    /** Absolute deadline in epoch milliseconds; absent when the caller set none. */
    public static final String DEADLINE = "vertiform-deadline";
    /** Plugin protocol major version of the session ("5" or "6"), for logs only: records are protocol-neutral. */
    public static final String PROTOCOL = "vertiform-protocol";
    /** For streaming operations: where the component sends the stream's items before replying {@link StreamEnd}. */
    public static final String STREAM_ADDRESS = "vertiform-stream-address";

    private ProviderHeaders() {
    }
}
