package io.vertiform.framework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.CancelRequest;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.AsyncResourceHandler;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.Harness;
import io.vertiform.framework.value.Value;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deployment checks, asynchronous authors, blocking authors, cancellation and sessions without a describer. */
class DeploymentTest {

    static final ComponentSchema SCHEMA = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.string("name").required())
            .build();
    static final CtyType T = SCHEMA.impliedType();

    public record Named(Value<String> id, String name) {
    }

    public record Wrong(String id, Long name) {
    }

    @Resource("async_thing")
    public static final class AsyncThing implements AsyncResourceHandler<Named> {
        @Override
        public ComponentSchema schema() {
            return SCHEMA;
        }

        @Override
        public Future<Named> create(CreateRequest<Named> r) {
            Vertx vertx = r.vertx();
            return vertx.timer(10).map(x -> new Named(Value.of("async-" + r.plan().name()), r.plan().name()));
        }

        @Override
        public Future<Named> read(ReadRequest<Named> r) {
            return Future.succeededFuture(r.state());
        }

        @Override
        public Future<Named> update(UpdateRequest<Named> r) {
            return Future.failedFuture(ProviderException.error("No updates", "never"));
        }

        @Override
        public Future<Void> delete(DeleteRequest<Named> r) {
            return Future.succeededFuture();
        }
    }

    /** Sleeps while planning, until cancelled when the name says so. */
    @Resource("slow_thing")
    public static final class SlowThing implements ResourceHandler<Named>, ModifiesPlan<Named> {
        @Override
        public ComponentSchema schema() {
            return SCHEMA;
        }

        @Override
        public void modifyPlan(ModifyPlanRequest<Named> r) {
            try {
                if (r.plan().name().equals("until-cancelled")) {
                    long deadline = System.currentTimeMillis() + 20_000;
                    while (!r.isCancelled() && System.currentTimeMillis() < deadline) {
                        Thread.sleep(5);
                    }
                    r.diagnostics().addWarning("Cancelled", "stopped early: " + r.isCancelled());
                } else {
                    Thread.sleep(400);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Named create(CreateRequest<Named> r) {
            return new Named(Value.of("i"), r.plan().name());
        }

        @Override
        public Named read(ReadRequest<Named> r) {
            return r.state();
        }

        @Override
        public Named update(UpdateRequest<Named> r) {
            return r.plan();
        }

        @Override
        public void delete(DeleteRequest<Named> r) {
        }
    }

    @Resource("wrong_thing")
    public static final class WrongThing implements ResourceHandler<Wrong> {
        @Override
        public ComponentSchema schema() {
            return SCHEMA;
        }

        @Override
        public Wrong create(CreateRequest<Wrong> r) {
            return null;
        }

        @Override
        public Wrong read(ReadRequest<Wrong> r) {
            return null;
        }

        @Override
        public Wrong update(UpdateRequest<Wrong> r) {
            return null;
        }

        @Override
        public void delete(DeleteRequest<Wrong> r) {
        }
    }

    private static String addr(String type, String op) {
        return ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, type, op);
    }

    private static PlanResourceChange.Request createPlan(String type, String name) {
        CtyValue config = Cty.object(T, Map.of("name", name));
        return new PlanResourceChange.Request(type, Cty.dv(CtyValue.nullVal(T), T), Cty.dv(config, T),
                Cty.dv(config, T), null, null, null, null, null);
    }

    @Test
    void aStateRecordThatDoesNotMatchItsSchemaFailsTheDeployment() {
        Vertx vertx = Vertx.vertx();
        try {
            Throwable e = Harness.await(ProviderServer.deploy(vertx, ComponentRegistry.builder().add(WrongThing.class)
                    .build(), FrameworkOptions.DEFAULT.withRegisterInHub(false)).<Throwable>map(d -> null)
                    .otherwise(x -> x));
            assertThat(e).hasMessageContaining("resource wrong_thing: state type")
                    .hasMessageContaining("name: Long cannot hold string values");
        } finally {
            Harness.await(vertx.close());
        }
    }

    @Test
    void aVerticleThatFailsToStartUndeploysEveryOtherAndFailsTheDeployment() {
        Vertx vertx = Vertx.vertx();
        try {
            // Hub registration without a hub registry fails every verticle's start, while all are deploying at once.
            Throwable e = Harness.await(ProviderServer.deploy(vertx, ComponentRegistry.builder().add(AsyncThing.class)
                    .add(SlowThing.class).build(), FrameworkOptions.DEFAULT.withRegisterInHub(true))
                    .<Throwable>map(d -> null).otherwise(x -> x));
            assertThat(e).isNotNull();
            assertThat(vertx.deploymentIDs()).as("nothing of the failed provider stays deployed").isEmpty();
        } finally {
            Harness.await(vertx.close());
        }
    }

    @Test
    void asynchronousAuthorsReturnFutures() {
        try (Harness h = Harness.start(ComponentRegistry.builder().add(AsyncThing.class).build())) {
            PlanResourceChange.Response plan = h.request(addr("async_thing", "plan"), createPlan("async_thing", "a"),
                    null);
            CtyValue config = Cty.object(T, Map.of("name", "a"));
            ApplyResourceChange.Response r = h.request(addr("async_thing", "apply"), new ApplyResourceChange.Request(
                    "async_thing", Cty.dv(CtyValue.nullVal(T), T), plan.plannedState(), Cty.dv(config, T), null, null,
                    null), null);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(Cty.read(r.newState(), T).getAttr("id").asString()).isEqualTo("async-a");
        }
    }

    @Test
    void blockingAuthorsRunInParallelOffTheEventLoop() throws Exception {
        try (Harness h = Harness.start(ComponentRegistry.builder().add(SlowThing.class).build())) {
            long t0 = System.nanoTime();
            DeliveryOptions o = new DeliveryOptions().setSendTimeout(30_000);
            Future<?> a = h.vertx().eventBus().request(addr("slow_thing", "plan"), createPlan("slow_thing", "a"), o);
            Future<?> b = h.vertx().eventBus().request(addr("slow_thing", "plan"), createPlan("slow_thing", "b"), o);
            Future<?> ping = h.vertx().eventBus().request(ProviderAddresses.SCHEMA,
                    new io.vertiform.contracts.provider.GetProviderSchema.Request(), o);
            Harness.await(ping);
            long pingMillis = (System.nanoTime() - t0) / 1_000_000;
            Harness.await(Future.all(a, b));
            long bothMillis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(pingMillis).as("the event loop answered while authors slept").isLessThan(350);
            assertThat(bothMillis).as("two 400 ms plans ran side by side").isLessThan(790);
        }
    }

    @Test
    void cancellationReachesRunningAuthorCode() {
        try (Harness h = Harness.start(ComponentRegistry.builder().add(SlowThing.class).build())) {
            String session = h.session(Map.of(), "");
            String requestId = UUID.randomUUID().toString();
            DeliveryOptions o = new DeliveryOptions().setSendTimeout(30_000)
                    .addHeader(ProviderHeaders.SESSION, session).addHeader(ProviderHeaders.REQUEST_ID, requestId);
            Future<io.vertx.core.eventbus.Message<Object>> pending = h.vertx().eventBus().request(
                    addr("slow_thing", "plan"), createPlan("slow_thing", "until-cancelled"), o);
            long t0 = System.currentTimeMillis();
            while (h.deployment().sessions().resolved().get(session) == null
                    || h.deployment().sessions().resolved().get(session).inFlightRequests().isEmpty()) {
                assertThat(System.currentTimeMillis() - t0).isLessThan(10_000);
                Thread.onSpinWait();
            }
            h.vertx().eventBus().publish(ProviderAddresses.CANCEL, new CancelRequest(session, requestId, "deadline"));
            PlanResourceChange.Response r = (PlanResourceChange.Response) Harness.await(pending).body();
            assertThat(r.diagnostics()).extracting(Diagnostic::detail).containsExactly("stopped early: true");
            assertThat(System.currentTimeMillis() - t0).isLessThan(15_000);
        }
    }

    @Test
    void withoutASessionDescriberTheEnvironmentIsEmptyAndNothingIsConfigured() {
        Vertx vertx = Vertx.vertx();
        try {
            io.vertiform.contracts.codec.MessageCodecs.registerAll(vertx);
            var d = Harness.await(ProviderServer.deploy(vertx, ComponentRegistry.builder().add(AsyncThing.class).build(),
                    FrameworkOptions.DEFAULT.withRegisterInHub(false)));
            CtyValue config = Cty.object(T, Map.of("name", "a"));
            PlanResourceChange.Response plan = (PlanResourceChange.Response) Harness.await(vertx.eventBus().request(
                    addr("async_thing", "plan"), createPlan("async_thing", "a"))).body();
            assertThat(plan.diagnostics()).isEmpty();
            assertThat(d.sessions().resolved().get("default").context(null, 0).environment()).isEmpty();
            Harness.await(d.undeploy());
        } finally {
            Harness.await(vertx.close());
        }
    }
}
