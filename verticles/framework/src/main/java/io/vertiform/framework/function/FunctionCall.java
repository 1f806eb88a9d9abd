package io.vertiform.framework.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.RequestContext;
import io.vertiform.framework.context.Scope;
import java.util.List;

/** The arguments of one call, converted to the parameter types. */
public final class FunctionCall extends RequestContext {

    private final FunctionDefinition definition;
    private final List<CtyValue> arguments;

    public FunctionCall(Scope scope, FunctionDefinition definition, List<CtyValue> arguments) {
        super(scope);
        this.definition = definition;
        this.arguments = List.copyOf(arguments);
    }

    /** All arguments, positional then variadic. */
    public List<CtyValue> arguments() {
        return arguments;
    }

    public CtyValue arg(int index) {
        return arguments.get(index);
    }

    /** A positional argument by parameter name. */
    public CtyValue arg(String name) {
        List<Parameter> ps = definition.parameters();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).name().equals(name)) {
                return arguments.get(i);
            }
        }
        throw new IllegalArgumentException("no parameter named " + name);
    }

    public String string(String name) {
        return arg(name).asString();
    }

    public BigFloat number(String name) {
        return arg(name).asBigFloat();
    }

    public boolean bool(String name) {
        return arg(name).asBool();
    }

    /** The arguments given for the variadic parameter (possibly none). */
    public List<CtyValue> variadic() {
        int n = definition.parameters().size();
        return arguments.size() <= n ? List.of() : arguments.subList(n, arguments.size());
    }

    /** An error about argument {@code index}, to throw. */
    public FunctionException argumentError(int index, String message) {
        return FunctionException.argument(index, message);
    }
}
