package io.vertiform.launcher.demo.client;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.rules.ObjectCompatibility;
import io.vertiform.framework.rules.PlanValidity;
import io.vertiform.framework.rules.ProposedNew;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.launcher.demo.module.DemoModule;
import io.vertiform.launcher.demo.module.DependencyOrder;
import io.vertiform.launcher.demo.module.ModuleScope;
import io.vertiform.launcher.demo.module.OutputDecl;
import io.vertiform.launcher.demo.module.ResourceDecl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one {@code terraform apply} or {@code terraform destroy} does with one provider process: configure the
 * provider, then per resource in dependency order refresh, validate, plan (Terraform computes the proposed new
 * state and checks the planned one), apply (and checks the result against the plan). Every step is printed.
 */
public final class CommandRun {

    /** What Terraform 1.11 announces: write-only attributes yes, deferral no (it needs an experiment flag). */
    static final ClientCapabilities CAPABILITIES = new ClientCapabilities(false, true, false, false);
    static final String TERRAFORM_VERSION = "1.11.4";

    private final ProviderSession session;
    private final DemoModule module;
    private final ModuleScope scope;
    private final Map<String, ResourceState> states;
    private final Consumer<String> out;

    public CommandRun(ProviderSession session, DemoModule module, ModuleScope scope, Map<String, ResourceState> states,
                      Consumer<String> out) {
        this.session = session;
        this.module = module;
        this.scope = scope;
        this.states = states;
        this.out = out;
    }

    public void configureProvider() {
        Schema.Block block = session.schema().provider().block();
        CtyValue config = scope.decode(module.providerBody(), block, "provider \"" + module.providerName() + "\"")
                .unmarkDeep();
        ValidateProviderConfig.Response v = session.validateProvider(new ValidateProviderConfig.Request(
                ValueCodec.encode(config, SchemaTypes.block(block))));
        report("ValidateProviderConfig", v.diagnostics());
        ConfigureProvider.Response c = session.configure(new ConfigureProvider.Request(TERRAFORM_VERSION,
                ValueCodec.encode(config, SchemaTypes.block(block)), CAPABILITIES));
        report("ConfigureProvider", c.diagnostics());
        out.accept("  provider configured (pid " + session.pid() + ", plugin protocol " + session.protocol() + ")");
    }

    public List<ResourceDecl> order() {
        return DependencyOrder.of(module.resources(), type -> session.resourceSchema(type).block());
    }

    /** {@code terraform apply}: every resource brought to its configuration. */
    public void applyAll() {
        for (ResourceDecl r : order()) {
            converge(r);
        }
        printOutputs();
    }

    /** {@code terraform destroy}: every resource in state, dependents first. */
    public void destroyAll() {
        List<ResourceDecl> reverse = new ArrayList<>(order());
        Collections.reverse(reverse);
        for (ResourceDecl r : reverse) {
            if (states.containsKey(r.address())) {
                destroy(r);
            }
        }
    }

    private void converge(ResourceDecl r) {
        Schema.Block block = session.resourceSchema(r.type()).block();
        CtyType type = SchemaTypes.block(block);
        ResourceState prior = refresh(r, block);
        CtyValue priorValue = prior == null ? CtyValue.nullVal(type) : prior.value();
        CtyValue marked = scope.decode(r.body(), block, r.address());
        Set<String> hidden = SensitivePaths.hidden(block, marked);
        CtyValue config = marked.unmarkDeep();
        ValidateResourceConfig.Response v = session.validateResource(new ValidateResourceConfig.Request(r.type(),
                ValueCodec.encode(config, type), CAPABILITIES));
        report("ValidateResourceConfig " + r.address(), v.diagnostics());

        Planned plan = plan(r, block, priorValue, config, prior == null ? null : prior.privateData());
        ChangeAction action = prior == null ? ChangeAction.CREATE
                : !plan.response.requiresReplace().isEmpty() ? ChangeAction.REPLACE
                : plan.value.rawEquals(priorValue) ? ChangeAction.NO_OP : ChangeAction.UPDATE;
        if (action == ChangeAction.NO_OP) {
            out.accept("  " + r.address() + ": no changes");
            scope.set(r, priorValue);
            return;
        }
        PlanText.render(r.type(), r.name(), action, priorValue, plan.value, hidden).forEach(out);
        if (action == ChangeAction.REPLACE) {
            // Terraform's default replacement: destroy the old object, then create from a plan without prior state
            apply(r, block, priorValue, CtyValue.nullVal(type), CtyValue.nullVal(type), prior.privateData(), hidden);
            plan = plan(r, block, CtyValue.nullVal(type), config, null);
            priorValue = CtyValue.nullVal(type);
        }
        CtyValue applied = apply(r, block, priorValue, plan.value, config, plan.response.plannedPrivate(), hidden)
                .value();
        out.accept("  " + r.address() + ": " + action.done() + idSuffix(applied));
        PlanText.state(applied, hidden).forEach(out);
        scope.set(r, applied);
    }

