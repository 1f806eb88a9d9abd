package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.function.Consumer;

/**
 * A template consisting of exactly one interpolation, {@code "${x}"}: its value is {@code x}'s, unconverted.
 */
public final class TemplateWrapExpr extends AbstractExpr {
    private final Expr wrapped;
    private final Range srcRange;

    public TemplateWrapExpr(Expr wrapped, Range srcRange) {
        this.wrapped = wrapped;
        this.srcRange = srcRange;
    }

    public Expr wrapped() {
        return wrapped;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        return wrapped.value(ctx);
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
        visitor.accept(wrapped);
    }
}
