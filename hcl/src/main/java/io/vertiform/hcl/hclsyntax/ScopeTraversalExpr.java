package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;

import java.util.function.Consumer;

/** A variable reference with static attribute and index steps: {@code a.b[0]}. */
public final class ScopeTraversalExpr extends AbstractExpr implements Expression.TraversalCapable {
    private Traversal traversal;
    private Range srcRange;

    public ScopeTraversalExpr(Traversal traversal, Range srcRange) {
        this.traversal = traversal;
        this.srcRange = srcRange;
    }

    public Traversal traversal() {
        return traversal;
    }

    // The parser grows traversals step by step.
    void append(Traverser step, Range stepRange) {
        traversal = traversal.append(step);
        srcRange = Range.between(srcRange, stepRange);
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated result = traversal.traverseAbs(ctx);
        result.diagnostics().withEvaluation(this, ctx);
        return result;
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return srcRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
    }

    @Override
    public Traversal asTraversal() {
        return traversal;
    }
}
