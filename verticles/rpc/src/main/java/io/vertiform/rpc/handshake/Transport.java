package io.vertiform.rpc.handshake;

/** How the host reaches the plugin; the names are the handshake line's network field. */
public enum Transport {
    UNIX("unix"),
    TCP("tcp");

    private final String network;

    Transport(String network) {
        this.network = network;
    }

    public String network() {
        return network;
    }
}
