package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Severity;
import io.vertiform.hcl.Traversal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One block of a type read as arbitrary attributes, giving a map of {@code elementType}. */
public record BlockAttrsSpec(String typeName, CtyType elementType, boolean required) implements Spec,
        Spec.BlockReader, Spec.VariableReader {

    @Override
    public List<BodySchema.BlockHeaderSchema> blockHeaderSchemata() {
        return List.of(new BodySchema.BlockHeaderSchema(typeName, List.of()));
    }

    @Override
    public Spec nestedSpec() {
        return new NoopSpec();
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        Block block = BlockSpec.first(content, typeName);
        if (block == null) {
            return List.of();
        }
        Result<Map<String, Attribute>> attrs = block.body().justAttributes();
        if (attrs.hasErrors()) {
            return List.of();
        }
        List<Traversal> vars = new ArrayList<>();
        for (Attribute a : attrs.value().values()) {
            vars.addAll(a.expr().variables());
        }
        vars.sort(Comparator.comparingInt(t -> t.sourceRange().start().byteOffset()));
        return vars;
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Diagnostics diags = new Diagnostics();
        Block block = null;
        Block other = null;
        for (Block candidate : content.blocks()) {
            if (!candidate.type().equals(typeName)) {
                continue;
            }
            if (block != null) {
                other = candidate;
                break;
            }
            block = candidate;
        }
        if (block == null) {
            if (required) {
                diags.add(Diagnostic.error("Missing " + typeName + " block", "A block of type "
                        + GoQuote.quote(typeName) + " is required here.", content.missingItemRange()));
            }
            return new Evaluated(CtyValue.nullVal(CtyType.map(elementType)), diags);
        }
        if (other != null) {
            diags.add(Diagnostic.error("Duplicate " + typeName + " block", "Only one block of type "
                    + GoQuote.quote(typeName) + " is allowed. Previous definition was at " + block.defRange() + ".",
                    other.defRange()));
        }
        Result<Map<String, Attribute>> attrs = block.body().justAttributes();
        diags.addAll(attrs.diagnostics());
        if (attrs.value().isEmpty()) {
            return new Evaluated(CtyValue.mapValEmpty(elementType), diags);
        }
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        for (Attribute attr : attrs.value().values()) {
            Evaluated ev = attr.expr().value(ctx);
            diags.addAll(ev.diagnostics());
            CtyValue v;
            try {
                v = Convert.convert(ev.value(), elementType);
            } catch (ConversionException e) {
                diags.add(new Diagnostic(Severity.ERROR, "Invalid attribute value", "Invalid value for attribute of "
                        + GoQuote.quote(typeName) + " block: " + e.rawMessage() + ".", attr.expr().range(),
                        Range.between(attr.nameRange(), attr.expr().range()), attr.expr(), ctx));
                v = CtyValue.unknownVal(elementType);
            }
            vals.put(attr.name(), v);
        }
        return new Evaluated(CtyValue.mapVal(vals), diags);
    }

    @Override
    public CtyType impliedType() {
        return CtyType.map(elementType);
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        Block block = BlockSpec.first(content, typeName);
        return block == null ? content.missingItemRange() : block.defRange();
    }
}
