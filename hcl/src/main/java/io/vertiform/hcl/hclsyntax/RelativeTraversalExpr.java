package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Expressions;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Static attribute and index steps applied to the value of another expression: {@code f(x).a[0]}. */
public final class RelativeTraversalExpr extends AbstractExpr implements Expression.TraversalCapable {
    private final Expr source;
    private Traversal traversal;
    private Range srcRange;

    public RelativeTraversalExpr(Expr source, Traversal traversal, Range srcRange) {
        this.source = source;
        this.traversal = traversal;
        this.srcRange = srcRange;
    }

    public Expr source() {
        return source;
    }

    public Traversal traversal() {
        return traversal;
    }

    void append(Traverser step, Range stepRange) {
        traversal = traversal.append(step);
        srcRange = Range.between(srcRange, stepRange);
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated src = source.value(ctx);
        Evaluated result = traversal.traverseRel(src.value());
        result.diagnostics().withEvaluation(this, ctx);
        Diagnostics diags = new Diagnostics().addAll(src.diagnostics()).addAll(result.diagnostics());
        return new Evaluated(result.value(), diags);
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
        visitor.accept(source);
    }

    /** A traversal only when the source can be read as one too. */
    @Override
    public Traversal asTraversal() {
        Result<Traversal> st = Expressions.absTraversal(source);
        if (st.hasErrors()) {
            return null;
        }
        List<Traverser> steps = new ArrayList<>(st.value().steps());
        steps.addAll(traversal.steps());
        return new Traversal(steps);
    }
}
