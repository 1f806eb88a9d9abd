package io.vertiform.framework.schema;

import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A block body: attributes plus nested block types. The root of every component schema is one, and so is the
 * content of each nested block.
 */
public final class BlockSpec {

    private final List<AttributeSpec> attributes;
    private final List<NestedBlockSpec> blocks;
    private final Map<String, AttributeSpec> attributesByName;
    private final Map<String, NestedBlockSpec> blocksByName;
    private final String description;
    private final StringKind descriptionKind;
    private final String deprecationMessage;
    private final CtyType impliedType;

    BlockSpec(List<AttributeSpec> attributes, List<NestedBlockSpec> blocks, String description,
              StringKind descriptionKind, String deprecationMessage) {
        this.attributes = List.copyOf(attributes);
        this.blocks = List.copyOf(blocks);
        this.attributesByName = Specs.index(attributes, blocks, "attribute");
        Map<String, NestedBlockSpec> byName = new LinkedHashMap<>();
        for (NestedBlockSpec b : blocks) {
            if (byName.put(b.typeName(), b) != null) {
                throw new SchemaException("duplicate block type \"" + b.typeName() + "\"");
            }
        }
        this.blocksByName = byName;
        this.description = description;
        this.descriptionKind = descriptionKind;
        this.deprecationMessage = deprecationMessage;
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (AttributeSpec a : attributes) {
            types.put(a.name(), a.impliedType());
        }
        for (NestedBlockSpec b : blocks) {
            types.put(b.typeName(), b.impliedType());
        }
        this.impliedType = CtyType.object(types);
    }

    public List<AttributeSpec> attributes() {
        return attributes;
    }

    public List<NestedBlockSpec> blocks() {
        return blocks;
    }

    public Optional<AttributeSpec> attribute(String name) {
        return Optional.ofNullable(attributesByName.get(name));
    }

    public Optional<NestedBlockSpec> block(String typeName) {
        return Optional.ofNullable(blocksByName.get(typeName));
    }

    public String description() {
        return description;
    }

    public StringKind descriptionKind() {
        return descriptionKind;
    }

    public String deprecationMessage() {
        return deprecationMessage;
    }

    /** The object type of a decoded block (Terraform's ImpliedType). */
    public CtyType impliedType() {
        return impliedType;
    }

    /** True when some attribute, however deeply nested, is write-only. */
    public boolean hasWriteOnly() {
        for (AttributeSpec a : attributes) {
            if (a.writeOnly() || (a.isNested() && nestedHasWriteOnly(a.nested()))) {
                return true;
            }
        }
        for (NestedBlockSpec b : blocks) {
            if (b.body().hasWriteOnly()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nestedHasWriteOnly(NestedAttributes n) {
        for (AttributeSpec a : n.attributes()) {
            if (a.writeOnly() || (a.isNested() && nestedHasWriteOnly(a.nested()))) {
                return true;
            }
        }
        return false;
    }
}
