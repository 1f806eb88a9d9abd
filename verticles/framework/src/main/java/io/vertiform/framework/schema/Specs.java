package io.vertiform.framework.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Name bookkeeping shared by blocks and nested attributes. */
final class Specs {

    private Specs() {
    }

    /** Attributes by name; rejects duplicates, also against the block type names. */
    static Map<String, AttributeSpec> index(List<AttributeSpec> attributes, List<NestedBlockSpec> blocks, String what) {
        Map<String, AttributeSpec> byName = new LinkedHashMap<>();
        for (AttributeSpec a : attributes) {
            if (byName.put(a.name(), a) != null) {
                throw new SchemaException("duplicate " + what + " \"" + a.name() + "\"");
            }
        }
        for (NestedBlockSpec b : blocks) {
            if (byName.containsKey(b.typeName())) {
                throw new SchemaException("\"" + b.typeName() + "\" is declared both as an attribute and as a block");
            }
        }
        return byName;
    }
}
