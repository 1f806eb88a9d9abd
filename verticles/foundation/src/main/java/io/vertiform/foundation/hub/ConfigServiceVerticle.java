package io.vertiform.foundation.hub;

import io.vertiform.contracts.config.ConfigAddresses;
import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.foundation.config.ConfigLayer;
import io.vertiform.foundation.config.ConfigSnapshot;
import io.vertiform.foundation.config.ConfigSource;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Serves the node's effective configuration on {@link ConfigAddresses#GET}, so components on any node can
 * read it over the bus, and lists itself in the hub (kind {@code service}, type {@value #TYPE_NAME}).
 * Needs the node's {@link RegistryVerticle} running.
 */
public final class ConfigServiceVerticle extends VerticleBase {
    public static final String TYPE_NAME = "vertiform.config";

    private final ConfigSnapshot snapshot;
    private MessageConsumer<Object> consumer;

    public ConfigServiceVerticle(ConfigSnapshot snapshot) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    @Override
    public Future<?> start() {
        JsonObject reply = reply(snapshot);
        consumer = vertx.eventBus().localConsumer(ConfigAddresses.GET, message -> message.reply(reply.copy()));
        Set<ConfigLayer> layers = EnumSet.noneOf(ConfigLayer.class);
        snapshot.provenance().values().forEach(source -> layers.add(source.layer()));
        Map<String, String> metadata = Map.of(
                "keys", Integer.toString(snapshot.provenance().size()),
                "layers", layers.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining("+")));
        return consumer.completion().compose(v -> Hub.create(vertx)
                .register(ConfigAddresses.GET, ComponentKinds.SERVICE, TYPE_NAME, metadata));
    }

    @Override
    public Future<?> stop() {
        // the registry may already be gone when the whole node shuts down; it then cleans up by itself
        return Hub.create(vertx).unregister(ConfigAddresses.GET).otherwiseEmpty();
    }

    /** The reply body: effective configuration and where each key came from. */
    static JsonObject reply(ConfigSnapshot snapshot) {
        JsonObject sources = new JsonObject();
        new TreeMap<String, ConfigSource>(snapshot.provenance()).forEach((k, v) -> sources.put(k, v.description()));
        return new JsonObject().put("config", snapshot.asJson()).put("sources", sources);
    }
}
