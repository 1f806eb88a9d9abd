package io.vertiform.framework.server;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.GetResourceIdentitySchemas;
import io.vertiform.contracts.provider.ProviderFunction;
import io.vertiform.contracts.provider.ResourceIdentitySchema;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ServerCapabilities;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.framework.engine.DataSourceModel;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.engine.EphemeralModel;
import io.vertiform.framework.engine.ProviderModel;
import io.vertiform.framework.engine.ResourceModel;
import io.vertiform.framework.engine.Workers;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.registry.ComponentDescriptor;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.registry.ComponentKind;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.Movable;
import io.vertiform.framework.schema.ContractSchemas;
import io.vertiform.framework.session.Sessions;
import io.vertx.core.Future;
import io.vertx.core.Deployable;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys a provider: one verticle for the provider-wide addresses and one per component, all sharing a worker
 * pool and the session table. Components are checked first (schemas, state types against schemas): a
 * mistake fails the deployment with a message naming the component, before Terraform sees anything.
 *
 * <pre>{@code
 * ProviderServer.deploy(vertx, ComponentRegistry.fromIndex(loader), FrameworkOptions.DEFAULT)
 * }</pre>
 */
public final class ProviderServer {

    private static final VertiformLogger LOG = Logs.logger("framework");

    private ProviderServer() {
    }

    public static Future<ProviderDeployment> deploy(Vertx vertx, ComponentRegistry registry, FrameworkOptions options) {
        MessageCodecs.registerAll(vertx);
        WorkerExecutor executor = vertx.createSharedWorkerExecutor("vertiform-provider-" + System.identityHashCode(registry),
                options.workerPoolSize());
        Workers workers = new Workers(executor);
        Sessions sessions = new Sessions(vertx, options.describeTimeoutMillis());
        List<Deployable> verticles;
        try {
            verticles = build(registry, workers, sessions, options);
        } catch (RuntimeException e) {
            executor.close();
            return Future.failedFuture(e instanceof ComponentException ? e
                    : new ComponentException("cannot prepare the provider's components: " + e.getMessage(), e));
        }
        // All at once: each verticle starts on its own event loop, so the ~40 starts overlap instead of queueing
        // behind one another while the host's first call waits for them.
        List<Future<String>> deployments = new ArrayList<>(verticles.size());
        for (Deployable v : verticles) {
            deployments.add(vertx.deployVerticle(v));
        }
        return Future.join(deployments).transform(ignored -> settle(vertx, deployments, sessions, executor));
    }

    /**
     * Decides once every deployment has settled (join, not all), so the outcome matches a one-by-one deployment:
     * on failure everything that did start is undeployed and the error is that of the first failing verticle in
     * deployment order, not whichever failed first in time.
     */
    private static Future<ProviderDeployment> settle(Vertx vertx, List<Future<String>> deployments, Sessions sessions,
                                                     WorkerExecutor executor) {
        List<String> ids = new ArrayList<>(deployments.size());
        Throwable failure = null;
        for (Future<String> d : deployments) {
            if (d.succeeded()) {
                ids.add(d.result());
            } else if (failure == null) {
                failure = d.cause();
            }
        }
        ProviderDeployment deployment = new ProviderDeployment(vertx, ids, sessions, executor);
        if (failure == null) {
            LOG.debug("provider deployed", "components", deployments.size());
            return Future.succeededFuture(deployment);
        }
        Throwable cause = failure;
        return deployment.undeploy().transform(ignored -> Future.failedFuture(cause));
    }

    private static List<Deployable> build(ComponentRegistry registry, Workers workers, Sessions sessions,
                                        FrameworkOptions options) {
        ProviderModel provider = registry.provider()
                .map(d -> ProviderModel.of(d.name(), d.newInstance()))
                .orElse(ProviderModel.none());
        Engine engine = new Engine(workers, provider.metaSchema());
        Map<String, String> meta = provider.name().isEmpty() ? Map.of() : Map.of("provider", provider.name());

        List<Deployable> out = new ArrayList<>();
        Map<String, Schema> resources = new TreeMap<>();
        Map<String, ResourceIdentitySchema> identities = new TreeMap<>();
        boolean movable = false;
        for (ComponentDescriptor d : registry.all(ComponentKind.RESOURCE)) {
            ResourceModel m = ResourceModel.of(d.name(), d.newInstance(), workers);
            resources.put(d.name(), ContractSchemas.of(m.schema()));
            if (m.identitySchema() != null) {
                identities.put(d.name(), m.identitySchema().toContract());
            }
            movable |= m.handler() instanceof Movable<?>;
            out.add(new ResourceVerticle(engine, m, sessions, options, meta));
        }
        Map<String, Schema> dataSources = new TreeMap<>();
        for (ComponentDescriptor d : registry.all(ComponentKind.DATA_SOURCE)) {
            DataSourceModel m = DataSourceModel.of(d.name(), d.newInstance(), workers);
            dataSources.put(d.name(), ContractSchemas.of(m.schema()));
            out.add(new DataSourceVerticle(engine, m, sessions, options, meta));
        }
        Map<String, Schema> ephemerals = new TreeMap<>();
        for (ComponentDescriptor d : registry.all(ComponentKind.EPHEMERAL_RESOURCE)) {
            EphemeralModel m = EphemeralModel.of(d.name(), d.newInstance());
            ephemerals.put(d.name(), ContractSchemas.of(m.schema()));
            out.add(new EphemeralVerticle(engine, m, sessions, options, meta));
        }
        Map<String, ProviderFunction> functions = new TreeMap<>();
        for (ComponentDescriptor d : registry.all(ComponentKind.FUNCTION)) {
            Object instance = d.newInstance();
            if (!(instance instanceof FunctionHandler f)) {
                throw new ComponentException("function " + d.name() + ": " + d.type().getName()
                        + " does not implement FunctionHandler");
            }
            FunctionDefinition def = f.definition();
            functions.put(d.name(), def.toContract());
            out.add(new FunctionVerticle(engine, d.name(), f, def, sessions, options, meta));
        }
        GetProviderSchema.Response schemas = new GetProviderSchema.Response(ContractSchemas.of(provider.schema()),
                resources, dataSources, functions, ephemerals, Map.of(), Map.of(), Map.of(), List.of(),
                provider.metaSchema() == null ? null : ContractSchemas.of(provider.metaSchema()),
                new ServerCapabilities(true, true, movable, true));
        out.add(0, new ProviderVerticle(engine, provider, schemas,
                new GetResourceIdentitySchemas.Response(identities, List.of()), sessions, options, meta));
        return out;
    }
}
