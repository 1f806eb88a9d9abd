package io.vertiform.rpc.ops;

import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.ProviderBus;
import io.vertx.core.Future;

/** Produces an operation's neutral response, normally by asking a component over the bus. */
@FunctionalInterface
public interface Invoker<Q, R> {
    Future<R> invoke(Q request, CallContext call, ProviderBus bus);
}
