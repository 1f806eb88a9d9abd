package io.vertiform.framework.rules;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Terraform's implied cty types of the protocol-neutral schema records (configschema's ImpliedType). */
public final class SchemaTypes {

    private SchemaTypes() {
    }

    public static CtyType of(Schema schema) {
        return block(schema.block());
    }

    public static CtyType block(Schema.Block b) {
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (Schema.Attribute a : b.attributes()) {
            types.put(a.name(), attribute(a));
        }
        for (Schema.NestedBlock n : b.blockTypes()) {
            types.put(n.typeName(), nestedBlock(n));
        }
        return CtyType.object(types);
    }

    public static CtyType attribute(Schema.Attribute a) {
        return a.nestedType() == null ? a.type() : nestedType(a.nestedType());
    }

    public static CtyType nestedObject(Schema.NestedType n) {
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (Schema.Attribute a : n.attributes()) {
            types.put(a.name(), attribute(a));
        }
        return CtyType.object(types);
    }

    public static CtyType nestedType(Schema.NestedType n) {
        CtyType o = nestedObject(n);
        return switch (n.nesting()) {
            case SINGLE -> o;
            case LIST -> CtyType.list(o);
            case SET -> CtyType.set(o);
            case MAP -> CtyType.map(o);
        };
    }

    public static CtyType nestedBlock(Schema.NestedBlock n) {
        CtyType e = block(n.block());
        return switch (n.nesting()) {
            case SINGLE, GROUP -> e;
            case LIST -> e.hasDynamicTypes() ? CtyType.DYNAMIC : CtyType.list(e);
            case MAP -> e.hasDynamicTypes() ? CtyType.DYNAMIC : CtyType.map(e);
            case SET -> CtyType.set(e);
        };
    }
}
