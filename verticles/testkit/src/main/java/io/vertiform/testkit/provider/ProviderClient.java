package io.vertiform.testkit.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.CallFunction;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.CloseEphemeralResource;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.ImportResourceState;
import io.vertiform.contracts.provider.OpenEphemeralResource;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderFunction;
import io.vertiform.contracts.provider.RawState;
import io.vertiform.contracts.provider.ReadDataSource;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.UpgradeResourceState;
import io.vertiform.contracts.provider.ValidateDataResourceConfig;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.contracts.provider.transport.ProviderTransport;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.rules.ProposedNew;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.testkit.vertx.Await;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Talks to an in-process provider as Terraform does — one session, protocol-neutral records, cty values in and
 * out — over the event bus exactly as the RPC layer does, or through real gRPC (protocol 5 or 6) when the test
 * asks for it. Plays Terraform's part too: computes the
 * proposed new state for plans and runs Terraform's validity checks ({@link ValidityChecks}) on every response
 * without error diagnostics, throwing {@link ContractViolation} when the provider breaks a rule.
 */
public final class ProviderClient {

    private final ProviderHarness harness;
    private final ProviderTransport transport;
    private final ClientCapabilities caps;
    private final Map<String, String> environment;
    private final String workingDirectory;
    private GetProviderSchema.Response schemas;

