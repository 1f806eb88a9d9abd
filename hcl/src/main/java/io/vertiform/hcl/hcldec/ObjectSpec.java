package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An object whose attributes are decoded by the given specs from the same body. Attributes are visited in name
 * order, which fixes the order of diagnostics (hcl's Go map leaves it random).
 */
public final class ObjectSpec implements Spec {
    private final Map<String, Spec> attrs;

    public ObjectSpec(Map<String, Spec> attrs) {
        TreeMap<String, Spec> sorted = new TreeMap<>(GoStrings.ORDER);
        sorted.putAll(attrs);
        this.attrs = Collections.unmodifiableMap(sorted);
    }

    public Map<String, Spec> attrs() {
        return attrs;
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        Diagnostics diags = new Diagnostics();
        for (Map.Entry<String, Spec> e : attrs.entrySet()) {
            Evaluated v = e.getValue().decode(content, labels, ctx);
            vals.put(e.getKey(), v.value());
            diags.addAll(v.diagnostics());
        }
        return new Evaluated(CtyValue.objectVal(vals), diags);
    }

    @Override
    public CtyType impliedType() {
        Map<String, CtyType> types = new LinkedHashMap<>();
        attrs.forEach((k, s) -> types.put(k, s.impliedType()));
        return CtyType.object(types);
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
        attrs.values().forEach(visitor);
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return content.missingItemRange();
    }
}
