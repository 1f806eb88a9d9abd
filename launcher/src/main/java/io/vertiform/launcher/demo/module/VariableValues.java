package io.vertiform.launcher.demo.module;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of a module's input variables: defaults, overridden the way {@code terraform apply -var} does. */
public final class VariableValues {

    /** Marks the values of {@code sensitive = true} variables, so what derives from them is hidden on output. */
    public static final String SENSITIVE = "sensitive";

    private VariableValues() {
    }

    /**
     * {@code overrides} are raw {@code -var} texts: taken literally for string (and untyped) variables, parsed as
     * an expression otherwise, as Terraform does.
     */
    public static Map<String, CtyValue> resolve(DemoModule module, Map<String, String> overrides) {
        for (String name : overrides.keySet()) {
            if (!module.variables().containsKey(name)) {
                throw new ModuleException("value for undeclared variable \"" + name + "\"");
            }
        }
        Map<String, CtyValue> values = new LinkedHashMap<>();
        for (VariableDecl v : module.variables().values()) {
            CtyValue value;
            if (overrides.containsKey(v.name())) {
                value = ModuleLoader.convert(parse(v, overrides.get(v.name())), v.type(),
                        "value of variable \"" + v.name() + "\"");
            } else if (v.defaultValue() != null) {
                value = v.defaultValue();
            } else {
                throw new ModuleException("variable \"" + v.name() + "\" has no default: give it a value");
            }
            values.put(v.name(), v.sensitive() ? value.mark(SENSITIVE) : value);
        }
        return values;
    }

    private static CtyValue parse(VariableDecl v, String raw) {
        if (v.type().equals(CtyType.STRING) || v.type().equals(CtyType.DYNAMIC)) {
            return CtyValue.stringVal(raw);
        }
        Result<io.vertiform.hcl.hclsyntax.Expr> parsed = HclSyntax.parseExpression(raw, "<value for var." + v.name()
                + ">");
        ModuleException.throwIfErrors("value of variable \"" + v.name() + "\"", parsed.diagnostics());
        Expression expr = parsed.value();
        Evaluated e = expr.value(null);
        ModuleException.throwIfErrors("value of variable \"" + v.name() + "\"", e.diagnostics());
        return e.value();
    }
}
