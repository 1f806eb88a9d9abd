package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Severity;
import io.vertiform.hcl.Traversal;

import java.util.List;
import java.util.function.Consumer;

/** An attribute's value converted to {@code type}; null of that type when absent (an error if required). */
public record AttrSpec(String name, CtyType type, boolean required) implements Spec, Spec.AttrReader,
        Spec.VariableReader {

    @Override
    public List<BodySchema.AttributeSchema> attrSchemata() {
        return List.of(new BodySchema.AttributeSchema(name, required));
    }

    @Override
    public List<Traversal> variablesNeeded(BodyContent content) {
        Attribute attr = content.attributes().get(name);
        return attr == null ? List.of() : attr.expr().variables();
    }

    @Override
    public Evaluated decode(BodyContent content, List<BlockLabel> labels, EvalContext ctx) {
        Attribute attr = content.attributes().get(name);
        if (attr == null) {
            return Evaluated.of(CtyValue.nullVal(type));
        }
        Evaluated ev = attr.expr().value(ctx);
        try {
            return new Evaluated(Convert.convert(ev.value(), type), ev.diagnostics());
        } catch (ConversionException e) {
            ev.diagnostics().add(new Diagnostic(Severity.ERROR, "Incorrect attribute value type",
                    "Inappropriate value for attribute " + GoQuote.quote(name) + ": " + e.rawMessage() + ".",
                    attr.expr().range(), Range.between(attr.nameRange(), attr.expr().range()), attr.expr(), ctx));
            return new Evaluated(CtyValue.unknownVal(type), ev.diagnostics());
        }
    }

    @Override
    public CtyType impliedType() {
        return type;
    }

    @Override
    public void visitSameBodyChildren(Consumer<Spec> visitor) {
    }

    @Override
    public Range sourceRange(BodyContent content, List<BlockLabel> labels) {
        Attribute attr = content.attributes().get(name);
        return attr == null ? content.missingItemRange() : attr.expr().range();
    }
}