    private void destroy(ResourceDecl r) {
        Schema.Block block = session.resourceSchema(r.type()).block();
        CtyType type = SchemaTypes.block(block);
        ResourceState prior = refresh(r, block);
        if (prior == null) {
            return;
        }
        Planned plan = plan(r, block, prior.value(), CtyValue.nullVal(type), prior.privateData());
        PlanText.render(r.type(), r.name(), ChangeAction.DELETE, prior.value(), plan.value, prior.sensitive())
                .forEach(out);
        apply(r, block, prior.value(), plan.value, CtyValue.nullVal(type), plan.response.plannedPrivate(),
                prior.sensitive());
        out.accept("  " + r.address() + ": " + ChangeAction.DELETE.done());
    }

    /** ReadResource on the stored object; null when there is none or the provider reports it gone. */
    private ResourceState refresh(ResourceDecl r, Schema.Block block) {
        ResourceState stored = states.get(r.address());
        if (stored == null) {
            return null;
        }
        CtyType type = SchemaTypes.block(block);
        out.accept("  " + r.address() + ": Refreshing state..." + idSuffix(stored.value()));
        ReadResource.Response read = session.read(new ReadResource.Request(r.type(),
                ValueCodec.encode(stored.value(), type), stored.privateData(), null, CAPABILITIES, null));
        report("ReadResource " + r.address(), read.diagnostics());
        CtyValue now = ValueCodec.decode(read.newState(), type);
        if (now.isNull()) {
            out.accept("  " + r.address() + ": gone outside Terraform, will be created again");
            states.remove(r.address());
            return null;
        }
        ResourceState refreshed = new ResourceState(now, read.privateData(), stored.sensitive());
        states.put(r.address(), refreshed);
        return refreshed;
    }

    private record Planned(CtyValue value, PlanResourceChange.Response response) {
    }

    private Planned plan(ResourceDecl r, Schema.Block block, CtyValue prior, CtyValue config, byte[] priorPrivate) {
        CtyType type = SchemaTypes.block(block);
        CtyValue proposed = ProposedNew.of(block, prior, config);
        PlanResourceChange.Response p = session.plan(new PlanResourceChange.Request(r.type(),
                ValueCodec.encode(prior, type), ValueCodec.encode(proposed, type), ValueCodec.encode(config, type),
                priorPrivate, null, CAPABILITIES, null, null));
        report("PlanResourceChange " + r.address(), p.diagnostics());
        CtyValue planned = ValueCodec.decode(p.plannedState(), type);
        violations("Provider produced invalid plan for " + r.address(), PlanValidity.check(block, prior, config,
                planned));
        return new Planned(planned, p);
    }

    private ResourceState apply(ResourceDecl r, Schema.Block block, CtyValue prior, CtyValue planned,
                                CtyValue config, byte[] plannedPrivate, Set<String> sensitive) {
        CtyType type = SchemaTypes.block(block);
        ApplyResourceChange.Response a = session.apply(new ApplyResourceChange.Request(r.type(),
                ValueCodec.encode(prior, type), ValueCodec.encode(planned, type), ValueCodec.encode(config, type),
                plannedPrivate, null, null));
        report("ApplyResourceChange " + r.address(), a.diagnostics());
        CtyValue applied = ValueCodec.decode(a.newState(), type);
        violations("Provider produced inconsistent result after apply of " + r.address(),
                ObjectCompatibility.check(block, planned, applied));
        if (applied.isNull()) {
            states.remove(r.address());
            return new ResourceState(applied, a.privateData(), sensitive);
        }
        if (!applied.isWhollyKnown()) {
            throw new DemoFailure("Provider returned an unknown value after apply of " + r.address());
        }
        ResourceState state = new ResourceState(applied, a.privateData(), sensitive);
        states.put(r.address(), state);
        return state;
    }

    private void printOutputs() {
        if (module.outputs().isEmpty()) {
            return;
        }
        out.accept("");
        out.accept("  Outputs:");
        for (OutputDecl o : module.outputs()) {
            CtyValue v = scope.evaluate(o);
            out.accept("    " + o.name() + " = " + (o.sensitive() ? ValueText.SENSITIVE : ValueText.of(v)));
        }
    }

    private void report(String what, List<Diagnostic> diagnostics) {
        diagnostics.stream().filter(d -> !d.isError()).forEach(d -> out.accept("  " + what + ": "
                + DiagnosticText.of(d)));
        ProviderSession.failOnErrors(what, diagnostics);
    }

    private static void violations(String what, List<PathError> errors) {
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder(what).append(':');
            errors.forEach(e -> sb.append("\n  ").append(e.getMessage()));
            throw new DemoFailure(sb.toString());
        }
    }

    private static String idSuffix(CtyValue state) {
        if (state.isNull() || !state.isKnown() || !state.type().hasAttribute("id")) {
            return "";
        }
        CtyValue id = state.getAttr("id");
        return id.isKnown() && !id.isNull() && id.type().equals(CtyType.STRING) ? " [id=" + id.asString() + "]" : "";
    }
}
