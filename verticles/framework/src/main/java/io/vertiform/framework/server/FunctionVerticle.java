package io.vertiform.framework.server;

import static io.vertiform.contracts.provider.ProviderAddresses.Family.FUNCTION;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.CallFunction;
import io.vertiform.contracts.provider.FunctionError;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.engine.FunctionOps;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.session.Sessions;
import java.util.Map;

/** One provider-defined function on {@code vertiform.provider.function.<name>.call}. */
final class FunctionVerticle extends ComponentVerticle {

    private final Engine engine;
    private final String name;
    private final FunctionHandler handler;
    private final FunctionDefinition definition;

    FunctionVerticle(Engine engine, String name, FunctionHandler handler, FunctionDefinition definition,
                     Sessions sessions, FrameworkOptions options, Map<String, String> metadata) {
        super(sessions, options, ComponentKinds.FUNCTION, name,
                ProviderAddresses.PREFIX + "." + FUNCTION.segment() + "." + name, metadata);
        this.engine = engine;
        this.name = name;
        this.handler = handler;
        this.definition = definition;
    }

    @Override
    void consume() {
        serve(ProviderAddresses.of(FUNCTION, name, ProviderAddresses.CALL), CallFunction.Request.class, null,
                (q, s) -> FunctionOps.call(engine, name, handler, definition, q, s),
                d -> new CallFunction.Response(null, new FunctionError(d.isEmpty() ? "function failed"
                        : d.get(0).summary() + ": " + d.get(0).detail(), null)));
    }
}
