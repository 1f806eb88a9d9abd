package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.List;
import java.util.function.Consumer;

/** A decoding specification (hcl's {@code hcldec.Spec}). Specs are immutable. */
public interface Spec {

    /** Decodes from the content of a body decoded with the implied schema; {@code labels} are the block's. */
    Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx);

    /** The type of every value this spec decodes to. */
    CtyType impliedType();

    /** Visits the child specs that read the same body (not nested blocks' bodies). */
    void visitSameBodyChildren(Consumer<Spec> visitor);

    /** The range best describing where this spec's value came from. */
    Range sourceRange(BodyContent content, List<BlockLabel> labels);

    /** A block label with its range. */
    record BlockLabel(String value, Range range) {
    }

    /** Specs that read attributes contribute them to the implied schema. */
    interface AttrReader {
        List<BodySchema.AttributeSchema> attrSchemata();
    }

    /** Specs that read nested blocks contribute their headers to the implied schema. */
    interface BlockReader {
        List<BodySchema.BlockHeaderSchema> blockHeaderSchemata();

        /** The spec for the blocks' bodies; null to opt out of child block type listings. */
        Spec nestedSpec();
    }

    /** Specs whose values depend on variables list the references they need. */
    interface VariableReader {
        List<Traversal> variablesNeeded(BodyContent content);
    }
}
