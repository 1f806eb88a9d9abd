package io.vertiform.framework.bench;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.rules.ProposedNew;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.framework.validate.Validators;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * terraform-plugin-framework issue #775: planning a resource with a large set of nested blocks. One
 * PlanResourceChange per operation, end to end through the event bus: msgpack decoding of prior, proposed and
 * config, the framework's planning (defaults, computed marking, plan modifiers, set correlation), the plan
 * validity check, msgpack encoding of the plan. Two shapes: create (no prior) and an update that changes one
 * top-level attribute of an n-element state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SetPlanBenchmark {

    public static final ComponentSchema SCHEMA = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed().useStateForUnknown())
            .attribute(Attributes.string("description").optional())
            .block(Blocks.set("rule")
                    .attribute(Attributes.int64("port").required().validators(Validators.between(1, 65535)))
                    .attribute(Attributes.string("protocol").optional().defaultValue("tcp"))
                    .attribute(Attributes.string("cidr").optional())
                    .attribute(Attributes.string("rule_id").computed().useStateForUnknown()))
            .build();
    static final CtyType T = SCHEMA.impliedType();
    static final CtyType RULE = T.attributeType("rule").elementType();

    /** The resource under test; only planning is exercised. */
    @Resource("bench_firewall")
    public static final class Firewall implements ResourceHandler<CtyValue> {
        @Override
        public ComponentSchema schema() {
            return SCHEMA;
        }

        @Override
        public CtyValue create(CreateRequest<CtyValue> r) {
            return r.rawPlan();
        }

        @Override
        public CtyValue read(ReadRequest<CtyValue> r) {
            return r.rawState();
        }

        @Override
        public CtyValue update(UpdateRequest<CtyValue> r) {
            return r.rawPlan();
        }

        @Override
        public void delete(DeleteRequest<CtyValue> r) {
        }
    }

    @Param({"250", "500", "1000", "2000"})
    public int n;

    private Vertx vertx;
    private ProviderDeployment deployment;
    private PlanResourceChange.Request create;
    private PlanResourceChange.Request update;
    private final DeliveryOptions options = new DeliveryOptions().setSendTimeout(60_000);
    private static final String ADDRESS = ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "bench_firewall",
            ProviderAddresses.PLAN);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        vertx = Vertx.vertx();
        MessageCodecs.registerAll(vertx);
        deployment = ProviderServer.deploy(vertx, ComponentRegistry.builder().add(Firewall.class).build(),
                FrameworkOptions.DEFAULT.withRegisterInHub(false)).toCompletionStage().toCompletableFuture().get();
        create = request(CtyValue.nullVal(T), config(n, "v1"));
        update = request(state(n), config(n, "v2"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        deployment.undeploy().toCompletionStage().toCompletableFuture().get();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    public static CtyValue config(int n, String description) {
        List<CtyValue> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rules.add(rule(i, CtyValue.nullVal(CtyType.STRING), CtyValue.nullVal(CtyType.STRING)));
        }
        return object(CtyValue.nullVal(CtyType.STRING), description, rules);
    }

    public static CtyValue state(int n) {
        List<CtyValue> rules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rules.add(rule(i, CtyValue.stringVal("tcp"), CtyValue.stringVal("r-" + i)));
        }
        return object(CtyValue.stringVal("fw-1"), "v1", rules);
    }

    private static CtyValue rule(int i, CtyValue protocol, CtyValue ruleId) {
        Map<String, CtyValue> m = new LinkedHashMap<>();
        m.put("port", CtyValue.numberIntVal(1 + i % 65535));
        m.put("protocol", protocol);
        m.put("cidr", CtyValue.stringVal("10." + (i / 256) % 256 + "." + i % 256 + ".0/24"));
        m.put("rule_id", ruleId);
        return CtyValue.objectVal(m);
    }

    private static CtyValue object(CtyValue id, String description, List<CtyValue> rules) {
        return CtyValue.objectVal(Map.of("id", id, "description", CtyValue.stringVal(description),
                "rule", rules.isEmpty() ? CtyValue.setValEmpty(RULE) : CtyValue.setVal(rules)));
    }

    public static PlanResourceChange.Request request(CtyValue prior, CtyValue config) {
        CtyValue proposed = ProposedNew.of(ContractSchemas.of(SCHEMA).block(), prior, config);
        DynamicValue p = ValueCodec.encode(prior, T);
        return new PlanResourceChange.Request("bench_firewall", p, ValueCodec.encode(proposed, T),
                ValueCodec.encode(config, T), null, null, new ClientCapabilities(true, true, false, false), null, null);
    }

    private Object plan(PlanResourceChange.Request req) throws Exception {
        PlanResourceChange.Response r = (PlanResourceChange.Response) vertx.eventBus().request(ADDRESS, req, options)
                .toCompletionStage().toCompletableFuture().get().body();
        if (!r.diagnostics().isEmpty()) {
            throw new IllegalStateException(r.diagnostics().toString());
        }
        return r.plannedState();
    }

    @Benchmark
    public Object planCreate() throws Exception {
        return plan(create);
    }

    @Benchmark
    public Object planUpdate() throws Exception {
        return plan(update);
    }
}
