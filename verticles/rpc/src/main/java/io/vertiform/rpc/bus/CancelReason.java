package io.vertiform.rpc.bus;

/** Why the RPC layer stopped waiting for a call. */
public enum CancelReason {
    /** Terraform called StopProvider/Stop: the call is answered with an error diagnostic. */
    STOPPED("the provider was asked to stop"),
    /** The gRPC deadline passed: the call ends with DEADLINE_EXCEEDED. */
    DEADLINE("the request deadline passed"),
    /** The host cancelled the call or went away: nothing is sent. */
    CLIENT_GONE("the client cancelled the request"),
    /** The session is shutting down. */
    SHUTDOWN("the plugin is shutting down");

    private final String text;

    CancelReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
