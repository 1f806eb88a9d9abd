package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/**
 * {@code provider::vertiform::contains(list, element)}: whether an element of the same type and value is in the
 * list. Both parameters are dynamic so that nothing is converted on the way in: with a list(dynamic) parameter
 * Terraform would unify {@code [1, true]} into strings and {@code "1"} would then "contain" 1.
 */
@Function("contains")
public final class ContainsFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Checks if a list contains a given element.")
                .description("An element matches when it has the same type and the same value (numbers compare by"
                        + " value: 1 matches 1.0); a bool never matches a number or a string. A null list gives"
                        + " null.")
                .parameter(Parameter.of("list", CtyType.DYNAMIC).allowingNull()
                        .describedAs("a list, set or tuple"))
                .parameter(Parameter.of("element", CtyType.DYNAMIC).allowingNull().describedAs("the value to find"))
                .returns(CtyType.BOOL)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue list = call.arg(0);
        if (list.isNull()) {
            return CtyValue.nullVal(CtyType.BOOL);
        }
        CtyValue wanted = call.arg(1);
        for (CtyValue e : Args.sequence(list, 0, "list")) {
            if (same(e, wanted)) {
                return CtyValue.TRUE;
            }
        }
        return CtyValue.FALSE;
    }

    static boolean same(CtyValue a, CtyValue b) {
        if (a.isNull() || b.isNull()) {
            // An untyped null (a literal null in a tuple) matches any null.
            return a.isNull() && b.isNull();
        }
        if (!a.type().equals(b.type())) {
            return false;
        }
        CtyValue eq = a.ctyEquals(b);
        return eq.isKnown() && eq.asBool();
    }
}
