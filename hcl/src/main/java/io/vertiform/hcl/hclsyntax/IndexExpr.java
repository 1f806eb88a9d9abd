package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Ops;
import io.vertiform.hcl.Range;

import java.util.function.Consumer;

/** {@code collection[key]} with a key that is not a constant (constant keys become traversal steps). */
public final class IndexExpr extends AbstractExpr {
    private final Expr collection;
    private final Expr key;
    private final Range srcRange;
    private final Range openRange;
    private final Range bracketRange;

    public IndexExpr(Expr collection, Expr key, Range srcRange, Range openRange, Range bracketRange) {
        this.collection = collection;
        this.key = key;
        this.srcRange = srcRange;
        this.openRange = openRange;
        this.bracketRange = bracketRange;
    }

    public Expr collection() {
        return collection;
    }

    public Expr key() {
        return key;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated coll = collection.value(ctx);
        Evaluated k = key.value(ctx);
        Evaluated result = Ops.index(coll.value(), k.value(), bracketRange);
        result.diagnostics().withEvaluation(this, ctx);
        Diagnostics diags = new Diagnostics().addAll(coll.diagnostics()).addAll(k.diagnostics())
                .addAll(result.diagnostics());
        return new Evaluated(result.value(), diags);
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
        visitor.accept(collection);
        visitor.accept(key);
    }
}
