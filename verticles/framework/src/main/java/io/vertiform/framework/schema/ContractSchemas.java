package io.vertiform.framework.schema;

import io.vertiform.contracts.provider.Schema;
import java.util.ArrayList;
import java.util.List;

/** Framework schemas to the protocol-neutral {@link Schema} records the RPC layer serves. */
public final class ContractSchemas {

    private ContractSchemas() {
    }

    public static Schema of(ComponentSchema schema) {
        return new Schema(schema.version(), block(schema.root(), schema.version()));
    }

    private static Schema.Block block(BlockSpec b, long version) {
        List<Schema.Attribute> attrs = new ArrayList<>();
        for (AttributeSpec a : b.attributes()) {
            attrs.add(attribute(a));
        }
        List<Schema.NestedBlock> nested = new ArrayList<>();
        for (NestedBlockSpec n : b.blocks()) {
            nested.add(new Schema.NestedBlock(n.typeName(), block(n.body(), 0),
                    Schema.NestedBlock.NestingMode.valueOf(n.nesting().name()), n.minItems(), n.maxItems()));
        }
        return new Schema.Block(version, attrs, nested, b.description(), b.descriptionKind(),
                !b.deprecationMessage().isEmpty(), b.deprecationMessage(), false);
    }

    private static Schema.Attribute attribute(AttributeSpec a) {
        Schema.NestedType nested = null;
        if (a.isNested()) {
            List<Schema.Attribute> inner = new ArrayList<>();
            for (AttributeSpec n : a.nested().attributes()) {
                inner.add(attribute(n));
            }
            nested = new Schema.NestedType(inner, Schema.NestedType.NestingMode.valueOf(a.nested().nesting().name()));
        }
        return new Schema.Attribute(a.name(), a.isNested() ? null : a.type(), nested, a.description(), a.required(),
                a.optional(), a.computed(), a.sensitive(), a.descriptionKind(), a.deprecated(), a.writeOnly(),
                a.deprecationMessage());
    }
}
