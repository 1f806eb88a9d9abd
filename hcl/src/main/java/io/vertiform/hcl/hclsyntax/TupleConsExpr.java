package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code [a, b, c]}: a tuple of the element values. */
public final class TupleConsExpr extends AbstractExpr implements Expression.ListCapable {
    private final List<Expr> exprs;
    private final Range srcRange;
    private final Range openRange;

    public TupleConsExpr(List<Expr> exprs, Range srcRange, Range openRange) {
        this.exprs = List.copyOf(exprs);
        this.srcRange = srcRange;
        this.openRange = openRange;
    }

    public List<Expr> exprs() {
        return exprs;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        List<CtyValue> vals = new ArrayList<>(exprs.size());
        Diagnostics diags = new Diagnostics();
        for (Expr e : exprs) {
            Evaluated v = e.value(ctx);
            vals.add(v.value());
            diags.addAll(v.diagnostics());
        }
        return new Evaluated(CtyValue.tupleVal(vals), diags);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        exprs.forEach(visitor);
    }

    @Override
    public List<Expression> exprList() {
        return List.copyOf(exprs);
    }
}
