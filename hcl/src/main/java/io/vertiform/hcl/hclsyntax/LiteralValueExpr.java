package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;

import java.util.function.Consumer;

/** An expression that always has the same value: literals, and placeholders the parser leaves after errors. */
public final class LiteralValueExpr extends AbstractExpr implements Expression.TraversalCapable {
    private final CtyValue val;
    private final Range srcRange;

    public LiteralValueExpr(CtyValue val, Range srcRange) {
        this.val = val;
        this.srcRange = srcRange;
    }

    public CtyValue val() {
        return val;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        return Evaluated.of(val);
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

    /**
     * Read as a traversal, the keywords {@code null}, {@code true} and {@code false} are variable names again (the
     * parser had turned them into literals); no other literal is a traversal.
     */
    @Override
    public Traversal asTraversal() {
        if (val.isNull()) {
            return Traversal.of(new Traverser.Root("null", srcRange));
        }
        if (val == CtyValue.TRUE) {
            return Traversal.of(new Traverser.Root("true", srcRange));
        }
        if (val == CtyValue.FALSE) {
            return Traversal.of(new Traverser.Root("false", srcRange));
        }
        return null;
    }
}
