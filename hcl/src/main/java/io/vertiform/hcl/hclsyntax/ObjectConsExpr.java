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
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** {@code {k = v, ...}}: an object; a later item with the same key replaces an earlier one. */
public final class ObjectConsExpr extends AbstractExpr implements Expression.MapCapable {
    private final List<Item> items;
    private final Range srcRange;
    private final Range openRange;

    /** One {@code key = value} item. */
    public record Item(ObjectConsKeyExpr keyExpr, Expr valueExpr) {
    }

    public ObjectConsExpr(List<Item> items, Range srcRange, Range openRange) {
        this.items = List.copyOf(items);
        this.srcRange = srcRange;
        this.openRange = openRange;
    }

    public List<Item> items() {
        return items;
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        Map<String, CtyValue> vals = new HashMap<>();
        Set<Object> marks = new HashSet<>();
        Diagnostics diags = new Diagnostics();
        // Any key we cannot determine makes the object's attribute set, and so its type, unknown.
        boolean known = true;
        for (Item item : items) {
            Evaluated k = item.keyExpr.value(ctx);
            diags.addAll(k.diagnostics());
            Evaluated v = item.valueExpr.value(ctx);
            diags.addAll(v.diagnostics());
            if (k.hasErrors()) {
                known = false;
                continue;
            }
            CtyValue key = k.value();
            if (key.isNull()) {
                diags.add(new Diagnostic(Severity.ERROR, "Null value as key", "Can't use a null value as a key.",
                        item.valueExpr.range(), null, item.keyExpr, ctx));
                known = false;
                continue;
            }
            marks.addAll(key.marks());
            key = key.unmark();
            try {
                key = Convert.convert(key, CtyType.STRING);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Incorrect key type",
                        "Can't use this value as a key: " + e.rawMessage() + ".", item.keyExpr.range(), null,
                        item.keyExpr, ctx));
                known = false;
                continue;
            }
            if (!key.isKnown()) {
                known = false;
                continue;
            }
            vals.put(key.asString(), v.value());
        }
        if (!known) {
            return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
        }
        return new Evaluated(CtyValue.objectVal(vals).withMarks(marks), diags);
    }

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public Range startRange() {
        return openRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        for (Item item : items) {
            visitor.accept(item.keyExpr);
            visitor.accept(item.valueExpr);
        }
    }

    @Override
    public List<KeyValuePair> exprMap() {
        List<KeyValuePair> ret = new ArrayList<>(items.size());
        for (Item item : items) {
            ret.add(new KeyValuePair(item.keyExpr, item.valueExpr));
        }
        return ret;
    }
}
