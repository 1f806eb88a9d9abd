package io.vertiform.foundation.hub;

import io.vertiform.contracts.codec.MsgpackCodec;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.HubAddresses;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.shareddata.AsyncMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The registry's storage: Vert.x shared data, which is cluster-wide on a clustered Vert.x.
 *
 * <p>Values are the MessagePack bytes of each registration: shared data only takes a few value types
 * across the cluster, and this keeps one encoding for the bus and the map.
 */
final class RegistryStore {
    static final Comparator<ComponentRegistration> ORDER = Comparator
            .comparing(ComponentRegistration::kind)
            .thenComparing(ComponentRegistration::typeName)
            .thenComparing(ComponentRegistration::address)
            .thenComparing(ComponentRegistration::nodeId);

    private final AsyncMap<String, Buffer> map;
    private final MsgpackCodec<ComponentRegistration> codec = new MsgpackCodec<>(ComponentRegistration.WIRE);

    private RegistryStore(AsyncMap<String, Buffer> map) {
        this.map = map;
    }

    static Future<RegistryStore> open(Vertx vertx) {
        return vertx.sharedData().<String, Buffer>getAsyncMap(HubAddresses.REGISTRY_MAP).map(RegistryStore::new);
    }

    /** Stores a registration that already carries its node id; an equal key is replaced. */
    Future<Void> put(ComponentRegistration registration) {
        return map.put(registration.key(), Buffer.buffer(codec.encode(registration)));
    }

    /** Every entry, in {@link #ORDER}. */
    Future<List<ComponentRegistration>> all() {
        return map.values().map(values -> {
            List<ComponentRegistration> out = new ArrayList<>(values.size());
            for (Buffer value : values) {
                out.add(codec.decode(value.getBytes()));
            }
            out.sort(ORDER);
            return out;
        });
    }

    Future<List<ComponentRegistration>> matching(Predicate<ComponentRegistration> filter) {
        return all().map(list -> list.stream().filter(filter).toList());
    }

    /**
     * Removes matching entries; returns only those this call actually removed, so when several hubs clean
     * up after the same departed node each removal is reported once.
     */
    Future<List<ComponentRegistration>> removeWhere(Predicate<ComponentRegistration> filter) {
        return matching(filter).compose(candidates -> {
            List<Future<Buffer>> removals = candidates.stream().map(c -> map.remove(c.key())).toList();
            return Future.all(removals).map(done -> {
                List<ComponentRegistration> removed = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) {
                    if (removals.get(i).result() != null) {
                        removed.add(candidates.get(i));
                    }
                }
                return removed;
            });
        });
    }

    /** For tests and diagnostics: the raw key set. */
    Future<Map<String, Buffer>> raw() {
        return map.entries();
    }
}
