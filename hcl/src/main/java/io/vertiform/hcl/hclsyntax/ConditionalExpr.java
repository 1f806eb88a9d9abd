package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.Conversion;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.cty.convert.Unification;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code cond ? a : b}; both results are unified to one type, whichever is chosen. */
public final class ConditionalExpr extends AbstractExpr {
    private final Expr condition;
    private final Expr trueResult;
    private final Expr falseResult;
    private final Range srcRange;

    public ConditionalExpr(Expr condition, Expr trueResult, Expr falseResult, Range srcRange) {
        this.condition = condition;
        this.trueResult = trueResult;
        this.falseResult = falseResult;
        this.srcRange = srcRange;
    }

    public Expr condition() {
        return condition;
    }

    public Expr trueResult() {
        return trueResult;
    }

    public Expr falseResult() {
        return falseResult;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated t = trueResult.value(ctx);
        Evaluated f = falseResult.value(ctx);
        CtyValue tv = t.value();
        CtyValue fv = f.value();
        CtyValue dynamicNull = CtyValue.nullVal(CtyType.DYNAMIC);

        CtyType resultType = CtyType.DYNAMIC;
        Conversion trueConv = null;
        Conversion falseConv = null;
        if (tv.rawEquals(dynamicNull)) {
            // A literal null adapts to the other side's type.
            resultType = fv.type();
            trueConv = Convert.getConversionUnsafe(CtyType.DYNAMIC, resultType).orElse(null);
        } else if (fv.rawEquals(dynamicNull)) {
            resultType = tv.type();
            falseConv = Convert.getConversionUnsafe(CtyType.DYNAMIC, resultType).orElse(null);
        } else if (!tv.type().isDynamic() && !fv.type().isDynamic()) {
            Optional<Unification> u = Convert.unifyUnsafeWithConversions(List.of(tv.type(), fv.type()));
            if (u.isEmpty()) {
                return Evaluated.of(CtyValue.DYNAMIC_VAL, new Diagnostic(Severity.ERROR,
                        "Inconsistent conditional result types",
                        "The true and false result expressions must have consistent types. "
                                + describeTypeMismatch(tv.type(), fv.type()) + ".",
                        Range.between(trueResult.range(), falseResult.range()), srcRange, this, ctx));
            }
            resultType = u.get().type();
            trueConv = u.get().conversion(0).orElse(null);
            falseConv = u.get().conversion(1).orElse(null);
        }

        Diagnostics diags = new Diagnostics();
        Evaluated c = condition.value(ctx);
        diags.addAll(c.diagnostics());
        CtyValue cond = c.value();
        if (cond.isNull()) {
            diags.add(new Diagnostic(Severity.ERROR, "Null condition",
                    "The condition value is null. Conditions must either be true or false.", condition.range(),
                    srcRange, condition, ctx));
            return new Evaluated(CtyValue.unknownVal(resultType), diags);
        }
        if (!cond.isKnown()) {
            return new Evaluated(CtyValue.unknownVal(resultType), diags);
        }
        try {
            cond = Convert.convert(cond, CtyType.BOOL);
        } catch (ConversionException e) {
            diags.add(new Diagnostic(Severity.ERROR, "Incorrect condition type",
                    "The condition expression must be of type bool.", condition.range(), srcRange, condition, ctx));
            return new Evaluated(CtyValue.unknownVal(resultType), diags);
        }
        boolean which = cond.unmarkDeep().asBool();
        Expr chosen = which ? trueResult : falseResult;
        Evaluated result = which ? t : f;
        Conversion conv = which ? trueConv : falseConv;
        diags.addAll(result.diagnostics());
        CtyValue value = result.value();
        if (conv != null) {
            try {
                value = conv.convert(value);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Inconsistent conditional result types",
                        "The " + (which ? "true" : "false") + " result value has the wrong type: " + e.rawMessage()
                                + ".", chosen.range(), srcRange, chosen, ctx));
                value = CtyValue.unknownVal(resultType);
            }
        }
        return new Evaluated(value, diags);
    }

    /** Why two result types cannot be unified, in hclsyntax's words. */
    static String describeTypeMismatch(CtyType t, CtyType f) {
        if (t.isObjectType() && f.isObjectType()) {
            for (String name : t.attributeTypes().keySet()) {
                if (!f.hasAttribute(name)) {
                    return "The 'true' value includes object attribute " + GoQuote.quote(name)
                            + ", which is absent in the 'false' value";
                }
                CtyType ta = t.attributeType(name);
                CtyType fa = f.attributeType(name);
                if (!ta.equals(fa)) {
                    return "Type mismatch for object attribute " + GoQuote.quote(name) + ": "
                            + describeTypeMismatch(ta, fa);
                }
            }
            for (String name : f.attributeTypes().keySet()) {
                if (!t.hasAttribute(name)) {
                    return "The 'false' value includes object attribute " + GoQuote.quote(name)
                            + ", which is absent in the 'true' value";
                }
            }
        } else if (t.isTupleType() && f.isTupleType()) {
            List<CtyType> te = t.tupleElementTypes();
            List<CtyType> fe = f.tupleElementTypes();
            if (te.size() != fe.size()) {
                return "The 'true' tuple has length " + te.size() + ", but the 'false' tuple has length " + fe.size();
            }
            for (int i = 0; i < te.size(); i++) {
                if (!te.get(i).equals(fe.get(i))) {
                    return "Type mismatch for tuple element " + i + ": " + describeTypeMismatch(te.get(i), fe.get(i));
                }
            }
        } else if (t.isCollectionType() && f.isCollectionType()) {
            CtyType te = t.elementType();
            CtyType fe = f.elementType();
            boolean sameKind = (t.isListType() && f.isListType()) || (t.isMapType() && f.isMapType())
                    || (t.isSetType() && f.isSetType());
            if (sameKind && ((te.isObjectType() && fe.isObjectType()) || (te.isTupleType() && fe.isTupleType()))) {
                String noun = t.isListType() ? "list" : t.isSetType() ? "set" : "map";
                return "Mismatched " + noun + " element types: " + describeTypeMismatch(te, fe);
            }
        }
        String tn = t.friendlyName();
        String fn = f.friendlyName();
        if (tn.equals(fn)) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and "
                    + "the 'false' value";
        }
        return "The 'true' value is " + tn + ", but the 'false' value is " + fn;
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return condition.startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(condition);
        visitor.accept(trueResult);
        visitor.accept(falseResult);
    }

}
