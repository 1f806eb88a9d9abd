package io.vertiform.components.function;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertiform.components.jq.JqException;
import io.vertiform.components.jq.JqJson;
import io.vertiform.components.jq.JqQuery;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/**
 * {@code provider::vertiform::lens_jq(json, query)}: a jq query (jackson-jq, jq 1.6) over a JSON document; the
 * result comes back as a Terraform value, so the return type is dynamic. Malformed JSON is blamed on argument 0,
 * a query that does not compile or fails on this input on argument 1.
 */
@Function("lens_jq")
public final class LensJqFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Applies a jq query to a JSON document.")
                .description("Parses json_string, runs the jq query and returns the result as jsondecode would:"
                        + " objects, tuples, exact numbers. No output is null, several outputs become a list.")
                .parameter(Parameter.string("json_string").describedAs("a JSON document"))
                .parameter(Parameter.string("query").describedAs("a jq program, e.g. .items[].name"))
                .returns(CtyType.DYNAMIC)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        try {
            JsonNode input = JqJson.parse(call.string("json_string"));
            JqQuery query = JqQuery.compile(call.string("query"));
            return JqJson.toCty(query.applyToSingle(input));
        } catch (JqException e) {
            int blamed = e.kind() == JqException.Kind.INVALID_JSON ? 0 : 1;
            String what = switch (e.kind()) {
                case INVALID_JSON -> "Invalid JSON: ";
                case INVALID_QUERY -> "Invalid jq query: ";
                case EVALUATION -> "jq query failed: ";
            };
            throw FunctionException.argument(blamed, what + e.getMessage());
        }
    }
}
