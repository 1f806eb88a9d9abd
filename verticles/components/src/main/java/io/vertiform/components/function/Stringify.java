package io.vertiform.components.function;

import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;

/**
 * The text of a value as {@code tostring}, {@code join} and {@code format} show it: strings as they are, numbers
 * in Terraform's decimal notation (exact, no exponent), bools as {@code true}/{@code false}, null as
 * {@code null}, and lists, maps and objects as compact JSON (what {@code jsonencode} gives).
 */
final class Stringify {

    private Stringify() {
    }

    static String of(CtyValue v) {
        if (v.isNull()) {
            return "null";
        }
        return switch (v.type().kind()) {
            case STRING -> v.asString();
            case NUMBER -> v.asBigFloat().text();
            case BOOL -> v.asBool() ? "true" : "false";
            default -> ValueJson.marshal(v, v.type());
        };
    }
}
