package io.vertiform.contracts.codec;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.shareddata.LocalMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Registers a default event-bus codec for every contract type.
 *
 * <p>A clustered Vert.x gets {@link MsgpackCodec}s (binary on the wire, same instance locally); a local one
 * gets {@link LocalCodec}s. Registration is idempotent per Vert.x instance, so every verticle may call
 * {@link #registerAll} in its start method.
 */
public final class MessageCodecs {
    /** Class name → codec name of what this Vert.x instance already has; shared by all its verticles. */
    private static final String REGISTERED_MAP = "vertiform.contracts.codecs";

    private MessageCodecs() {
    }

    /** Registers every format that a {@link ContractFormats} provider on the class path declares. */
    public static void registerAll(Vertx vertx) {
        for (WireFormat<?> format : formats()) {
            register(vertx, format);
        }
    }

    /** Registers one format; returns false when this Vert.x instance already had a codec for the type. */
    public static <T> boolean register(Vertx vertx, WireFormat<T> format) {
        MessageCodec<T, T> codec = codecFor(vertx, format);
        LocalMap<String, String> registered = vertx.sharedData().getLocalMap(REGISTERED_MAP);
        String previous = registered.putIfAbsent(format.type().getName(), codec.name());
        if (previous != null) {
            if (!previous.equals(codec.name())) {
                throw new ContractCodecException("codec name clash for " + format.type().getName()
                        + ": " + previous + " vs " + codec.name());
            }
            return false;
        }
        vertx.eventBus().registerDefaultCodec(format.type(), codec);
        return true;
    }

    /** The codec {@link #register} would use for this Vert.x instance. */
    public static <T> MessageCodec<T, T> codecFor(Vertx vertx, WireFormat<T> format) {
        return vertx.isClustered() ? new MsgpackCodec<>(format) : LocalCodec.of(format);
    }

    /** All formats declared on the class path, sorted by name; duplicate names are rejected. */
    public static List<WireFormat<?>> formats() {
        return Declared.FORMATS;
    }

    /** The class path does not change at run time, so the service scan happens once, on first use. */
    private static final class Declared {
        static final List<WireFormat<?>> FORMATS = scan();
    }

    private static List<WireFormat<?>> scan() {
        Map<String, WireFormat<?>> byName = new HashMap<>();
        for (ContractFormats provider : ServiceLoader.load(ContractFormats.class, MessageCodecs.class.getClassLoader())) {
            for (WireFormat<?> format : provider.formats()) {
                WireFormat<?> clash = byName.putIfAbsent(format.name(), format);
                if (clash != null && clash.type() != format.type()) {
                    throw new ContractCodecException("two contract types share the codec name " + format.name()
                            + ": " + clash.type().getName() + " and " + format.type().getName());
                }
            }
        }
        List<WireFormat<?>> sorted = new ArrayList<>(byName.values());
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        return Collections.unmodifiableList(sorted);
    }
}
