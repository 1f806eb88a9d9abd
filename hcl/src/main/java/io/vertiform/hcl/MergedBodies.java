package io.vertiform.hcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several bodies decoded as one (hcl's {@code MergeBodies}), e.g. all the files of a directory: attributes may be
 * defined in only one of them, blocks accumulate in order.
 */
public final class MergedBodies implements Body {
    private static final MergedBodies EMPTY = new MergedBodies(List.of());
    private final List<Body> bodies;

    private MergedBodies(List<Body> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    /** A body with nothing in it. */
    public static Body empty() {
        return EMPTY;
    }

    /** The bodies merged, flattening nested merges. */
    public static Body merge(List<Body> bodies) {
        if (bodies.isEmpty()) {
            return EMPTY;
        }
        List<Body> flat = new ArrayList<>();
        for (Body b : bodies) {
            if (b instanceof MergedBodies m) {
                flat.addAll(m.bodies);
            } else {
                flat.add(b);
            }
        }
        return new MergedBodies(flat);
    }

    @Override
    public Result<BodyContent> content(BodySchema schema) {
        PartialContent pc = merged(schema, false);
        return new Result<>(pc.content(), pc.diagnostics());
    }

    @Override
    public PartialContent partialContent(BodySchema schema) {
        return merged(schema, true);
    }

    @Override
    public Result<Map<String, Attribute>> justAttributes() {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        Diagnostics diags = new Diagnostics();
        for (Body body : bodies) {
            Result<Map<String, Attribute>> these = body.justAttributes();
            diags.addAll(these.diagnostics());
            if (these.value() == null) {
                continue;
            }
            for (Attribute attr : these.value().values()) {
                Attribute existing = attrs.get(attr.name());
                if (existing != null) {
                    diags.add(Diagnostic.error("Duplicate argument", "Argument " + GoQuote.quote(attr.name())
                            + " was already set at " + existing.nameRange(), attr.nameRange()));
                    continue;
                }
                attrs.put(attr.name(), attr);
            }
        }
        return new Result<>(attrs, diags);
    }

    @Override
    public Range missingItemRange() {
        if (bodies.isEmpty()) {
            return new Range("<empty>", new Pos(0, 0, 0), new Pos(0, 0, 0));
        }
        return bodies.get(0).missingItemRange();
    }

    private PartialContent merged(BodySchema schema, boolean partial) {
        // Each body alone need not have the required attributes; the merge as a whole must.
        List<BodySchema.AttributeSchema> optional = new ArrayList<>();
        for (BodySchema.AttributeSchema a : schema.attributes()) {
            optional.add(new BodySchema.AttributeSchema(a.name(), false));
        }
        BodySchema mergedSchema = new BodySchema(optional, schema.blocks());
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<Body> leftovers = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        for (Body body : bodies) {
            BodyContent content;
            if (partial) {
                PartialContent pc = body.partialContent(mergedSchema);
                content = pc.content();
                leftovers.add(pc.remain());
                diags.addAll(pc.diagnostics());
            } else {
                Result<BodyContent> c = body.content(mergedSchema);
                content = c.value();
                diags.addAll(c.diagnostics());
            }
            for (Attribute attr : content.attributes().values()) {
                Attribute existing = attrs.get(attr.name());
                if (existing != null) {
                    diags.add(Diagnostic.error("Duplicate argument", "Argument " + GoQuote.quote(attr.name())
                            + " was already set at " + existing.nameRange(), attr.nameRange()));
                    continue;
                }
                attrs.put(attr.name(), attr);
            }
            blocks.addAll(content.blocks());
        }
        for (BodySchema.AttributeSchema a : schema.attributes()) {
            if (a.required() && !attrs.containsKey(a.name())) {
                diags.add(Diagnostic.error("Missing required argument", "The argument " + GoQuote.quote(a.name())
                        + " is required, but was not set.", null));
            }
        }
        // hcl leaves the merged content's missing item range as Go's zero range.
        Range zero = new Range("", new Pos(0, 0, 0), new Pos(0, 0, 0));
        return new PartialContent(new BodyContent(attrs, blocks, zero), merge(leftovers), diags);
    }
}
