package io.vertiform.framework.schema;

import io.vertiform.cty.CtyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a nested attribute (protocol 6 only) and how its objects nest. Unlike blocks, nested
 * attributes can be optional, computed or sensitive as a whole.
 */
public final class NestedAttributes {

    private final Nesting nesting;
    private final List<AttributeSpec> attributes;
    private final Map<String, AttributeSpec> byName;
    private final CtyType objectType;
    private final CtyType impliedType;

    NestedAttributes(Nesting nesting, List<AttributeSpec> attributes) {
        if (nesting == Nesting.GROUP) {
            throw new SchemaException("nested attributes cannot use GROUP nesting (blocks only)");
        }
        this.nesting = nesting;
        this.attributes = List.copyOf(attributes);
        this.byName = Specs.index(attributes, List.of(), "nested attribute");
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (AttributeSpec a : attributes) {
            types.put(a.name(), a.impliedType());
        }
        this.objectType = CtyType.object(types);
        this.impliedType = switch (nesting) {
            case SINGLE -> objectType;
            case LIST -> CtyType.list(objectType);
            case SET -> CtyType.set(objectType);
            case MAP -> CtyType.map(objectType);
            case GROUP -> throw new IllegalStateException();
        };
    }

    public Nesting nesting() {
        return nesting;
    }

    public List<AttributeSpec> attributes() {
        return attributes;
    }

    public Optional<AttributeSpec> attribute(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type of one nested object. */
    public CtyType objectType() {
        return objectType;
    }

    /** The type of the whole attribute value. */
    public CtyType impliedType() {
        return impliedType;
    }
}
