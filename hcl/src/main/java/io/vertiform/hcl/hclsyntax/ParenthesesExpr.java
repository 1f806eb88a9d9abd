package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.function.Consumer;

/**
 * An expression in parentheses. It only records the parentheses' range: evaluation and analysis pass through, but
 * (as in hclsyntax) it is deliberately not a traversal, so {@code {(a) = 1}} uses the value of {@code a} as a key.
 */
public final class ParenthesesExpr extends AbstractExpr {
    private final Expr expression;
    private final Range srcRange;

    public ParenthesesExpr(Expr expression, Range srcRange) {
        this.expression = expression;
        this.srcRange = srcRange;
    }

    public Expr expression() {
        return expression;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        return expression.value(ctx);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return expression.startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(expression);
    }
}
