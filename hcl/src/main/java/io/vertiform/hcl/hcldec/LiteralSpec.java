package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;

import java.util.List;
import java.util.function.Consumer;

/** Always the given value, whatever the body holds. */
public record LiteralSpec(CtyValue value) implements Spec {
    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        return Evaluated.of(value);
    }

    @Override
    public CtyType impliedType() {
        return value.type();
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return new Range("<unknown>", new Pos(0, 0, 0), new Pos(0, 0, 0));
    }
}
