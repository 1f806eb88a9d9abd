package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Range;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code wrapped}'s value transformed by an expression that sees it as the variable {@code varName}, evaluated in a
 * child of {@code transformCtx} (not of the decoding context).
 */
public record TransformExprSpec(Spec wrapped, Expression expr, EvalContext transformCtx, String varName)
        implements Spec {

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Evaluated w = wrapped.decode(content, labels, ctx);
        if (w.hasErrors()) {
            return new Evaluated(CtyValue.unknownVal(impliedType()), w.diagnostics());
        }
        Evaluated r = expr.value(EvalContext.childOf(transformCtx, Map.of(varName, w.value())));
        return new Evaluated(r.value(), w.diagnostics().addAll(r.diagnostics()));
    }

    @Override
    public CtyType impliedType() {
        CtyValue placeholder = CtyValue.unknownVal(wrapped.impliedType());
        return expr.value(EvalContext.childOf(transformCtx, Map.of(varName, placeholder))).value().type();
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
        visitor.accept(wrapped);
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return wrapped.sourceRange(content, labels);
    }
}
