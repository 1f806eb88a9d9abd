package io.vertiform.contracts.config;

/** Event-bus addresses of the foundation's configuration service. */
public final class ConfigAddresses {
    /**
     * Request: any body (ignored). Reply: a Vert.x {@code JsonObject}
     * {@code {"config": {...effective configuration...}, "sources": {"dotted.key": "where it came from"}}};
     * JSON needs no contract codec and is what Vert.x Config itself speaks.
     */
    public static final String GET = "vertiform.config.get";

    private ConfigAddresses() {
    }
}
