package io.vertiform.framework.support;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.ArrayList;
import java.util.List;

/** {@code join(separator, parts...)}; a null separator means ","; the part "boom" is refused by name. */
@Function("join")
public final class JoinFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Joins strings")
                .parameter(Parameter.string("separator").allowingNull())
                .variadic(Parameter.string("parts"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue sep = call.arg("separator");
        List<String> parts = new ArrayList<>();
        List<CtyValue> vs = call.variadic();
        for (int i = 0; i < vs.size(); i++) {
            if (vs.get(i).asString().equals("boom")) {
                throw call.argumentError(i + 1, "\"boom\" is not allowed");
            }
            parts.add(vs.get(i).asString());
        }
        return CtyValue.stringVal(String.join(sep.isNull() ? "," : sep.asString(), parts));
    }
}
