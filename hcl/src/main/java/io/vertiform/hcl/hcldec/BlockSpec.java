package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.List;
import java.util.function.Consumer;

/** At most one block of a type, decoded by {@code nested}; null of the nested type when absent. */
public record BlockSpec(String typeName, Spec nested, boolean required) implements Spec, Spec.BlockReader,
        Spec.VariableReader {

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
        Block child = first(content, typeName);
        return child == null ? List.of() : Hcldec.variables(child.body(), nested);
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Diagnostics diags = new Diagnostics();
        Block child = null;
        for (Block candidate : content.blocks()) {
            if (!candidate.type().equals(typeName)) {
                continue;
            }
            if (child != null) {
                diags.add(Diagnostic.error("Duplicate " + typeName + " block", "Only one block of type "
                        + GoQuote.quote(typeName) + " is allowed. Previous definition was at " + child.defRange()
                        + ".", candidate.defRange()));
                break;
            }
            child = candidate;
        }
        if (child == null) {
            if (required) {
                diags.add(Diagnostic.error("Missing " + typeName + " block", "A block of type "
                        + GoQuote.quote(typeName) + " is required here.", content.missingItemRange()));
            }
            return new Evaluated(CtyValue.nullVal(nested.impliedType()), diags);
        }
        Evaluated val = Hcldec.decode(child.body(), Hcldec.labelsForBlock(child), ctx, nested);
        return new Evaluated(val.value(), diags.addAll(val.diagnostics()));
    }

    @Override
    public CtyType impliedType() {
        return nested.impliedType();
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        Block child = first(content, typeName);
        if (child == null) {
            return content.missingItemRange();
        }
        return Hcldec.sourceRange(child.body(), Hcldec.labelsForBlock(child), nested);
    }

    static Block first(BodyContent content, String typeName) {
        for (Block b : content.blocks()) {
            if (b.type().equals(typeName)) {
                return b;
            }
        }
        return null;
    }
}
