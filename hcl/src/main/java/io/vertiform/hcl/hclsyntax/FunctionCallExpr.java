package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.function.FunctionException;
import io.vertiform.hcl.function.Parameter;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A function call: {@code name(args)}, where a final {@code ...} expands a sequence into arguments. */
public final class FunctionCallExpr extends AbstractExpr implements Expression.CallCapable {
    private final String name;
    private final List<Expr> args;
    private final boolean expandFinal;
    private final Range nameRange;
    private final Range openParenRange;
    private final Range closeParenRange;

    public FunctionCallExpr(String name, List<Expr> args, boolean expandFinal, Range nameRange, Range openParenRange,
                            Range closeParenRange) {
        this.name = name;
        this.args = List.copyOf(args);
        this.expandFinal = expandFinal;
        this.nameRange = nameRange;
        this.openParenRange = openParenRange;
        this.closeParenRange = closeParenRange;
    }

    public String name() {
        return name;
    }

    public List<Expr> args() {
        return args;
    }

    public boolean expandFinal() {
        return expandFinal;
    }

    public Range nameRange() {
        return nameRange;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Function f = null;
        boolean anyFunctions = false;
        for (EvalContext c = ctx; c != null; c = c.parent()) {
            Map<String, Function> funcs = c.functions();
            if (funcs == null) {
                continue;
            }
            anyFunctions = true;
            f = funcs.get(name);
            if (f != null) {
                break;
            }
        }
        if (f == null) {
            if (!anyFunctions) {
                return fail(diag("Function calls not allowed", "Functions may not be called here.", range(), null,
                        this, ctx));
            }
            List<String> avail = ctx.functions() == null ? List.of()
                    : ctx.functions().keySet().stream().sorted().toList();
            String suggestion = Levenshtein.suggestion(name, avail);
            String detail = "There is no function named " + GoQuote.quote(name) + "."
                    + (suggestion.isEmpty() ? "" : " Did you mean " + GoQuote.quote(suggestion) + "?");
            return fail(diag("Call to unknown function", detail, nameRange, range(), this, ctx));
        }

        Diagnostics diags = new Diagnostics();
        List<Parameter> params = f.params();
        Parameter varParam = f.varParam();
        List<Expr> callArgs = args;
        if (expandFinal) {
            Expr expandExpr = args.get(args.size() - 1);
            Evaluated expanded = expandExpr.value(ctx);
            diags.addAll(expanded.diagnostics());
            if (expanded.hasErrors()) {
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
            CtyValue expandVal = expanded.value();
            CtyType t = expandVal.type();
            if (t.isDynamic() || t.isTupleType() || t.isListType() || t.isSetType()) {
                if (expandVal.isNull()) {
                    diags.add(diag("Invalid expanding argument value",
                            "The expanding argument (indicated by ...) must not be null.", expandExpr.range(),
                            range(), expandExpr, ctx));
                    return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
                }
                if (t.isDynamic() || !expandVal.isKnown()) {
                    return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
                }
                // Marks on the collection move onto each element so they still reach the result.
                CtyValue unmarked = expandVal.unmark();
                List<Expr> newArgs = new ArrayList<>(args.subList(0, args.size() - 1));
                for (CtyValue element : unmarked.elements()) {
                    newArgs.add(new LiteralValueExpr(element.withMarks(expandVal.marks()), expandExpr.range()));
                }
                callArgs = newArgs;
            } else {
                diags.add(diag("Invalid expanding argument value",
                        "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
                        expandExpr.range(), range(), expandExpr, ctx));
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
        }

        if (callArgs.size() < params.size()) {
            Parameter missing = params.get(callArgs.size());
            String qual = varParam != null ? " at least" : "";
            return fail(diag("Not enough function arguments", "Function " + GoQuote.quote(name) + " expects" + qual
                    + " " + params.size() + " argument(s). Missing value for " + GoQuote.quote(missing.name()) + ".",
                    closeParenRange, range(), this, ctx));
        }
        if (varParam == null && callArgs.size() > params.size()) {
            return fail(diag("Too many function arguments", "Function " + GoQuote.quote(name) + " expects only "
                    + params.size() + " argument(s).", callArgs.get(params.size()).startRange(), range(), this, ctx));
        }

        List<CtyValue> argVals = new ArrayList<>(callArgs.size());
        for (int i = 0; i < callArgs.size(); i++) {
            Expr argExpr = callArgs.get(i);
            Parameter param = i < params.size() ? params.get(i) : varParam;
            Evaluated arg = argExpr.value(ctx);
            diags.addAll(arg.diagnostics());
            CtyValue val = arg.value();
            try {
                val = Convert.convert(val, param.type());
            } catch (ConversionException e) {
                diags.add(diag("Invalid function argument", "Invalid value for " + GoQuote.quote(param.name())
                        + " parameter: " + e.rawMessage() + ".", argExpr.startRange(), range(), argExpr, ctx));
            }
            argVals.add(val);
        }
        if (diags.hasErrors()) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }

        try {
            return new Evaluated(f.call(argVals), diags);
        } catch (FunctionException err) {
            diags.add(callFailure(err, params, varParam, callArgs, ctx));
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
    }

    private Diagnostic callFailure(FunctionException err, List<Parameter> params, Parameter varParam,
                                   List<Expr> callArgs, EvalContext ctx) {
        String failed = "Call to function " + GoQuote.quote(name) + " failed: " + err.getMessage() + ".";
        if (!err.isArgError()) {
            return diag("Error in function call", failed, startRange(), range(), this, ctx);
        }
        int i = err.argIndex();
        Parameter param = i < params.size() ? params.get(i) : varParam;
        if (param == null || i > callArgs.size() - 1) {
            if (param != null) {
                return diag("Invalid function argument", "Invalid value for " + GoQuote.quote(param.name())
                        + " parameter: " + err.getMessage() + ".", range(), null, this, ctx);
            }
            return diag("Error in function call", failed, startRange(), range(), this, ctx);
        }
        Expr argExpr = callArgs.get(i);
        return diag("Invalid function argument", "Invalid value for " + GoQuote.quote(param.name())
                + " parameter: " + err.getMessage() + ".", argExpr.startRange(), range(), argExpr, ctx);
    }

    private static Diagnostic diag(String summary, String detail, Range subject, Range context, Expression expr,
                                   EvalContext ctx) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, context, expr, ctx);
    }

    private static Evaluated fail(Diagnostic d) {
        return Evaluated.of(CtyValue.DYNAMIC_VAL, d);
    }

    @Override
    public Range range() {
        return Range.between(nameRange, closeParenRange);
    }

    @Override
    public Range startRange() {
        return Range.between(nameRange, openParenRange);
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        args.forEach(visitor);
    }

    @Override
    public StaticCall exprCall() {
        return new StaticCall(name, nameRange, List.copyOf(args), Range.between(openParenRange, closeParenRange));
    }
}
