package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every block of a type, keyed by its labels: one map level per label name, values decoded by {@code nested}.
 * Dynamic-typed attributes are not allowed inside (maps need one element type).
 */
public record BlockMapSpec(String typeName, List<String> labelNames, Spec nested) implements Spec, Spec.BlockReader,
        Spec.VariableReader {

    public BlockMapSpec {
        labelNames = List.copyOf(labelNames);
    }

    @Override
    public List<BodySchema.BlockHeaderSchema> blockHeaderSchemata() {
        List<String> names = new ArrayList<>(labelNames);
        names.addAll(Hcldec.findLabelSpecs(nested));
        return List.of(new BodySchema.BlockHeaderSchema(typeName, names));
    }

    @Override
    public Spec nestedSpec() {
        return nested;
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        return BlockCollections.variables(content, typeName, nested);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        if (impliedType().hasDynamicTypes()) {
            throw new IllegalStateException("dynamic-typed attributes may not be used inside a BlockMapSpec");
        }
        Diagnostics diags = new Diagnostics();
        Map<String, Object> elems = new LinkedHashMap<>();
        int depth = labelNames.size();
        for (Block child : content.blocks()) {
            if (!child.type().equals(typeName)) {
                continue;
            }
            List<BlockLabel> childLabels = Hcldec.labelsForBlock(child);
            Evaluated val = Hcldec.decode(child.body(), childLabels.subList(depth, childLabels.size()), ctx, nested);
            Map<String, Object> target = elems;
            for (String key : child.labels().subList(0, depth - 1)) {
                target = (Map<String, Object>) target.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
            }
            diags.addAll(val.diagnostics());
            String key = child.labels().get(depth - 1);
            if (target.containsKey(key)) {
                StringBuilder quoted = new StringBuilder();
                for (String label : child.labels()) {
                    quoted.append(' ').append(GoQuote.quote(label));
                }
                diags.add(Diagnostic.error("Duplicate " + typeName + " block", "A block for " + typeName + quoted
                        + " was already defined. The " + typeName + " labels must be unique.", child.defRange()));
                continue;
            }
            target.put(key, val.value());
        }
        if (elems.isEmpty()) {
            return new Evaluated(CtyValue.mapValEmpty(nested.impliedType()), diags);
        }
        return new Evaluated(toMap(elems, depth), diags);
    }

    @SuppressWarnings("unchecked")
    private static CtyValue toMap(Map<String, Object> raw, int depth) {
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            vals.put(e.getKey(), depth == 1 ? (CtyValue) e.getValue()
                    : toMap((Map<String, Object>) e.getValue(), depth - 1));
        }
        return CtyValue.mapVal(vals);
    }

    @Override
    public CtyType impliedType() {
        CtyType t = nested.impliedType();
        for (int i = 0; i < labelNames.size(); i++) {
            t = CtyType.map(t);
        }
        return t;
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return BlockCollections.sourceRange(content, typeName, nested);
    }
}
