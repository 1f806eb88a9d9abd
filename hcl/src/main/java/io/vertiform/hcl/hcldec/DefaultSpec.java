package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code primary}'s value, or {@code fallback}'s when that is null. */
public record DefaultSpec(Spec primary, Spec fallback) implements Spec, Spec.AttrReader, Spec.BlockReader {

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Evaluated val = primary.decode(content, labels, ctx);
        if (val.value().isNull()) {
            Evaluated d = fallback.decode(content, labels, ctx);
            return new Evaluated(d.value(), val.diagnostics().addAll(d.diagnostics()));
        }
        return val;
    }

    @Override
    public CtyType impliedType() {
        return primary.impliedType();
    }

    @Override
    public List<BodySchema.AttributeSchema> attrSchemata() {
        List<BodySchema.AttributeSchema> ret = new ArrayList<>();
        if (primary instanceof AttrReader a) {
            ret.addAll(a.attrSchemata());
        }
        if (fallback instanceof AttrReader a) {
            ret.addAll(a.attrSchemata());
        }
        return ret;
    }

    @Override
    public List<BodySchema.BlockHeaderSchema> blockHeaderSchemata() {
        return primary instanceof BlockReader b ? b.blockHeaderSchemata() : List.of();
    }

    @Override
    public Spec nestedSpec() {
        return primary instanceof BlockReader b ? b.nestedSpec() : null;
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
        visitor.accept(primary);
        visitor.accept(fallback);
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        return primary.sourceRange(content, labels);
    }
}
