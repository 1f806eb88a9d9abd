package io.vertiform.framework.engine;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.plan.PlanModifier;
import io.vertiform.framework.plan.PlanModifierRequest;
import io.vertiform.framework.schema.AttributeSpec;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.NestedBlockSpec;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The framework's part of planning a create or update, in Terraform's (and terraform-plugin-framework's)
 * order:
 * <ol>
 *   <li>start from Terraform's proposed new state (configuration merged with prior computed values);</li>
 *   <li>write-only attributes become null; defaults fill attributes the configuration leaves null;</li>
 *   <li>if that differs from the prior state, every computed attribute the configuration leaves null (and
 *       without default) becomes unknown — "known after apply";</li>
 *   <li>plan modifiers run (use-state-for-unknown, requires-replace...).</li>
 * </ol>
 */
public final class Planning {

    /** The plan so far and the paths that force replacement. */
    public record Result(CtyValue planned, Set<CtyPath> requiresReplace) {
    }

    private Planning() {
    }

    public static Result plan(ComponentSchema schema, CtyValue prior, CtyValue proposed, CtyValue config,
                              Diagnostics diags) {
        CtyValue planned = PlanWalk.walk(schema.root(), config, prior, proposed,
                (a, path, parent, cv, sv, pv) -> {
                    if (a.writeOnly()) {
                        return CtyValue.nullVal(a.impliedType());
                    }
                    if (a.defaultValue() != null && cv.isKnown() && cv.isNull()) {
                        return a.defaultValue();
                    }
                    return pv;
                });
        if (prior.isNull() || !planned.rawEquals(prior)) {
            planned = PlanWalk.walk(schema.root(), config, prior, planned, (a, path, parent, cv, sv, pv) -> {
                if (a.computed() && !a.writeOnly() && a.defaultValue() == null && cv.isKnown() && cv.isNull()) {
                    return CtyValue.unknownVal(a.impliedType());
                }
                return pv;
            });
        }
        Set<CtyPath> replace = new LinkedHashSet<>();
        boolean isNew = prior.isNull();
        CtyType root = schema.impliedType();
        planned = PlanWalk.walk(schema.root(), config, prior, planned, new PlanWalk.Visitor() {
            @Override
            public CtyValue attribute(AttributeSpec a, CtyPath path, CtyValue parent, CtyValue cv, CtyValue sv,
                                      CtyValue pv) {
                return modify(a.planModifiers().isEmpty() ? null : a, null, path, cv, sv, pv);
            }

            @Override
            public CtyValue block(NestedBlockSpec b, CtyPath path, CtyValue cv, CtyValue sv, CtyValue pv) {
                return modify(null, b.planModifiers().isEmpty() ? null : b, path, cv, sv, pv);
            }

            private CtyValue modify(AttributeSpec a, NestedBlockSpec b, CtyPath path, CtyValue cv, CtyValue sv,
                                    CtyValue pv) {
                if (a == null && b == null) {
                    return pv;
                }
                PlanModifierRequest r = new PlanModifierRequest(path, cv, sv, pv, isNew, root, diags);
                for (PlanModifier m : a != null ? a.planModifiers() : b.planModifiers()) {
                    m.modify(r);
                }
                if (r.requiresReplace()) {
                    replace.add(path);
                }
                return r.planValue();
            }
        });
        return new Result(planned, replace);
    }

    /** Write-only attributes set to null, everywhere in the value. */
    public static CtyValue nullWriteOnly(ComponentSchema schema, CtyValue value) {
        if (value.isNull() || !schema.root().hasWriteOnly()) {
            return value;
        }
        return PlanWalk.walk(schema.root(), null, null, value,
                (a, path, parent, cv, sv, pv) -> a.writeOnly() ? CtyValue.nullVal(a.impliedType()) : pv);
    }

    /** Unknown values replaced by nulls of their type (for partial state kept after a failure). */
    public static CtyValue unknownsAsNull(CtyValue value) {
        if (value.isWhollyKnown()) {
            return value;
        }
        return io.vertiform.cty.CtyWalk.transform(value, (path, v) -> v.isKnown() ? v : CtyValue.nullVal(v.type()));
    }
}