    ProviderClient(ProviderHarness harness, ProviderTransport transport, ClientCapabilities caps,
                   Map<String, String> environment, String workingDirectory) {
        this.harness = harness;
        this.transport = transport;
        this.caps = caps;
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    public String sessionId() {
        return transport.sessionId();
    }

    /**
     * How requests travel: {@code "event bus"}, or {@code "gRPC protocol 5"} / {@code "gRPC protocol 6"} under
     * {@code @ProviderTest(protocols = ...)}.
     */
    public String transport() {
        return harness.protocol() == 0 ? "event bus" : "gRPC protocol " + transport.protocol();
    }

    /** The environment this session's (simulated) terraform process was launched with. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The working directory this session's terraform process runs in. */
    public String workingDirectory() {
        return workingDirectory;
    }

    public ProviderHarness harness() {
        return harness;
    }

    /** The same session, announcing other client capabilities (e.g. an old Terraform: {@link ClientCapabilities#NONE}). */
    public ProviderClient withCapabilities(ClientCapabilities capabilities) {
        ProviderClient c = new ProviderClient(harness, transport, capabilities, environment, workingDirectory);
        c.schemas = schemas;
        return c;
    }

    // ------------------------------------------------------------------ schemas and configuration values

    public synchronized GetProviderSchema.Response schemas() {
        if (schemas == null) {
            schemas = send(ProviderAddresses.SCHEMA, new GetProviderSchema.Request());
        }
        return schemas;
    }

    public Schema.Block resourceSchema(String type) {
        return schemaOf(schemas().resourceSchemas(), type, "resource type").block();
    }

    public Schema.Block dataSourceSchema(String type) {
        return schemaOf(schemas().dataSourceSchemas(), type, "data source").block();
    }

    public Schema.Block ephemeralSchema(String type) {
        return schemaOf(schemas().ephemeralResourceSchemas(), type, "ephemeral resource type").block();
    }

    private static Schema schemaOf(Map<String, Schema> schemas, String type, String what) {
        Schema s = schemas.get(type);
        if (s == null) {
            throw new AssertionError("the provider has no " + what + " " + type + "; it offers " + schemas.keySet());
        }
        return s;
    }

    /** A resource configuration decoded as Terraform would (see {@link Configs}). */
    public CtyValue resourceConfig(String type, Map<String, ?> attributes) {
        return Configs.decode(resourceSchema(type), attributes);
    }

    // ------------------------------------------------------------------ provider

    public Outcome validateProvider(Map<String, ?> config) {
        Schema.Block b = schemas().provider().block();
        CtyValue v = Configs.decode(b, config);
        ValidateProviderConfig.Response r = send(ProviderAddresses.VALIDATE_PROVIDER,
                new ValidateProviderConfig.Request(encode(v, b)));
        return new Outcome(null, null, List.of(), null, r.diagnostics());
    }

    public Outcome configure(Map<String, ?> config) {
        Schema.Block b = schemas().provider().block();
        ConfigureProvider.Response r = send(ProviderAddresses.CONFIGURE,
                new ConfigureProvider.Request("1.12.0", encode(Configs.decode(b, config), b), caps));
        return new Outcome(null, null, List.of(), null, r.diagnostics());
    }

    // ------------------------------------------------------------------ managed resources

    public Outcome validateResource(String type, CtyValue config) {
        ValidateResourceConfig.Response r = send(resource(type, ProviderAddresses.VALIDATE),
                new ValidateResourceConfig.Request(type, encode(config, resourceSchema(type)), caps));
        return new Outcome(config, null, List.of(), null, r.diagnostics());
    }

    /** Plans {@code config} (null: destroy) against {@code prior} (null value: create), as Terraform does. */
    public Outcome plan(String type, CtyValue prior, CtyValue config, byte[] priorPrivate) {
        Schema.Block b = resourceSchema(type);
        CtyType t = SchemaTypes.block(b);
        CtyValue cfg = config == null ? CtyValue.nullVal(t) : config;
        CtyValue proposed = ProposedNew.of(b, prior, cfg);
        PlanResourceChange.Response r = send(resource(type, ProviderAddresses.PLAN), new PlanResourceChange.Request(
                type, encode(prior, b), encode(proposed, b), encode(cfg, b), priorPrivate, null, caps, null, null));
        CtyValue planned = r.plannedState() == null ? null : ValueCodec.decode(r.plannedState(), t);
        Outcome o = new Outcome(planned, r.plannedPrivate(), r.requiresReplace(), r.deferred(), r.diagnostics());
        if (!o.hasErrors() && o.deferred() == null) {
            ValidityChecks.plan(type, b, prior, cfg, planned);
        }
        return o;
    }

    /** Applies {@code plan} (from {@link #plan}); checks the result against it. */
    public Outcome apply(String type, CtyValue prior, Outcome plan, CtyValue config) {
        Schema.Block b = resourceSchema(type);
        CtyType t = SchemaTypes.block(b);
        CtyValue cfg = config == null ? CtyValue.nullVal(t) : config;
        ApplyResourceChange.Response r = send(resource(type, ProviderAddresses.APPLY), new ApplyResourceChange.Request(
                type, encode(prior, b), encode(plan.value(), b), encode(cfg, b), plan.privateData(), null, null));
        CtyValue state = r.newState() == null ? CtyValue.nullVal(t) : ValueCodec.decode(r.newState(), t);
        Outcome o = new Outcome(state, r.privateData(), List.of(), null, r.diagnostics());
        if (!o.hasErrors()) {
            ValidityChecks.apply(type, b, plan.value(), state);
        }
        return o;
    }

    public Outcome read(String type, CtyValue state, byte[] privateData) {
        Schema.Block b = resourceSchema(type);
        CtyType t = SchemaTypes.block(b);
        ReadResource.Response r = send(resource(type, ProviderAddresses.READ),
                new ReadResource.Request(type, encode(state, b), privateData, null, caps, null));
        CtyValue v = r.newState() == null ? CtyValue.nullVal(t) : ValueCodec.decode(r.newState(), t);
        Outcome o = new Outcome(v, r.privateData(), List.of(), r.deferred(), r.diagnostics());
        if (!o.hasErrors() && o.deferred() == null) {
            ValidityChecks.state("read of " + type, b, v);
        }
        return o;
    }

    /** Imports by id; the outcome's value is the first imported object's state. */
    public Outcome importState(String type, String id) {
        Schema.Block b = resourceSchema(type);
        ImportResourceState.Response r = send(resource(type, ProviderAddresses.IMPORT),
                new ImportResourceState.Request(type, id, caps, null));
        if (r.importedResources().isEmpty()) {
            return new Outcome(null, null, List.of(), r.deferred(), r.diagnostics());
        }
        ImportResourceState.ImportedResource first = r.importedResources().get(0);
        CtyValue v = ValueCodec.decode(first.state(), SchemaTypes.block(b));
        Outcome o = new Outcome(v, first.privateData(), List.of(), r.deferred(), r.diagnostics());
        if (!o.hasErrors() && o.deferred() == null) {
            ValidityChecks.state("import of " + type, b, v);
        }
        return o;
    }

    /** Upgrades stored JSON state of schema {@code version}. */
    public Outcome upgradeState(String type, long version, String json) {
        Schema.Block b = resourceSchema(type);
        UpgradeResourceState.Response r = send(resource(type, ProviderAddresses.UPGRADE_STATE),
                new UpgradeResourceState.Request(type, version,
                        new RawState(json.getBytes(StandardCharsets.UTF_8), null)));
        CtyValue v = r.upgradedState() == null ? null : ValueCodec.decode(r.upgradedState(), SchemaTypes.block(b));
        Outcome o = new Outcome(v, null, List.of(), null, r.diagnostics());
        if (!o.hasErrors()) {
            ValidityChecks.state("upgrade of " + type, b, v);
        }
        return o;
    }

    // ------------------------------------------------------------------ data sources, functions, ephemerals

    public Outcome readDataSource(String type, Map<String, ?> config) {
        Schema.Block b = dataSourceSchema(type);
        CtyValue cfg = Configs.decode(b, config);
        ValidateDataResourceConfig.Response v = send(address(ProviderAddresses.Family.DATA_SOURCE, type,
                ProviderAddresses.VALIDATE), new ValidateDataResourceConfig.Request(type, encode(cfg, b)));
        if (v.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return new Outcome(null, null, List.of(), null, v.diagnostics());
        }
        ReadDataSource.Response r = send(address(ProviderAddresses.Family.DATA_SOURCE, type, ProviderAddresses.READ),
                new ReadDataSource.Request(type, encode(cfg, b), null, caps));
        CtyValue state = r.state() == null ? null : ValueCodec.decode(r.state(), SchemaTypes.block(b));
        List<Diagnostic> diags = new ArrayList<>(v.diagnostics());
        diags.addAll(r.diagnostics());
        Outcome o = new Outcome(state, null, List.of(), r.deferred(), diags);
        if (!o.hasErrors() && o.deferred() == null) {
            ValidityChecks.result("data source " + type, b, cfg, state);
        }
        return o;
    }

    /** A function call's result: the value, or the error naming its argument. */
    public record FunctionResult(CtyValue value, io.vertiform.contracts.provider.FunctionError error) {
    }

    public FunctionResult call(String name, CtyValue... args) {
        ProviderFunction f = schemas().functions().get(name);
        if (f == null) {
            throw new AssertionError("the provider has no function " + name + "; it offers "
                    + schemas().functions().keySet());
        }
        List<DynamicValue> encoded = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            ProviderFunction.Parameter p = i < f.parameters().size() ? f.parameters().get(i) : f.variadicParameter();
            if (p == null) {
                throw new AssertionError(name + " takes " + f.parameters().size() + " arguments");
            }
            encoded.add(ValueCodec.encode(args[i], p.type()));
        }
        CallFunction.Response r = send(address(ProviderAddresses.Family.FUNCTION, name, ProviderAddresses.CALL),
                new CallFunction.Request(name, encoded));
        CtyValue v = r.result() == null ? null : ValueCodec.decode(r.result(), f.returnType().type());
        return new FunctionResult(v, r.error());
    }

