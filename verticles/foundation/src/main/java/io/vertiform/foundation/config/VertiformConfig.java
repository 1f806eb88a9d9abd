package io.vertiform.foundation.config;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * The foundation's typed configuration, bound from a {@link ConfigSnapshot}. Binding checks every key, so
 * a bad value fails here, at start-up, as a {@link io.vertiform.foundation.error.ConfigException} naming its
 * source and key. Modules with keys of their own read them from {@link #snapshot()}.
 */
public record VertiformConfig(LogConfig log, HubConfig hub, ProcessConfig process, ResilienceConfig resilience,
                              ConfigSnapshot snapshot) {

    public static VertiformConfig from(ConfigSnapshot snapshot) {
        return new VertiformConfig(LogConfig.from(snapshot), HubConfig.from(snapshot), ProcessConfig.from(snapshot),
                ResilienceConfig.from(snapshot), snapshot);
    }

    /** Loads and binds through Vert.x Config. */
    public static Future<VertiformConfig> load(Vertx vertx, ConfigInputs inputs) {
        return ConfigLoader.load(vertx, inputs).map(VertiformConfig::from);
    }

    /** Loads and binds synchronously, for CLI start-up before Vert.x runs. */
    public static VertiformConfig loadSync(ConfigInputs inputs) {
        return from(ConfigLoader.loadSync(inputs));
    }
}
