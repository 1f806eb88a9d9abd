package io.vertiform.testkit.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.rules.SchemaTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A resource's life as Terraform drives it, in steps (like terraform-plugin-testing): for each configuration
 * — validate, refresh, plan, apply (destroying first when the plan requires replacement), run the checks,
 * refresh and plan again expecting no changes, optionally import and compare — and finally destroy. Every
 * provider response goes through Terraform's validity checks ({@link ValidityChecks}).
 *
 * <pre>{@code
 * ResourceLifecycle.of(client, "example_file")
 *     .step(Step.config(Map.of("path", "a.txt", "content", "hi")).check(StateChecks.attribute("size", 2)))
 *     .step(Step.config(Map.of("path", "b.txt", "content", "hi")).expectReplace().importVerify())
 *     .checkDestroy(state -> assertThat(Files.exists(...)).isFalse())
 *     .run();
 * }</pre>
 */
public final class ResourceLifecycle {

    private final ProviderClient client;
    private final String type;
    private final List<Step> steps = new ArrayList<>();
    private final List<Consumer<CtyValue>> destroyChecks = new ArrayList<>();
    private Map<String, ?> providerConfig = Map.of();

    private CtyValue state;
    private byte[] privateData = new byte[0];

    private ResourceLifecycle(ProviderClient client, String type) {
        this.client = Objects.requireNonNull(client, "client");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static ResourceLifecycle of(ProviderClient client, String type) {
        return new ResourceLifecycle(client, type);
    }

    /** The provider block (default: empty). */
    public ResourceLifecycle providerConfig(Map<String, ?> config) {
        this.providerConfig = config;
        return this;
    }

    public ResourceLifecycle step(Step step) {
        steps.add(Objects.requireNonNull(step, "step"));
        return this;
    }

    /** Runs after the final destroy with the last state before it. */
    public ResourceLifecycle checkDestroy(Consumer<CtyValue> check) {
        destroyChecks.add(check);
        return this;
    }

    /** Runs every step and the destroy; the first failure is thrown as an AssertionError naming the step. */
    public void run() {
        CtyType t = SchemaTypes.block(client.resourceSchema(type));
        state = CtyValue.nullVal(t);
        client.validateProvider(providerConfig).orFail("ValidateProviderConfig");
        client.configure(providerConfig).orFail("ConfigureProvider");
        AssertionError failure = null;
        for (int i = 0; i < steps.size() && failure == null; i++) {
            try {
                runStep(steps.get(i));
            } catch (AssertionError | RuntimeException e) {
                failure = new AssertionError("step " + (i + 1) + " of " + type + ": " + e.getMessage(), e);
            }
        }
        try {
            destroy();
        } catch (AssertionError | RuntimeException e) {
            if (failure == null) {
                throw new AssertionError("destroying " + type + ": " + e.getMessage(), e);
            }
            failure.addSuppressed(e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void runStep(Step step) {
        CtyValue config = step.config != null ? step.config : client.resourceConfig(type, step.attributes);
        Outcome validated = client.validateResource(type, config);
        if (expectedFailure(step, validated, "validation")) {
            return;
        }
        refresh();
        Outcome plan = client.plan(type, state, config, privateData);
        if (expectedFailure(step, plan, "plan")) {
            return;
        }
        if (plan.deferred() != null) {
            throw new AssertionError("the plan was deferred (" + plan.deferred().reason() + ")");
        }
        boolean changes = !plan.value().rawEquals(state) || !plan.requiresReplace().isEmpty();
        if (step.planOnly) {
            if (changes && !step.expectNonEmptyPlan) {
                throw new AssertionError("expected an empty plan, got changes" + replacing(plan));
            }
            return;
        }
        boolean replace = !state.isNull() && !plan.requiresReplace().isEmpty();
        if (replace != step.expectReplace) {
            throw new AssertionError(step.expectReplace ? "expected the change to replace the resource, but it "
                    + "updates in place" : "the change unexpectedly replaces the resource" + replacing(plan));
        }
        Outcome applied;
        if (replace) {
            destroyCurrent();
            Outcome create = client.plan(type, state, config, privateData).orFail("plan of the replacement");
            applied = client.apply(type, state, create, config);
        } else {
            applied = client.apply(type, state, plan, config);
        }
        if (expectedFailure(step, applied, "apply")) {
            state = applied.value();
            privateData = applied.privateData();
            return;
        }
        state = applied.value();
        privateData = applied.privateData();
        if (step.expectError != null) {
            throw new AssertionError("expected an error matching /" + step.expectError + "/, but the step succeeded");
        }
        for (StateCheck c : step.checks) {
            c.check(state);
        }
        refresh();
        Outcome again = client.plan(type, state, config, privateData).orFail("plan after apply");
        if (!step.expectNonEmptyPlan && (!again.value().rawEquals(state) || !again.requiresReplace().isEmpty())) {
            throw new AssertionError("after applying, the plan is not empty:\n  state: " + state.goString()
                    + "\n  plan:  " + again.value().goString() + replacing(again));
        }
        if (step.importVerify) {
            importVerify(step);
        }
    }

    private void importVerify(Step step) {
        String id = step.importId.apply(state);
        Outcome imported = client.importState(type, id).orFail("import of " + id);
        if (imported.value() == null) {
            throw new AssertionError("import of " + id + " returned nothing");
        }
        Outcome read = client.read(type, imported.value(), imported.privateData()).orFail("read after import");
        if (read.value().isNull()) {
            throw new AssertionError("the imported object " + id + " does not exist");
        }
        List<String> diffs = new ArrayList<>();
        for (String attr : state.type().attributeTypes().keySet()) {
            if (step.importIgnore.contains(attr)) {
                continue;
            }
            CtyValue want = state.getAttr(attr);
            CtyValue got = read.value().getAttr(attr);
            if (!want.rawEquals(got)) {
                diffs.add(attr + ": state " + want.goString() + ", imported " + got.goString());
            }
        }
        if (!diffs.isEmpty()) {
            throw new AssertionError("ImportStateVerify: the imported state differs:\n  " + String.join("\n  ", diffs));
        }
    }

    private void refresh() {
        if (state.isNull()) {
            return;
        }
        Outcome read = client.read(type, state, privateData).orFail("refresh");
        state = read.value();
        privateData = read.privateData();
    }

    private void destroyCurrent() {
        Outcome plan = client.plan(type, state, null, privateData).orFail("destroy plan");
        Outcome applied = client.apply(type, state, plan, null).orFail("destroy");
        if (!applied.value().isNull()) {
            throw new AssertionError("destroy left a state: " + applied.value().goString());
        }
        state = applied.value();
        privateData = new byte[0];
    }

    private void destroy() {
        CtyValue last = state;
        if (last != null && !last.isNull()) {
            destroyCurrent();
        }
        for (Consumer<CtyValue> c : destroyChecks) {
            c.accept(last);
        }
    }

    private static boolean expectedFailure(Step step, Outcome o, String phase) {
        if (!o.hasErrors()) {
            return false;
        }
        if (step.expectError == null) {
            throw new AssertionError(phase + " failed:" + Outcome.render(o.diagnostics()));
        }
        for (Diagnostic d : o.diagnostics()) {
            if (d.isError() && (step.expectError.matcher(d.summary()).find()
                    || step.expectError.matcher(d.detail()).find())) {
                return true;
            }
        }
        throw new AssertionError(phase + " failed, but not with an error matching /" + step.expectError + "/:"
                + Outcome.render(o.diagnostics()));
    }

    private static String replacing(Outcome plan) {
        return plan.requiresReplace().isEmpty() ? "" : " (replacement required by " + plan.requiresReplace() + ")";
    }
}
