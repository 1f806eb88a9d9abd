package io.vertiform.foundation.hub;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.DiscoverReply;
import io.vertiform.contracts.hub.DiscoverRequest;
import io.vertiform.contracts.hub.HubAddresses;
import io.vertiform.contracts.hub.RegistryChange;
import io.vertiform.contracts.hub.Unregister;
import io.vertiform.contracts.hub.UnregisterReply;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.shareddata.LocalMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hub: one per Vert.x instance. Serves register/unregister/discover on local consumers of the
 * {@link HubAddresses} and keeps the entries in shared data, so on a clustered Vert.x every node's hub
 * sees the whole cluster. Entries of a node disappear when that node's hub stops or the node leaves.
 */
public final class RegistryVerticle extends VerticleBase {
    /** Type name under which the registry lists itself (kind {@link ComponentKinds#SERVICE}). */
    public static final String TYPE_NAME = "vertiform.hub.registry";

    private static final VertiformLogger LOG = Logs.logger("hub");
    private static final String RUNNING_MAP = "vertiform.hub.running";
    private static final String RUNNING_KEY = "deployment";

    private final List<MessageConsumer<?>> consumers = new ArrayList<>();
    private RegistryStore store;
    private String nodeId;
    private AutoCloseable clusterWatch = () -> { };
    private boolean claimed;

    @Override
    public Future<?> start() {
        MessageCodecs.registerAll(vertx);
        LocalMap<String, String> running = vertx.sharedData().getLocalMap(RUNNING_MAP);
        String other = running.putIfAbsent(RUNNING_KEY, deploymentID());
        if (other != null) {
            return Future.failedFuture(HubErrors.alreadyRunning(other));
        }
        claimed = true;
        nodeId = NodeIdentity.of(vertx);
        return RegistryStore.open(vertx).compose(opened -> {
            store = opened;
            // bodies typed Object: anyone can send anything, and a wrong type must get a proper failure reply
            MessageConsumer<Object> register = vertx.eventBus().localConsumer(HubAddresses.REGISTER, this::onRegister);
            MessageConsumer<Object> unregister =
                    vertx.eventBus().localConsumer(HubAddresses.UNREGISTER, this::onUnregister);
            MessageConsumer<Object> discover = vertx.eventBus().localConsumer(HubAddresses.DISCOVER, this::onDiscover);
            consumers.addAll(List.of(register, unregister, discover));
            clusterWatch = ClusterWatch.start(vertx, context, this::nodeLeft);
            return Future.all(register.completion(), unregister.completion(), discover.completion());
        }).compose(ready -> add(ComponentRegistration.of(HubAddresses.REGISTER, ComponentKinds.SERVICE, TYPE_NAME,
                Map.of("description", "component registry (the hub)",
                        "clustered", Boolean.toString(vertx.isClustered())))))
                .onSuccess(self -> LOG.info("hub started", "node", nodeId, "clustered", vertx.isClustered()));
    }

    @Override
    public Future<?> stop() throws Exception {
        clusterWatch.close();
        if (!claimed) {
            return Future.succeededFuture();
        }
        Future<?> cleanup = store == null ? Future.succeededFuture()
                : store.removeWhere(reg -> nodeId.equals(reg.nodeId())).onSuccess(this::announceRemoved);
        return cleanup.eventually(() -> {
            vertx.sharedData().<String, String>getLocalMap(RUNNING_MAP).remove(RUNNING_KEY, deploymentID());
            return Future.succeededFuture();
        });
    }

    private void onRegister(Message<Object> message) {
        if (!(message.body() instanceof ComponentRegistration request)) {
            HubErrors.reply(message, HubErrors.badRequest(HubAddresses.REGISTER, message.body()));
            return;
        }
        add(request).onComplete(message::reply, failure -> HubErrors.reply(message, failure));
    }

    private Future<ComponentRegistration> add(ComponentRegistration request) {
        ComponentRegistration stored = request.withNodeId(nodeId);
        return store.put(stored).map(v -> {
            LOG.debug("component registered", "kind", stored.kind(), "type", stored.typeName(),
                    "address", stored.address());
            vertx.eventBus().publish(HubAddresses.CHANGES, new RegistryChange(RegistryChange.Change.ADDED, stored));
            return stored;
        });
    }

    private void onUnregister(Message<Object> message) {
        if (!(message.body() instanceof Unregister request)) {
            HubErrors.reply(message, HubErrors.badRequest(HubAddresses.UNREGISTER, message.body()));
            return;
        }
        store.removeWhere(reg -> nodeId.equals(reg.nodeId()) && request.matches(reg))
                .onSuccess(this::announceRemoved)
                .onComplete(removed -> message.reply(new UnregisterReply(removed.size())),
                        failure -> HubErrors.reply(message, failure));
    }

    private void onDiscover(Message<Object> message) {
        if (!(message.body() instanceof DiscoverRequest request)) {
            HubErrors.reply(message, HubErrors.badRequest(HubAddresses.DISCOVER, message.body()));
            return;
        }
        store.matching(request::matches)
                .onComplete(found -> message.reply(new DiscoverReply(found)),
                        failure -> HubErrors.reply(message, failure));
    }

    private void nodeLeft(String departed) {
        if (departed.equals(nodeId)) {
            return;
        }
        store.removeWhere(reg -> departed.equals(reg.nodeId()))
                .onSuccess(removed -> {
                    if (!removed.isEmpty()) {
                        LOG.info("removed components of a departed node", "node", departed, "count", removed.size());
                    }
                    announceRemoved(removed);
                })
                .onFailure(e -> LOG.warn("could not clean up after a departed node", "node", departed, "error", e));
    }

    private void announceRemoved(List<ComponentRegistration> removed) {
        for (ComponentRegistration reg : removed) {
            vertx.eventBus().publish(HubAddresses.CHANGES, new RegistryChange(RegistryChange.Change.REMOVED, reg));
        }
    }
}
