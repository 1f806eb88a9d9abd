package io.vertiform.framework.schema;

import io.vertiform.cty.CtyType;
import java.util.List;
import java.util.Map;

/**
 * Factories for attribute declarations, one per type; chain flags on the result:
 * {@code Attributes.string("name").required().description("...")}.
 */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeSpec.Builder string(String name) {
        return of(name, CtyType.STRING);
    }

    /** An arbitrary-precision number. */
    public static AttributeSpec.Builder number(String name) {
        return of(name, CtyType.NUMBER);
    }

    /** A number that must be a whole number in the 64-bit signed range. */
    public static AttributeSpec.Builder int64(String name) {
        return of(name, CtyType.NUMBER).numberKind(NumberKind.INT64);
    }

    /** A number that must fit a 64-bit float. */
    public static AttributeSpec.Builder float64(String name) {
        return of(name, CtyType.NUMBER).numberKind(NumberKind.FLOAT64);
    }

    public static AttributeSpec.Builder bool(String name) {
        return of(name, CtyType.BOOL);
    }

    public static AttributeSpec.Builder list(String name, CtyType element) {
        return of(name, CtyType.list(element));
    }

    public static AttributeSpec.Builder set(String name, CtyType element) {
        return of(name, CtyType.set(element));
    }

    public static AttributeSpec.Builder map(String name, CtyType element) {
        return of(name, CtyType.map(element));
    }

    /** An object-typed attribute (opaque to Terraform; prefer {@link #singleNested} for documented fields). */
    public static AttributeSpec.Builder object(String name, Map<String, CtyType> attributeTypes) {
        return of(name, CtyType.object(attributeTypes));
    }

    public static AttributeSpec.Builder tuple(String name, List<CtyType> elementTypes) {
        return of(name, CtyType.tuple(elementTypes));
    }

    /** Any type, decided by the configuration at run time. */
    public static AttributeSpec.Builder dynamic(String name) {
        return of(name, CtyType.DYNAMIC);
    }

    /** An attribute of any cty type. */
    public static AttributeSpec.Builder of(String name, CtyType type) {
        if (type == null) {
            throw new SchemaException("attribute " + name + ": type is required");
        }
        return new AttributeSpec.Builder(name, type, null);
    }

    /** One nested object (protocol 6); add its attributes with {@code .attribute(...)}. */
    public static AttributeSpec.Builder singleNested(String name) {
        return new AttributeSpec.Builder(name, null, Nesting.SINGLE);
    }

    public static AttributeSpec.Builder listNested(String name) {
        return new AttributeSpec.Builder(name, null, Nesting.LIST);
    }

    public static AttributeSpec.Builder setNested(String name) {
        return new AttributeSpec.Builder(name, null, Nesting.SET);
    }

    public static AttributeSpec.Builder mapNested(String name) {
        return new AttributeSpec.Builder(name, null, Nesting.MAP);
    }
}
