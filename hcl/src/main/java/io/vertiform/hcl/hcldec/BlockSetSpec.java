package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every block of a type, decoded by {@code nested}, as a set; {@code maxItems} 0 means unlimited.
 */
public record BlockSetSpec(String typeName, Spec nested, int minItems, int maxItems) implements Spec,
        Spec.BlockReader, Spec.VariableReader {

    @Override
    public List<BodySchema.BlockHeaderSchema> blockHeaderSchemata() {
        return List.of(new BodySchema.BlockHeaderSchema(typeName, Hcldec.findLabelSpecs(nested)));
    }

    @Override
    public Spec nestedSpec() {
        return nested;
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return BlockCollections.variables(content, typeName, nested);
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        BlockCollections.Elements e = BlockCollections.decodeAll(content, typeName, nested, minItems, maxItems, ctx);
        if (e.failed() != null) {
            return new Evaluated(e.failed(), e.diags());
        }
        if (e.values().isEmpty()) {
            return new Evaluated(CtyValue.setValEmpty(nested.impliedType()), e.diags());
        }
        return new Evaluated(CtyValue.setVal(e.values()), e.diags());
    }

    @Override
    public CtyType impliedType() {
        return CtyType.set(nested.impliedType());
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return BlockCollections.sourceRange(content, typeName, nested);
    }
}
