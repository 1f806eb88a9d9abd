package io.vertiform.testkit.provider;

import io.vertiform.cty.PathError;
import java.util.List;

/**
 * The provider broke one of Terraform's rules — the same check Terraform runs, so a real run would fail with
 * the same complaint ("Provider produced invalid plan", "...inconsistent result after apply", ...).
 */
public final class ContractViolation extends AssertionError {

    private static final long serialVersionUID = 1L;

    public ContractViolation(String what, List<PathError> errors) {
        super(what + ":\n  - " + String.join("\n  - ", errors.stream().map(PathError::getMessage).toList()));
    }
}
