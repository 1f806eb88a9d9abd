package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Entry points of hcldec (hcl's hcldec/public.go). */
public final class Hcldec {
    private Hcldec() {
    }

    /** Decodes {@code body} by {@code spec}; items the spec does not mention are errors. */
    public static Evaluated decode(Body body, Spec spec, EvalContext ctx) {
        return decode(body, List.of(), ctx, spec);
    }

    /** The outcome of {@link #partialDecode}. */
    public record Partial(Evaluated result, Body remain) {
    }

    /** Decodes what {@code spec} mentions and returns the rest of the body for further decoding. */
    public static Partial partialDecode(Body body, Spec spec, EvalContext ctx) {
        Body.PartialContent pc = body.partialContent(impliedSchema(spec));
        Evaluated val = spec.decode(pc.content(), List.of(), ctx);
        Diagnostics diags = pc.diagnostics().addAll(val.diagnostics());
        return new Partial(new Evaluated(val.value(), diags), pc.remain());
    }

    static Evaluated decode(Body body, List<Spec.BlockLabel> labels, EvalContext ctx, Spec spec) {
        Result<BodyContent> content = body.content(impliedSchema(spec));
        Evaluated val = spec.decode(content.value(), labels, ctx);
        return new Evaluated(val.value(), content.diagnostics().addAll(val.diagnostics()));
    }

    public static CtyType impliedType(Spec spec) {
        return spec.impliedType();
    }

    /** The body schema a spec reads: attributes and blocks of every spec reading the same body. */
    public static BodySchema impliedSchema(Spec spec) {
        List<BodySchema.AttributeSchema> attrs = new ArrayList<>();
        List<BodySchema.BlockHeaderSchema> blocks = new ArrayList<>();
        walk(spec, s -> {
            if (s instanceof Spec.AttrReader a) {
                attrs.addAll(a.attrSchemata());
            }
            if (s instanceof Spec.BlockReader b) {
                blocks.addAll(b.blockHeaderSchemata());
            }
        });
        return new BodySchema(attrs, blocks);
    }

    public static Range sourceRange(Body body, Spec spec) {
        return sourceRange(body, List.of(), spec);
    }

    static Range sourceRange(Body body, List<Spec.BlockLabel> labels, Spec spec) {
        BodyContent content = body.partialContent(impliedSchema(spec)).content();
        return spec.sourceRange(content, labels);
    }

    /** The variable references decoding {@code body} by {@code spec} would need. */
    public static List<Traversal> variables(Body body, Spec spec) {
        List<Traversal> vars = new ArrayList<>();
        BodyContent content = body.partialContent(impliedSchema(spec)).content();
        if (spec instanceof Spec.VariableReader v) {
            vars.addAll(v.variablesNeeded(content));
        }
        spec.visitSameBodyChildren(child -> walk(child, s -> {
            if (s instanceof Spec.VariableReader v) {
                vars.addAll(v.variablesNeeded(content));
            }
        }));
        return vars;
    }

    /** The nested spec of each block type the spec reads directly. */
    public static Map<String, Spec> childBlockTypes(Spec spec) {
        Map<String, Spec> ret = new LinkedHashMap<>();
        walk(spec, s -> {
            if (s instanceof Spec.BlockReader b) {
                Spec nested = b.nestedSpec();
                if (nested != null) {
                    for (BodySchema.BlockHeaderSchema h : b.blockHeaderSchemata()) {
                        ret.put(h.type(), nested);
                    }
                }
            }
        });
        return ret;
    }

    /** Calls {@code f} on {@code spec} and every spec reading the same body below it. */
    private static void walk(Spec spec, Consumer<Spec> f) {
        f.accept(spec);
        spec.visitSameBodyChildren(child -> walk(child, f));
    }

    static List<Spec.BlockLabel> labelsForBlock(Block block) {
        List<Spec.BlockLabel> ret = new ArrayList<>();
        for (int i = 0; i < block.labels().size(); i++) {
            ret.add(new Spec.BlockLabel(block.labels().get(i), block.labelRanges().get(i)));
        }
        return ret;
    }

    /** Names of the labels {@link BlockLabelSpec}s inside {@code spec} read, by index; null when none. */
    static List<String> findLabelSpecs(Spec spec) {
        Map<Integer, String> names = new LinkedHashMap<>();
        int[] maxIdx = {-1};
        walk(spec, s -> {
            if (s instanceof BlockLabelSpec l) {
                maxIdx[0] = Math.max(maxIdx[0], l.index());
                names.put(l.index(), l.name());
            }
        });
        if (maxIdx[0] < 0) {
            return List.of();
        }
        List<String> ret = new ArrayList<>();
        for (int i = 0; i <= maxIdx[0]; i++) {
            String name = names.get(i);
            ret.add(name == null || name.isEmpty() ? String.format("missing%02d", i) : name);
        }
        return ret;
    }
}
