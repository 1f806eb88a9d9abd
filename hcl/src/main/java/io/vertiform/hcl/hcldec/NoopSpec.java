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

/** Decodes nothing (a null of the dynamic pseudo-type); the nested spec of a block read as attributes only. */
record NoopSpec() implements Spec {
    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        return Evaluated.of(CtyValue.nullVal(CtyType.DYNAMIC));
    }

    @Override
    public CtyType impliedType() {
        return CtyType.DYNAMIC;
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return new Range("noopSpec", new Pos(0, 0, 0), new Pos(0, 0, 0));
    }
}
