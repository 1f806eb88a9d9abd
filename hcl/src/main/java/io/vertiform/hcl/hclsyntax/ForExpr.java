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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code [for k, v in coll: val if cond]} (a tuple) or {@code {for k, v in coll: key => val... if cond}} (an
 * object, grouping values into tuples with the ellipsis).
 */
public final class ForExpr extends AbstractExpr {
    private final String keyVar;
    private final String valVar;
    private final Expr collExpr;
    private final Expr keyExpr;
    private final Expr valExpr;
    private final Expr condExpr;
    private final boolean group;
    private final Range srcRange;
    private final Range openRange;
    private final Range closeRange;

    public ForExpr(String keyVar, String valVar, Expr collExpr, Expr keyExpr, Expr valExpr, Expr condExpr,
                   boolean group, Range srcRange, Range openRange, Range closeRange) {
        this.keyVar = keyVar;
        this.valVar = valVar;
        this.collExpr = collExpr;
        this.keyExpr = keyExpr;
        this.valExpr = valExpr;
        this.condExpr = condExpr;
        this.group = group;
        this.srcRange = srcRange;
        this.openRange = openRange;
        this.closeRange = closeRange;
    }

    /** The key variable name, or "" when only values are bound. */
    public String keyVar() {
        return keyVar;
    }

    public String valVar() {
        return valVar;
    }

    public Expr collExpr() {
        return collExpr;
    }

    /** Null when producing a tuple. */
    public Expr keyExpr() {
        return keyExpr;
    }

    public Expr valExpr() {
        return valExpr;
    }

    /** Null without an {@code if} clause. */
    public Expr condExpr() {
        return condExpr;
    }

