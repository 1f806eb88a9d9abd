package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code source[*].rest} or {@code source.*.rest}: evaluates {@code each} once per element of the source, with
 * {@code item} standing for the element. A source that is not a sequence counts as a one-element tuple, or an
 * empty one when null.
 */
public final class SplatExpr extends AbstractExpr {
    private final Expr source;
    private final Expr each;
    private final AnonSymbolExpr item;
    private final Range srcRange;
    private final Range markerRange;

    public SplatExpr(Expr source, Expr each, AnonSymbolExpr item, Range srcRange, Range markerRange) {
        this.source = source;
        this.each = each;
        this.item = item;
        this.srcRange = srcRange;
        this.markerRange = markerRange;
    }

    public Expr source() {
        return source;
    }

    public Expr each() {
        return each;
    }

    public AnonSymbolExpr item() {
        return item;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Evaluated src = source.value(ctx);
        Diagnostics diags = new Diagnostics().addAll(src.diagnostics());
        if (src.hasErrors()) {
            // The item has no value here, so this only surfaces problems "each" has on its own.
            diags.addAll(item.value(ctx).diagnostics());
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        CtyValue sourceVal = src.value();
        CtyType sourceTy = sourceVal.type();
        boolean autoUpgrade = !(sourceTy.isTupleType() || sourceTy.isListType() || sourceTy.isSetType());
        if (sourceVal.isNull()) {
            if (autoUpgrade) {
                return new Evaluated(CtyValue.EMPTY_TUPLE_VAL, diags);
            }
            diags.add(new Diagnostic(Severity.ERROR, "Splat of null value",
                    "Splat expressions (with the * symbol) cannot be applied to null sequences.", source.range(),
                    Range.between(source.range(), markerRange), source, ctx));
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        if (sourceTy.isDynamic()) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        boolean upgradedUnknown = false;
        if (autoUpgrade) {
            // An unknown single value may turn out null, which would change the element count.
            upgradedUnknown = !sourceVal.isKnown();
            sourceVal = CtyValue.tupleVal(List.of(sourceVal));
            sourceTy = sourceVal.type();
        }
        if (!sourceVal.isKnown()) {
            TypeResult rt = resultType(ctx, sourceTy);
            diags.addAll(rt.diagnostics);
            return new Evaluated(CtyValue.unknownVal(rt.type), diags);
        }

        EvalContext itemCtx = ctx == null ? EvalContext.childOf(null, null) : ctx;
        CtyValue unmarked = sourceVal.unmark();
        List<CtyValue> vals = new ArrayList<>();
        boolean isKnown = true;
        for (CtyValue element : unmarked.elements()) {
            item.setValue(itemCtx, element);
            Evaluated v = each.value(itemCtx);
            diags.addAll(v.diagnostics());
            if (v.hasErrors()) {
                isKnown = false;
            }
            vals.add(v.value());
        }
        item.clearValue(itemCtx);
        if (upgradedUnknown) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        if (!isKnown) {
            // The type computation would only repeat the errors already reported.
            return new Evaluated(CtyValue.unknownVal(resultType(ctx, sourceTy).type), diags);
        }
        if (sourceTy.isListType() || sourceTy.isSetType()) {
            if (vals.isEmpty()) {
                TypeResult rt = resultType(ctx, sourceTy);
                diags.addAll(rt.diagnostics);
                return new Evaluated(CtyValue.listValEmpty(rt.type.elementType()), diags);
            }
            return new Evaluated(CtyValue.listVal(vals).withMarks(sourceVal.marks()), diags);
        }
        return new Evaluated(CtyValue.tupleVal(vals).withMarks(sourceVal.marks()), diags);
    }

    private record TypeResult(CtyType type, Diagnostics diagnostics) {
    }

    /** The result type, found by evaluating {@code each} with unknown elements of the source's element types. */
    private TypeResult resultType(EvalContext ctx, CtyType sourceTy) {
        EvalContext child = EvalContext.childOf(ctx, null);
        Diagnostics diags = new Diagnostics();
        if (sourceTy.isListType() || sourceTy.isSetType()) {
            item.setValue(child, CtyValue.unknownVal(sourceTy.elementType()));
            Evaluated v = each.value(child);
            diags.addAll(v.diagnostics());
            item.clearValue(child);
            return new TypeResult(CtyType.list(v.value().type()), diags);
        }
        if (sourceTy.isTupleType()) {
            List<CtyType> types = new ArrayList<>();
            for (CtyType ety : sourceTy.tupleElementTypes()) {
                item.setValue(child, CtyValue.unknownVal(ety));
                Evaluated v = each.value(child);
                diags.addAll(v.diagnostics());
                item.clearValue(child);
                types.add(v.value().type());
            }
            return new TypeResult(CtyType.tuple(types), diags);
        }
        return new TypeResult(CtyType.DYNAMIC, diags);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return markerRange;
    }

    public Range markerRange() {
        return markerRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(source);
        visitor.accept(each);
    }
}
