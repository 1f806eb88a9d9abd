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
import java.util.Set;
import java.util.function.Consumer;

/** The string a {@code %{for}} directive renders: its iterations' results concatenated. */
public final class TemplateJoinExpr extends AbstractExpr {
    private final Expr tuple;

    public TemplateJoinExpr(Expr tuple) {
        this.tuple = tuple;
    }

    public Expr tuple() {
        return tuple;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated t = tuple.value(ctx);
        Diagnostics diags = new Diagnostics().addAll(t.diagnostics());
        CtyValue tv = t.value();
        if (tv.type().isDynamic() || !tv.isKnown()) {
            return new Evaluated(CtyValue.unknownVal(CtyType.STRING), diags);
        }
        Set<Object> marks = new HashSet<>(tv.marks());
        StringBuilder buf = new StringBuilder();
        for (CtyValue val : tv.unmark().elements()) {
            if (val.isNull()) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid template interpolation value",
                        "An iteration result is null. Cannot include a null value in a string template.", range(),
                        null, this, ctx));
                continue;
            }
            if (val.type().isDynamic()) {
                return new Evaluated(CtyValue.unknownVal(CtyType.STRING).withMarks(tv.marks()), diags);
            }
            CtyValue s;
            try {
                s = Convert.convert(val, CtyType.STRING);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid template interpolation value",
                        "Cannot include one of the interpolation results into the string template: "
                                + e.rawMessage() + ".", range(), null, this, ctx));
                continue;
            }
            if (!val.isKnown()) {
                return new Evaluated(CtyValue.unknownVal(CtyType.STRING).withMarks(tv.marks()), diags);
            }
            marks.addAll(s.marks());
            buf.append(s.unmark().asString());
        }
        return new Evaluated(CtyValue.stringVal(buf.toString()).withMarks(marks), diags);
    }

    @Override
    public Range range() {
        return tuple.range();
    }

    @Override
    public Range startRange() {
        return tuple.startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(tuple);
    }
}
