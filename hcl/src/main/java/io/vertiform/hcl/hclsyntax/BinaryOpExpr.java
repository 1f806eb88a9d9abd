package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;
import io.vertiform.hcl.function.FunctionException;
import io.vertiform.hcl.function.Parameter;

import java.util.List;
import java.util.function.Consumer;

/** {@code lhs op rhs}: both operands are converted to the operator's parameter types, then its function runs. */
public final class BinaryOpExpr extends AbstractExpr {
    private final Expr lhs;
    private final Operation op;
    private final Expr rhs;
    private final Range srcRange;

    public BinaryOpExpr(Expr lhs, Operation op, Expr rhs, Range srcRange) {
        this.lhs = lhs;
        this.op = op;
        this.rhs = rhs;
        this.srcRange = srcRange;
    }

    public Expr lhs() {
        return lhs;
    }

    public Operation op() {
        return op;
    }

    public Expr rhs() {
        return rhs;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        List<Parameter> params = op.impl().params();
        Diagnostics diags = new Diagnostics();
        Evaluated l = lhs.value(ctx);
        Evaluated r = rhs.value(ctx);
        diags.addAll(l.diagnostics()).addAll(r.diagnostics());
        CtyValue lv = l.value();
        CtyValue rv = r.value();
        try {
            lv = Convert.convert(lv, params.get(0).type());
        } catch (ConversionException e) {
            diags.add(new Diagnostic(Severity.ERROR, "Invalid operand",
                    "Unsuitable value for left operand: " + e.rawMessage() + ".", lhs.range(), srcRange, lhs, ctx));
        }
        try {
            rv = Convert.convert(rv, params.get(1).type());
        } catch (ConversionException e) {
            diags.add(new Diagnostic(Severity.ERROR, "Invalid operand",
                    "Unsuitable value for right operand: " + e.rawMessage() + ".", rhs.range(), srcRange, rhs, ctx));
        }
        if (diags.hasErrors()) {
            return new Evaluated(CtyValue.unknownVal(op.type()), diags);
        }
        try {
            return new Evaluated(op.impl().call(List.of(lv, rv)), diags);
        } catch (FunctionException e) {
            diags.add(new Diagnostic(Severity.ERROR, "Operation failed",
                    "Error during operation: " + e.getMessage() + ".", srcRange, null, this, ctx));
            return new Evaluated(CtyValue.unknownVal(op.type()), diags);
        }
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return lhs.startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(lhs);
        visitor.accept(rhs);
    }
}
