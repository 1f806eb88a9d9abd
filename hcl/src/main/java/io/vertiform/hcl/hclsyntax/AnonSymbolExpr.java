package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The placeholder for "the current element" inside a splat expression. It has a value only while its splat is
 * evaluating, per evaluation context, so concurrent evaluations in different contexts do not interfere.
 */
public final class AnonSymbolExpr extends AbstractExpr {
    private final Range srcRange;
    private final Map<EvalContext, CtyValue> values = new IdentityHashMap<>();

    public AnonSymbolExpr(Range srcRange) {
        this.srcRange = srcRange;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        if (ctx == null) {
            return Evaluated.of(CtyValue.DYNAMIC_VAL);
        }
        CtyValue v;
        synchronized (values) {
            v = values.get(ctx);
        }
        return Evaluated.of(v == null ? CtyValue.DYNAMIC_VAL : v);
    }

    void setValue(EvalContext ctx, CtyValue val) {
        synchronized (values) {
            values.put(ctx, val);
        }
    }

    void clearValue(EvalContext ctx) {
        synchronized (values) {
            values.remove(ctx);
        }
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
}
