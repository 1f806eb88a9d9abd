package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A tuple whose elements are decoded by the given specs from the same body. */
public record TupleSpec(List<Spec> elements) implements Spec {
    public TupleSpec {
        elements = List.copyOf(elements);
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        List<CtyValue> vals = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        for (Spec s : elements) {
            Evaluated v = s.decode(content, labels, ctx);
            vals.add(v.value());
            diags.addAll(v.diagnostics());
        }
        return new Evaluated(CtyValue.tupleVal(vals), diags);
    }

    @Override
    public CtyType impliedType() {
        List<CtyType> types = new ArrayList<>();
        for (Spec s : elements) {
            types.add(s.impliedType());
        }
        return CtyType.tuple(types);
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
        elements.forEach(visitor);
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return content.missingItemRange();
    }
}
