package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/**
 * {@code provider::vertiform::lookup(map, key[, default])}: the value under {@code key}. The default is the
 * variadic tail so that "no default" (a missing key is an error at the key) differs from a default of null.
 */
@Function("lookup")
public final class LookupFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Performs a dynamic lookup into a map.")
                .description("Returns the value under key; when the key is missing, the default if one is given"
                        + " (even null), else an error. Works on maps and objects; a null map gives null.")
                .parameter(Parameter.of("map", CtyType.DYNAMIC).allowingNull().describedAs("a map or object"))
                .parameter(Parameter.string("key").describedAs("the key to look up"))
                .variadic(Parameter.of("default", CtyType.DYNAMIC).allowingNull()
                        .describedAs("optional: the result when the key is missing"))
                .returns(CtyType.DYNAMIC)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> defaults = Args.optionals(call, 1, "lookup");
        CtyValue map = call.arg(0);
        if (map.isNull()) {
            return CtyValue.nullVal(CtyType.DYNAMIC);
        }
        String key = call.arg(1).asString();
        CtyType t = map.type();
        if (t.isMapType()) {
            CtyValue found = map.mapEntries().get(key);
            if (found != null) {
                return found;
            }
        } else if (t.isObjectType()) {
            if (t.hasAttribute(key)) {
                return map.getAttr(key);
            }
        } else {
            throw FunctionException.argument(0, "Invalid value for \"map\": a map or object is required, got "
                    + t.friendlyName() + ".");
        }
        if (!defaults.isEmpty()) {
            return defaults.get(0);
        }
        throw FunctionException.argument(1, "Invalid key for map lookup: key \"" + key
                + "\" does not exist in the map.");
    }
}