    public boolean group() {
        return group;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Diagnostics diags = new Diagnostics();
        Set<Object> marks = new HashSet<>();
        Evaluated c = collExpr.value(ctx);
        diags.addAll(c.diagnostics());
        CtyValue coll = c.value();
        if (coll.isNull()) {
            diags.add(diag("Iteration over null value",
                    "A null value cannot be used as the collection in a 'for' expression.", collExpr, ctx));
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        if (coll.type().isDynamic()) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        marks.addAll(coll.marks());
        coll = coll.unmark();
        // go-cty's CanIterateElements looks at the type only.
        if (!iterableType(coll.type())) {
            diags.add(diag("Iteration over non-iterable value", "A value of type " + coll.type().friendlyName()
                    + " cannot be used as the collection in a 'for' expression.", collExpr, ctx));
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        if (!coll.isKnown()) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }

        if (condExpr != null) {
            // An early check with unknown loop variables catches a badly-typed condition once, not per element.
            Evaluated r = condExpr.value(EvalContext.childOf(ctx, loopVars(CtyValue.DYNAMIC_VAL,
                    CtyValue.DYNAMIC_VAL)));
            diags.addAll(r.diagnostics());
            if (r.value().isNull()) {
                diags.add(diag("Condition is null", "The value of the 'if' clause must not be null.", condExpr, ctx));
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
            try {
                Convert.convert(r.value(), CtyType.BOOL);
            } catch (ConversionException e) {
                diags.add(diag("Invalid 'for' condition", "The 'if' clause value is invalid: " + e.rawMessage() + ".",
                        condExpr, ctx));
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
            if (r.hasErrors()) {
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
        }
        return keyExpr != null ? object(coll, ctx, diags, marks) : tuple(coll, ctx, diags, marks);
    }

    private static boolean iterableType(CtyType t) {
        return t.isCollectionType() || t.isTupleType() || t.isObjectType();
    }

    private Evaluated object(CtyValue coll, EvalContext ctx, Diagnostics diags, Set<Object> marks) {
        Map<String, CtyValue> vals = new HashMap<>();
        Map<String, List<CtyValue>> groups = new LinkedHashMap<>();
        boolean known = true;
        for (Map.Entry<CtyValue, CtyValue> element : elements(coll)) {
            EvalContext child = EvalContext.childOf(ctx, loopVars(element.getKey(), element.getValue()));
            if (condExpr != null) {
                Evaluated inc = condExpr.value(child);
                diags.addAll(inc.diagnostics());
                CtyValue includeRaw = inc.value();
                if (includeRaw.isNull()) {
                    if (known) {
                        diags.add(diag("Invalid 'for' condition", "The value of the 'if' clause must not be null.",
                                condExpr, child));
                    }
                    known = false;
                    continue;
                }
                CtyValue include;
                try {
                    include = Convert.convert(includeRaw, CtyType.BOOL);
                } catch (ConversionException e) {
                    if (known) {
                        diags.add(diag("Invalid 'for' condition", "The 'if' clause value is invalid: "
                                + e.rawMessage() + ".", condExpr, child));
                    }
                    known = false;
                    continue;
                }
                if (!include.isKnown()) {
                    known = false;
                    continue;
                }
                marks.addAll(include.marks());
                if (!include.unmark().asBool()) {
                    continue;
                }
            }
            Evaluated k = keyExpr.value(child);
            diags.addAll(k.diagnostics());
            CtyValue keyRaw = k.value();
            if (keyRaw.isNull()) {
                if (known) {
                    diags.add(diag("Invalid object key",
                            "Key expression in 'for' expression must not produce a null value.", keyExpr, child));
                }
                known = false;
                continue;
            }
            if (!keyRaw.isKnown()) {
                known = false;
                continue;
            }
            CtyValue key;
            try {
                key = Convert.convert(keyRaw, CtyType.STRING);
            } catch (ConversionException e) {
                if (known) {
                    diags.add(diag("Invalid object key", "The key expression produced an invalid result: "
                            + e.rawMessage() + ".", keyExpr, child));
                }
                known = false;
                continue;
            }
            marks.addAll(key.marks());
            String name = key.unmark().asString();
            Evaluated v = valExpr.value(child);
            diags.addAll(v.diagnostics());
            if (group) {
                groups.computeIfAbsent(name, n -> new ArrayList<>()).add(v.value());
            } else if (vals.containsKey(name)) {
                diags.add(diag("Duplicate object key", "Two different items produced the key " + GoQuote.quote(name)
                        + " in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the "
                        + "value expression to enable grouping by key.", keyExpr, child));
            } else {
                vals.put(name, v.value());
            }
        }
        if (!known) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        if (group) {
            for (Map.Entry<String, List<CtyValue>> g : groups.entrySet()) {
                vals.put(g.getKey(), CtyValue.tupleVal(g.getValue()));
            }
        }
        return new Evaluated(CtyValue.objectVal(vals).withMarks(marks), diags);
    }

    private Evaluated tuple(CtyValue coll, EvalContext ctx, Diagnostics diags, Set<Object> marks) {
        List<CtyValue> vals = new ArrayList<>();
        boolean known = true;
        for (Map.Entry<CtyValue, CtyValue> element : elements(coll)) {
            EvalContext child = EvalContext.childOf(ctx, loopVars(element.getKey(), element.getValue()));
            if (condExpr != null) {
                Evaluated inc = condExpr.value(child);
                diags.addAll(inc.diagnostics());
                CtyValue includeRaw = inc.value();
                if (includeRaw.isNull()) {
                    if (known) {
                        diags.add(diag("Invalid 'for' condition", "The value of the 'if' clause must not be null.",
                                condExpr, child));
                    }
                    known = false;
                    continue;
                }
                if (!includeRaw.isKnown()) {
                    // The result will be unknown, but later elements may still have diagnostics to report.
                    known = false;
                    continue;
                }
                CtyValue include;
                try {
                    include = Convert.convert(includeRaw, CtyType.BOOL);
                } catch (ConversionException e) {
                    if (known) {
                        diags.add(diag("Invalid 'for' condition", "The 'if' clause value is invalid: "
                                + e.rawMessage() + ".", condExpr, child));
                    }
                    known = false;
                    continue;
                }
                marks.addAll(include.marks());
                if (!include.unmark().asBool()) {
                    continue;
                }
            }
            Evaluated v = valExpr.value(child);
            diags.addAll(v.diagnostics());
            vals.add(v.value());
        }
        if (!known) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        return new Evaluated(CtyValue.tupleVal(vals).withMarks(marks), diags);
    }

    /** go-cty's ElementIterator: index/value for sequences (value/value for sets), key/value for maps and objects. */
    static List<Map.Entry<CtyValue, CtyValue>> elements(CtyValue coll) {
        List<Map.Entry<CtyValue, CtyValue>> out = new ArrayList<>();
        CtyType t = coll.type();
        if (t.isMapType() || t.isObjectType()) {
            for (Map.Entry<String, CtyValue> e : coll.mapEntries().entrySet()) {
                out.add(Map.entry(CtyValue.stringVal(e.getKey()), e.getValue()));
            }
        } else if (t.isSetType()) {
            for (CtyValue v : coll.elements()) {
                out.add(Map.entry(v, v));
            }
        } else {
            List<CtyValue> elems = coll.elements();
            for (int i = 0; i < elems.size(); i++) {
                out.add(Map.entry(CtyValue.numberIntVal(i), elems.get(i)));
            }
        }
        return out;
    }

    private Map<String, CtyValue> loopVars(CtyValue key, CtyValue val) {
        Map<String, CtyValue> vars = new LinkedHashMap<>();
        if (!keyVar.isEmpty()) {
            vars.put(keyVar, key);
        }
        vars.put(valVar, val);
        return vars;
    }

    private Diagnostic diag(String summary, String detail, Expression subject, EvalContext ctx) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject.range(), srcRange, subject, ctx);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    public Range closeRange() {
        return closeRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(collExpr);
        Set<String> scope = new LinkedHashSet<>();
        if (!keyVar.isEmpty()) {
            scope.add(keyVar);
        }
        if (!valVar.isEmpty()) {
            scope.add(valVar);
        }
        if (keyExpr != null) {
            visitor.accept(new ChildScope(scope, keyExpr));
        }
        visitor.accept(new ChildScope(scope, valExpr));
        if (condExpr != null) {
            visitor.accept(new ChildScope(scope, condExpr));
        }
    }
}
