package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/**
 * {@code provider::vertiform::length(value)}: grapheme clusters of a string, elements of a collection. It accepts
 * partly unknown values because a list's length is known before its elements are; a value that is itself unknown
 * gives an unknown (never null) number.
 */
@Function("length")
public final class LengthFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Returns the length of a given list, map, or string.")
                .description("Strings count grapheme clusters (characters as a reader counts them: \"🇺🇸\" is 1);"
                        + " lists, sets and tuples count elements, maps and objects their keys. A null gives null;"
                        + " numbers and bools are an error.")
                .parameter(Parameter.of("value", CtyType.DYNAMIC).allowingNull().allowingUnknown()
                        .describedAs("a string, list, set, tuple, map or object"))
                .returns(CtyType.NUMBER)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue v = call.arg(0);
        CtyType t = v.type();
        if (t.isPrimitive() && t.kind() != CtyType.Kind.STRING) {
            throw FunctionException.argument(0, "length() requires a string, list, set, tuple, map or object, got "
                    + t.friendlyName() + ".");
        }
        if (!v.isKnown()) {
            // Lists and maps carry their length refinements (if any) through go-cty's Length.
            return t.isCollectionType() || t.isTupleType() ? v.length()
                    : CtyValue.unknownVal(CtyType.NUMBER).refine().notNull().newValue();
        }
        if (v.isNull()) {
            return CtyValue.nullVal(CtyType.NUMBER);
        }
        if (t.kind() == CtyType.Kind.STRING) {
            return CtyValue.numberIntVal(Graphemes.count(v.asString()));
        }
        return t.isCollectionType() || t.isTupleType() ? v.length() : CtyValue.numberIntVal(v.lengthInt());
    }
}
