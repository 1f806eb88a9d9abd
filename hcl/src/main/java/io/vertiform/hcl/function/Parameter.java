package io.vertiform.hcl.function;

import io.vertiform.cty.CtyType;

/**
 * A function parameter (go-cty's {@code function.Parameter}). By default null, unknown and dynamic-typed arguments
 * and marked values are handled by the caller machinery: nulls are rejected, unknowns make the result unknown
 * without calling the implementation, and marks are stripped and put back on the result.
 */
public record Parameter(String name, CtyType type, boolean allowNull, boolean allowUnknown,
                        boolean allowDynamicType, boolean allowMarked) {

    public static Parameter of(String name, CtyType type) {
        return new Parameter(name, type, false, false, false, false);
    }

    public Parameter allowingNull() {
        return new Parameter(name, type, true, allowUnknown, allowDynamicType, allowMarked);
    }

    public Parameter allowingUnknown() {
        return new Parameter(name, type, allowNull, true, allowDynamicType, allowMarked);
    }

    public Parameter allowingDynamicType() {
        return new Parameter(name, type, allowNull, allowUnknown, true, allowMarked);
    }

    public Parameter allowingMarked() {
        return new Parameter(name, type, allowNull, allowUnknown, allowDynamicType, true);
    }
}
