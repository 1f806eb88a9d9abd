package io.vertiform.hcl;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.function.Function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables and functions visible to an evaluation, with an optional parent whose names are visible too unless
 * shadowed (hcl's {@code EvalContext}). A null variables (or functions) map means "none defined here", which
 * differs from an empty map: when no context in the chain defines any, references fail with "Variables not allowed"
 * (or "Function calls not allowed") rather than "Unknown variable". Immutable; evaluation may also pass a null
 * context, which behaves like a context with neither.
 */
public final class EvalContext {
    private final Map<String, CtyValue> variables;
    private final Map<String, Function> functions;
    private final EvalContext parent;

    private EvalContext(Map<String, CtyValue> variables, Map<String, Function> functions, EvalContext parent) {
        this.variables = variables == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.functions = functions == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.parent = parent;
    }

    public static EvalContext of(Map<String, CtyValue> variables, Map<String, Function> functions) {
        return new EvalContext(variables, functions, null);
    }

    public static EvalContext ofVariables(Map<String, CtyValue> variables) {
        return new EvalContext(variables, null, null);
    }

    /** A child of {@code parent} (which may be null) defining the given variables and no functions. */
    public static EvalContext childOf(EvalContext parent, Map<String, CtyValue> variables) {
        return new EvalContext(variables, null, parent);
    }

    /** A child defining nothing itself (Go's {@code ctx.NewChild()}). */
    public EvalContext newChild() {
        return new EvalContext(null, null, this);
    }

    public EvalContext withParent(EvalContext newParent) {
        return new EvalContext(variables, functions, newParent);
    }

    /** Variables defined directly here, or null. */
    public Map<String, CtyValue> variables() {
        return variables;
    }

    /** Functions defined directly here, or null. */
    public Map<String, Function> functions() {
        return functions;
    }

    public EvalContext parent() {
        return parent;
    }
}
