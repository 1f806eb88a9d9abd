package io.vertiform.testkit.provider;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.rules.ObjectCompatibility;
import io.vertiform.framework.rules.PlanValidity;
import io.vertiform.framework.rules.ResultChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Terraform core's checks on what a provider returns (plan validity, apply compatibility, wholly known results,
 * write-only values absent), run by {@link ProviderClient} on every response that has no error diagnostics.
 */
public final class ValidityChecks {

    private ValidityChecks() {
    }

    /** Terraform's AssertPlanValid plus the type conformance check it makes first. */
    public static void plan(String type, Schema.Block schema, CtyValue prior, CtyValue config, CtyValue planned) {
        List<PathError> errs = PlanValidity.check(schema, prior, config, planned);
        if (!errs.isEmpty()) {
            throw new ContractViolation("Provider produced invalid plan for " + type, errs);
        }
    }

    /** After ApplyResourceChange: wholly known, write-only null, compatible with the plan. */
    public static void apply(String type, Schema.Block schema, CtyValue planned, CtyValue actual) {
        List<PathError> errs = new ArrayList<>(ResultChecks.unknowns(actual));
        if (!errs.isEmpty()) {
            throw new ContractViolation("Provider returned invalid result object after apply for " + type, errs);
        }
        errs.addAll(ResultChecks.writeOnlyValues(schema, actual));
        errs.addAll(ObjectCompatibility.check(schema, planned, actual));
        if (!errs.isEmpty()) {
            throw new ContractViolation("Provider produced inconsistent result after apply for " + type, errs);
        }
    }

    /** Any state a provider reports (read, import, upgrade, data source): wholly known, write-only null. */
    public static void state(String what, Schema.Block schema, CtyValue state) {
        List<PathError> errs = new ArrayList<>(ResultChecks.unknowns(state));
        errs.addAll(ResultChecks.writeOnlyValues(schema, state));
        if (!errs.isEmpty()) {
            throw new ContractViolation("Provider produced invalid object for " + what, errs);
        }
    }

    /** A data source or ephemeral result: wholly known and its configured values unchanged. */
    public static void result(String what, Schema.Block schema, CtyValue config, CtyValue result) {
        state(what, schema, result);
        List<PathError> errs = PlanValidity.check(schema, CtyValue.nullVal(result.type()), config, result);
        if (!errs.isEmpty()) {
            throw new ContractViolation("Provider produced invalid object for " + what, errs);
        }
    }
}
