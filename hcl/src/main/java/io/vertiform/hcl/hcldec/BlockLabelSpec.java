package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.List;
import java.util.function.Consumer;

/** A label of the enclosing block, by index; its presence in a nested spec makes the block take that label. */
public record BlockLabelSpec(int index, String name) implements Spec {
    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        if (index >= labels.size()) {
            throw new IllegalStateException("BlockLabelSpec used in non-block context");
        }
        return Evaluated.of(CtyValue.stringVal(labels.get(index).value()));
    }

    @Override
    public CtyType impliedType() {
        return CtyType.STRING;
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        if (index >= labels.size()) {
            throw new IllegalStateException("BlockLabelSpec used in non-block context");
        }
        return labels.get(index).range();
    }
}
