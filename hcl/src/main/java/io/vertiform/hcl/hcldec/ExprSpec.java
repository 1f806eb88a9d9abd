package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.List;
import java.util.function.Consumer;

/** The value of a fixed expression, evaluated in the decoding context. */
public record ExprSpec(Expression expr) implements Spec, Spec.VariableReader {
    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return expr.variables();
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        return expr.value(ctx);
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
        return expr.range();
    }
}
