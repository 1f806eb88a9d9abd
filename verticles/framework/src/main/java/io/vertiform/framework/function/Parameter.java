package io.vertiform.framework.function;

import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import java.util.Objects;

/**
 * A function parameter: name, cty type and whether null or unknown arguments reach the function (by default
 * neither: a null is an error naming the argument; an unknown makes the result unknown without a call).
 */
public record Parameter(String name, CtyType type, boolean allowNull, boolean allowUnknown, String description,
                        StringKind descriptionKind) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        descriptionKind = descriptionKind == null ? StringKind.PLAIN : descriptionKind;
    }

    public static Parameter of(String name, CtyType type) {
        return new Parameter(name, type, false, false, "", StringKind.PLAIN);
    }

    public static Parameter string(String name) {
        return of(name, CtyType.STRING);
    }

    public static Parameter number(String name) {
        return of(name, CtyType.NUMBER);
    }

    public static Parameter bool(String name) {
        return of(name, CtyType.BOOL);
    }

    public Parameter allowingNull() {
        return new Parameter(name, type, true, allowUnknown, description, descriptionKind);
    }

    public Parameter allowingUnknown() {
        return new Parameter(name, type, allowNull, true, description, descriptionKind);
    }

    public Parameter describedAs(String text) {
        return new Parameter(name, type, allowNull, allowUnknown, text, StringKind.PLAIN);
    }
}
