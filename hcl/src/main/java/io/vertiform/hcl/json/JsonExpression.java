package io.vertiform.hcl.json;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Expressions;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Severity;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.hclsyntax.Expr;
import io.vertiform.hcl.hclsyntax.HclSyntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as an expression. With an evaluation context, strings (including object keys) are native syntax
 * templates; without one they are literal. Statically, a string can also be read as a traversal or a function
 * call, arrays as lists and objects as maps.
 */
public final class JsonExpression implements Expression, Expression.TraversalCapable, Expression.CallCapable,
        Expression.ListCapable, Expression.MapCapable {
    private final JsonNode src;

    JsonExpression(JsonNode src) {
        this.src = src;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        if (src instanceof JsonNode.StringVal s) {
            if (ctx == null) {
                return Evaluated.of(CtyValue.stringVal(s.value()));
            }
            Result<Expr> tmpl = template(s);
            if (tmpl.hasErrors()) {
                return new Evaluated(CtyValue.DYNAMIC_VAL, tmpl.diagnostics());
            }
            Evaluated v = tmpl.value().value(ctx);
            return new Evaluated(v.value(), tmpl.diagnostics().addAll(v.diagnostics()));
        }
        if (src instanceof JsonNode.NumberVal n) {
            return Evaluated.of(CtyValue.numberVal(n.value()));
        }
        if (src instanceof JsonNode.BooleanVal b) {
            return Evaluated.of(CtyValue.boolVal(b.value()));
        }
        if (src instanceof JsonNode.ArrayVal a) {
            Diagnostics diags = new Diagnostics();
            List<CtyValue> vals = new ArrayList<>();
            for (JsonNode v : a.values()) {
                Evaluated ev = new JsonExpression(v).value(ctx);
                vals.add(ev.value());
                diags.addAll(ev.diagnostics());
            }
            return new Evaluated(CtyValue.tupleVal(vals), diags);
        }
        if (src instanceof JsonNode.ObjectVal o) {
            return object(o, ctx);
        }
        if (src instanceof JsonNode.NullVal) {
            return Evaluated.of(CtyValue.nullVal(CtyType.DYNAMIC));
        }
        return Evaluated.of(CtyValue.DYNAMIC_VAL);
    }

    private Evaluated object(JsonNode.ObjectVal o, EvalContext ctx) {
        Diagnostics diags = new Diagnostics();
        Map<String, CtyValue> attrs = new HashMap<>();
        Map<String, Range> attrRanges = new HashMap<>();
        boolean known = true;
        for (JsonNode.ObjectAttr jsonAttr : o.attrs()) {
            Evaluated nameEv = new JsonExpression(new JsonNode.StringVal(jsonAttr.name(), jsonAttr.nameRange()))
                    .value(ctx);
            JsonExpression valExpr = new JsonExpression(jsonAttr.value());
            Evaluated val = valExpr.value(ctx);
            diags.addAll(nameEv.diagnostics()).addAll(val.diagnostics());
            CtyValue name;
            try {
                name = Convert.convert(nameEv.value(), CtyType.STRING);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid object key expression",
                        "Cannot use this expression as an object key: " + e.rawMessage() + ".", jsonAttr.nameRange(),
                        null, valExpr, ctx));
                continue;
            }
            if (name.isNull()) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid object key expression",
                        "Cannot use null value as an object key.", jsonAttr.nameRange(), null, valExpr, ctx));
                continue;
            }
            if (!name.isKnown()) {
                known = false;
                continue;
            }
            String nameStr = name.asString();
            if (attrs.containsKey(nameStr)) {
                diags.add(new Diagnostic(Severity.ERROR, "Duplicate object attribute", "An attribute named "
                        + GoQuote.quote(nameStr) + " was already defined at " + attrRanges.get(nameStr) + ".",
                        jsonAttr.nameRange(), null, this, ctx));
                continue;
            }
            attrs.put(nameStr, val.value());
            attrRanges.put(nameStr, jsonAttr.nameRange());
        }
        if (!known) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        return new Evaluated(CtyValue.objectVal(attrs), diags);
    }

    // hcl starts the template one byte and one column after the opening quote, whatever the string contains.
    private static Result<Expr> template(JsonNode.StringVal s) {
        Pos start = s.range().start();
        return HclSyntax.parseTemplate(s.value().getBytes(StandardCharsets.UTF_8), s.range().filename(),
                new Pos(start.line(), start.column() + 1, start.byteOffset() + 1));
    }

    @Override
    public List<Traversal> variables() {
        List<Traversal> vars = new ArrayList<>();
        if (src instanceof JsonNode.StringVal s) {
            Result<Expr> tmpl = template(s);
            if (!tmpl.hasErrors()) {
                vars.addAll(tmpl.value().variables());
            }
        } else if (src instanceof JsonNode.ArrayVal a) {
            for (JsonNode v : a.values()) {
                vars.addAll(new JsonExpression(v).variables());
            }
        } else if (src instanceof JsonNode.ObjectVal o) {
            for (JsonNode.ObjectAttr attr : o.attrs()) {
                vars.addAll(new JsonExpression(new JsonNode.StringVal(attr.name(), attr.nameRange())).variables());
                vars.addAll(new JsonExpression(attr.value()).variables());
            }
        }
        return vars;
    }

    @Override
    public Range range() {
        return src.range();
    }

    @Override
    public Range startRange() {
        return src.startRange();
    }

    @Override
    public Traversal asTraversal() {
        if (src instanceof JsonNode.StringVal s) {
            Result<Traversal> t = HclSyntax.parseTraversalAbs(s.value().getBytes(StandardCharsets.UTF_8),
                    s.range().filename(), s.range().start());
            return t.hasErrors() ? null : t.value();
        }
        return null;
    }

    @Override
    public StaticCall exprCall() {
        if (src instanceof JsonNode.StringVal s) {
            Result<Expr> e = HclSyntax.parseExpression(s.value().getBytes(StandardCharsets.UTF_8),
                    s.range().filename(), s.range().start());
            if (e.hasErrors()) {
                return null;
            }
            Result<StaticCall> call = Expressions.call(e.value());
            return call.hasErrors() ? null : call.value();
        }
        return null;
    }

    @Override
    public List<Expression> exprList() {
        if (src instanceof JsonNode.ArrayVal a) {
            List<Expression> ret = new ArrayList<>();
            for (JsonNode v : a.values()) {
                ret.add(new JsonExpression(v));
            }
            return ret;
        }
        return null;
    }

    @Override
    public List<KeyValuePair> exprMap() {
        if (src instanceof JsonNode.ObjectVal o) {
            List<KeyValuePair> ret = new ArrayList<>();
            for (JsonNode.ObjectAttr attr : o.attrs()) {
                ret.add(new KeyValuePair(new JsonExpression(new JsonNode.StringVal(attr.name(), attr.nameRange())),
                        new JsonExpression(attr.value())));
            }
            return ret;
        }
        return null;
    }
}
