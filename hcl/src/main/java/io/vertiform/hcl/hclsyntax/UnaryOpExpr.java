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

import java.util.List;
import java.util.function.Consumer;

/** {@code -x} or {@code !x}. */
public final class UnaryOpExpr extends AbstractExpr {
    private final Operation op;
    private final Expr val;
    private final Range srcRange;
    private final Range symbolRange;

    public UnaryOpExpr(Operation op, Expr val, Range srcRange, Range symbolRange) {
        this.op = op;
        this.val = val;
        this.srcRange = srcRange;
        this.symbolRange = symbolRange;
    }

    public Operation op() {
        return op;
    }

    public Expr operand() {
        return val;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated given = val.value(ctx);
        Diagnostics diags = new Diagnostics().addAll(given.diagnostics());
        CtyValue v = given.value();
        try {
            v = Convert.convert(v, op.impl().params().get(0).type());
        } catch (ConversionException e) {
            diags.add(new Diagnostic(Severity.ERROR, "Invalid operand",
                    "Unsuitable value for unary operand: " + e.rawMessage() + ".", val.range(), srcRange, val, ctx));
        }
        if (diags.hasErrors()) {
            return new Evaluated(CtyValue.unknownVal(op.type()), diags);
        }
        try {
            return new Evaluated(op.impl().call(List.of(v)), diags);
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
        return symbolRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(val);
    }
}
