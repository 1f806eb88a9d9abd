package io.vertiform.framework.plan;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.diag.Paths;
import java.util.Objects;

/**
 * One attribute's view of the plan: its configuration, prior state and planned values (each possibly null;
 * the prior is null when the resource or the containing block element is new).
 */
public final class PlanModifierRequest {

    private final CtyPath path;
    private final CtyValue configValue;
    private final CtyValue stateValue;
    private CtyValue planValue;
    private boolean requiresReplace;
    private final boolean resourceIsNew;
    private final CtyType rootType;
    private final Diagnostics diagnostics;

    public PlanModifierRequest(CtyPath path, CtyValue configValue, CtyValue stateValue, CtyValue planValue,
                               boolean resourceIsNew, CtyType rootType, Diagnostics diagnostics) {
        this.path = path;
        this.configValue = configValue;
        this.stateValue = stateValue;
        this.planValue = planValue;
        this.resourceIsNew = resourceIsNew;
        this.rootType = rootType;
        this.diagnostics = diagnostics;
    }

    public CtyPath path() {
        return path;
    }

    public AttributePath attributePath() {
        return Paths.toAttributePath(path, rootType);
    }

    public CtyValue configValue() {
        return configValue;
    }

    /** The prior state's value; a null value when there is none. */
    public CtyValue stateValue() {
        return stateValue;
    }

    public CtyValue planValue() {
        return planValue;
    }

    public void setPlanValue(CtyValue value) {
        Objects.requireNonNull(value, "value");
        if (!value.type().equals(planValue.type()) && !planValue.type().isDynamic()) {
            throw new IllegalArgumentException("planned value for " + path + " must be of type "
                    + planValue.type().friendlyName() + ", not " + value.type().friendlyName());
        }
        this.planValue = value;
    }

    /** True while the whole resource is being created (no prior state): replacement makes no sense then. */
    public boolean resourceIsNew() {
        return resourceIsNew;
    }

    /** Asks Terraform to destroy and re-create the resource because of this attribute. */
    public void requireReplace() {
        this.requiresReplace = true;
    }

    public boolean requiresReplace() {
        return requiresReplace;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
