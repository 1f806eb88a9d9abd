package io.vertiform.hcl;

import io.vertiform.cty.CtyValue;

/**
 * The outcome of evaluating an expression: a value (never null; {@link CtyValue#DYNAMIC_VAL} stands in when
 * nothing better is known) and the diagnostics raised on the way.
 */
public record Evaluated(CtyValue value, Diagnostics diagnostics) {

    public static Evaluated of(CtyValue value) {
        return new Evaluated(value, new Diagnostics());
    }

    public static Evaluated of(CtyValue value, Diagnostic diag) {
        return new Evaluated(value, Diagnostics.of(diag));
    }

    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }
}
