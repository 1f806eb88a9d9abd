package io.vertiform.launcher.demo.module;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.hcl.hcldec.AttrSpec;
import io.vertiform.hcl.hcldec.BlockListSpec;
import io.vertiform.hcl.hcldec.BlockMapSpec;
import io.vertiform.hcl.hcldec.BlockSetSpec;
import io.vertiform.hcl.hcldec.BlockSpec;
import io.vertiform.hcl.hcldec.ObjectSpec;
import io.vertiform.hcl.hcldec.Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider schema block as an hcldec spec, the way Terraform's {@code configschema.Block.DecoderSpec} decodes
 * configuration: every attribute (computed-only ones too, so setting one is reported by the provider's
 * validation, not silently dropped) and every nested block type by its nesting mode.
 */
public final class SchemaSpecs {

    private SchemaSpecs() {
    }

    public static Spec of(Schema.Block block) {
        Map<String, Spec> specs = new LinkedHashMap<>();
        for (Schema.Attribute a : block.attributes()) {
            specs.put(a.name(), new AttrSpec(a.name(), SchemaTypes.attribute(a), a.required()));
        }
        for (Schema.NestedBlock nb : block.blockTypes()) {
            specs.put(nb.typeName(), nested(nb));
        }
        return new ObjectSpec(specs);
    }

    private static Spec nested(Schema.NestedBlock nb) {
        Spec inner = of(nb.block());
        int min = (int) Math.min(Integer.MAX_VALUE, nb.minItems());
        int max = (int) Math.min(Integer.MAX_VALUE, nb.maxItems());
        return switch (nb.nesting()) {
            case SINGLE, GROUP -> new BlockSpec(nb.typeName(), inner, nb.minItems() > 0);
            case LIST -> new BlockListSpec(nb.typeName(), inner, min, max);
            case SET -> new BlockSetSpec(nb.typeName(), inner, min, max);
            case MAP -> new BlockMapSpec(nb.typeName(), List.of("key"), inner);
        };
    }
}
