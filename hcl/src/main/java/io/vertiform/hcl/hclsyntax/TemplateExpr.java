package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A template: literal parts and interpolations concatenated into a string. */
public final class TemplateExpr extends AbstractExpr {
    private final List<Expr> parts;
    private final Range srcRange;

    public TemplateExpr(List<Expr> parts, Range srcRange) {
        this.parts = List.copyOf(parts);
        this.srcRange = srcRange;
    }

    public List<Expr> parts() {
        return parts;
    }

    /** True for a template that is a single literal string. */
    public boolean isStringLiteral() {
        return parts.size() == 1 && parts.get(0) instanceof LiteralValueExpr;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        StringBuilder buf = new StringBuilder();
        Diagnostics diags = new Diagnostics();
        boolean known = true;
        Set<Object> marks = new HashSet<>();
        for (Expr part : parts) {
            Evaluated pv = part.value(ctx);
            diags.addAll(pv.diagnostics());
            CtyValue v = pv.value();
            if (v.isNull()) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid template interpolation value",
                        "The expression result is null. Cannot include a null value in a string template.",
                        part.range(), srcRange, part, ctx));
                continue;
            }
            marks.addAll(v.marks());
            if (!v.isKnown()) {
                known = false;
                continue;
            }
            CtyValue s;
            try {
                s = Convert.convert(v.unmark(), CtyType.STRING);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid template interpolation value",
                        "Cannot include the given value in a string template: " + e.rawMessage() + ".",
                        part.range(), srcRange, part, ctx));
                continue;
            }
            buf.append(s.asString());
        }
        CtyValue ret = known ? CtyValue.stringVal(buf.toString()) : CtyValue.unknownVal(CtyType.STRING);
        return new Evaluated(ret.withMarks(marks), diags);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return parts.get(0).startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        parts.forEach(visitor);
    }
}
