package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.Conversion;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.cty.convert.Unification;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What list and set block specs share: decoding every block of a type, counting and unifying them. */
final class BlockCollections {
    private BlockCollections() {
    }

    /** The decoded blocks (already unified to one type), or a failed result with its value. */
    record Elements(List<CtyValue> values, Diagnostics diags, CtyValue failed) {
    }

    static Elements decodeAll(BodyContent content, String typeName, Spec nested, int minItems, int maxItems,
                              EvalContext ctx) {
        Diagnostics diags = new Diagnostics();
        List<CtyValue> elems = new ArrayList<>();
        List<Range> sourceRanges = new ArrayList<>();
        for (Block child : content.blocks()) {
            if (!child.type().equals(typeName)) {
                continue;
            }
            Evaluated val = Hcldec.decode(child.body(), Hcldec.labelsForBlock(child), ctx, nested);
            diags.addAll(val.diagnostics());
            elems.add(val.value());
            sourceRanges.add(Hcldec.sourceRange(child.body(), Hcldec.labelsForBlock(child), nested));
        }
        if (elems.size() < minItems) {
            diags.add(Diagnostic.error("Insufficient " + typeName + " blocks", "At least " + minItems + " "
                    + GoQuote.quote(typeName) + " blocks are required.", content.missingItemRange()));
        } else if (maxItems > 0 && elems.size() > maxItems) {
            diags.add(Diagnostic.error("Too many " + typeName + " blocks", "No more than " + maxItems + " "
                    + GoQuote.quote(typeName) + " blocks are allowed", sourceRanges.get(maxItems)));
        }
        if (elems.isEmpty()) {
            return new Elements(elems, diags, null);
        }
        List<CtyType> types = new ArrayList<>();
        for (CtyValue v : elems) {
            types.add(v.type());
        }
        Optional<Unification> u = Convert.unifyUnsafeWithConversions(types);
        if (u.isEmpty()) {
            diags.add(Diagnostic.error("Unconsistent argument types in " + typeName + " blocks",
                    "Corresponding attributes in all blocks of this type must be the same.", sourceRanges.get(0)));
            return new Elements(elems, diags, CtyValue.DYNAMIC_VAL);
        }
        for (int i = 0; i < elems.size(); i++) {
            Optional<Conversion> conv = u.get().conversion(i);
            if (conv.isPresent()) {
                try {
                    elems.set(i, conv.get().convert(elems.get(i)));
                } catch (ConversionException e) {
                    diags.add(Diagnostic.error("Unconsistent argument types in " + typeName + " blocks",
                            "Block with index " + i + " has inconsistent argument types: " + e.rawMessage() + ".",
                            sourceRanges.get(i)));
                    return new Elements(elems, diags, CtyValue.DYNAMIC_VAL);
                }
            }
        }
        return new Elements(elems, diags, null);
    }

    static List<Traversal> variables(BodyContent content, String typeName, Spec nested) {
        List<Traversal> ret = new ArrayList<>();
        for (Block child : content.blocks()) {
            if (child.type().equals(typeName)) {
                ret.addAll(Hcldec.variables(child.body(), nested));
            }
        }
        return ret;
    }

    static Range sourceRange(BodyContent content, String typeName, Spec nested) {
        Block child = BlockSpec.first(content, typeName);
        if (child == null) {
            return content.missingItemRange();
        }
        return Hcldec.sourceRange(child.body(), Hcldec.labelsForBlock(child), nested);
    }
}
