package io.vertiform.framework.resource;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.diag.Paths;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.value.TypedValues;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The plan so far (configuration kept, defaults applied, unset computed values unknown, plan modifiers run) for
 * the author to adjust. The framework re-checks the result against Terraform's rules: only computed attributes
 * the configuration leaves unset may change.
 */
public final class ModifyPlanRequest<S> extends ResourceValues {

    private final TypedView<S> config;
    private final TypedView<S> state;
    private final CtyType type;
    private final Type stateType;
    private CtyValue plan;
    private TypedView<S> planView;
    private final Set<CtyPath> replace = new LinkedHashSet<>();

    public ModifyPlanRequest(Scope scope, CtyValue plan, TypedView<S> config, TypedView<S> state, CtyType type,
                             Type stateType, PrivateState privateState, CtyValue providerMeta, Deferral deferral) {
        super(scope, privateState, providerMeta, deferral);
        this.plan = plan;
        this.config = config;
        this.state = state;
        this.type = type;
        this.stateType = stateType;
        this.planView = new TypedView<>(plan, stateType);
    }

    public boolean isCreate() {
        return state.raw().isNull() && !plan.isNull();
    }

    public boolean isDestroy() {
        return plan.isNull();
    }

    public boolean isUpdate() {
        return !state.raw().isNull() && !plan.isNull();
    }

    /** The planned state; null when destroying. */
    public synchronized S plan() {
        return planView.typed();
    }

    public synchronized CtyValue rawPlan() {
        return plan;
    }

    /** Replaces the plan (unknown values stay unknown through {@code Value.unknown()}). */
    public synchronized void setPlan(S newPlan) {
        setRawPlan(TypedValues.encode(newPlan, type));
    }

    public synchronized void setRawPlan(CtyValue newPlan) {
        Objects.requireNonNull(newPlan, "plan");
        if (plan.isNull() && !newPlan.isNull()) {
            throw new IllegalStateException("a destroy plan stays null");
        }
        this.plan = newPlan;
        this.planView = new TypedView<>(newPlan, stateType);
    }

    /** The configuration; null when destroying. */
    public S config() {
        return config.typed();
    }

    public CtyValue rawConfig() {
        return config.raw();
    }

    /** The prior state; null when creating. */
    public S state() {
        return state.typed();
    }

    public CtyValue rawState() {
        return state.raw();
    }

    /** Asks for replacement because of this attribute path. Ignored for creates and destroys. */
    public synchronized void requireReplace(CtyPath path) {
        replace.add(path);
    }

    /** {@code requireReplace("rule", "port")} is the path {@code rule.port}. */
    public void requireReplace(String... attributeNames) {
        requireReplace(Paths.attr(attributeNames));
    }

    public synchronized Set<CtyPath> requiresReplace() {
        return Set.copyOf(replace);
    }

    /** Asks Terraform to defer this change (only when the client allows deferral; else an error). */
    public void defer(Deferred.Reason reason) {
        deferAs(reason);
    }
}