    /** An opened ephemeral resource. */
    public record Opened(CtyValue result, byte[] privateData, Instant renewAt, List<Diagnostic> diagnostics) {
    }

    public Opened openEphemeral(String type, Map<String, ?> config) {
        Schema.Block b = ephemeralSchema(type);
        CtyValue cfg = Configs.decode(b, config);
        OpenEphemeralResource.Response r = send(address(ProviderAddresses.Family.EPHEMERAL_RESOURCE, type,
                ProviderAddresses.OPEN), new OpenEphemeralResource.Request(type, encode(cfg, b), caps));
        CtyValue v = r.result() == null ? null : ValueCodec.decode(r.result(), SchemaTypes.block(b));
        if (r.diagnostics().stream().noneMatch(Diagnostic::isError) && r.deferred() == null) {
            ValidityChecks.result("ephemeral resource " + type, b, cfg, v);
        }
        return new Opened(v, r.privateData(), r.renewAt(), r.diagnostics());
    }

    public RenewEphemeralResource.Response renewEphemeral(String type, byte[] privateData) {
        return send(address(ProviderAddresses.Family.EPHEMERAL_RESOURCE, type, ProviderAddresses.RENEW),
                new RenewEphemeralResource.Request(type, privateData));
    }

    public CloseEphemeralResource.Response closeEphemeral(String type, byte[] privateData) {
        return send(address(ProviderAddresses.Family.EPHEMERAL_RESOURCE, type, ProviderAddresses.CLOSE),
                new CloseEphemeralResource.Request(type, privateData));
    }

    // ------------------------------------------------------------------ raw access

    /**
     * Sends any provider request on this session and waits for the reply body. Over gRPC the request record's
     * type picks the RPC and {@code address} only matters on the bus.
     */
    @SuppressWarnings("unchecked")
    public <R> R send(String address, Object request) {
        return (R) Await.result(transport.request(address, request, Await.DEFAULT_TIMEOUT.toMillis()));
    }

    private static String resource(String type, String op) {
        return address(ProviderAddresses.Family.RESOURCE, type, op);
    }

    private static String address(ProviderAddresses.Family family, String type, String op) {
        return ProviderAddresses.of(family, type, op);
    }

    private static DynamicValue encode(CtyValue v, Schema.Block b) {
        return ValueCodec.encode(v, SchemaTypes.block(b));
    }
}
