package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A native syntax body: attributes (by name, in source order) and blocks (in source order). Items already
 * consumed by a {@link #partialContent} call are hidden from the remaining body it returns.
 */
public final class Body implements io.vertiform.hcl.Body, Node {
    private final Map<String, Attribute> attributes;
    private final List<Block> blocks;
    private final Set<String> hiddenAttrs;
    private final Set<String> hiddenBlocks;
    private final Range srcRange;
    private final Range endRange;

    public Body(Map<String, Attribute> attributes, List<Block> blocks, Range srcRange, Range endRange) {
        this(attributes, blocks, Set.of(), Set.of(), srcRange, endRange);
    }

    private Body(Map<String, Attribute> attributes, List<Block> blocks, Set<String> hiddenAttrs,
                 Set<String> hiddenBlocks, Range srcRange, Range endRange) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.blocks = List.copyOf(blocks);
        this.hiddenAttrs = hiddenAttrs;
        this.hiddenBlocks = hiddenBlocks;
        this.srcRange = srcRange;
        this.endRange = endRange;
    }

    /** All attributes by name, in source order (hidden ones included). */
    public Map<String, Attribute> attributes() {
        return attributes;
    }

    /** All blocks in source order (hidden ones included). */
    public List<Block> blocks() {
        return blocks;
    }

    @Override
    public Range range() {
        return srcRange;
    }

    /** The zero-length range at the body's last token. */
    public Range endRange() {
        return endRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        attributes.values().forEach(visitor);
        blocks.forEach(visitor);
    }

    @Override
    public Result<BodyContent> content(BodySchema schema) {
        PartialContent partial = partialContent(schema);
        Body remain = (Body) partial.remain();
        Diagnostics diags = partial.diagnostics();
        BodyContent content = partial.content();
        for (Attribute attr : attributes.values()) {
            if (remain.hiddenAttrs.contains(attr.name())) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (BodySchema.AttributeSchema s : schema.attributes()) {
                if (!content.attributes().containsKey(s.name())) {
                    candidates.add(s.name());
                }
            }
            String suggestion = Levenshtein.suggestion(attr.name(), candidates);
            if (!suggestion.isEmpty()) {
                suggestion = " Did you mean " + GoQuote.quote(suggestion) + "?";
            } else {
                for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
                    if (s.type().equals(attr.name())) {
                        suggestion = " Did you mean to define a block of type " + GoQuote.quote(attr.name()) + "?";
                        break;
                    }
                }
            }
            diags.add(Diagnostic.error("Unsupported argument", "An argument named " + GoQuote.quote(attr.name())
                    + " is not expected here." + suggestion, attr.nameRange()));
        }
        for (Block block : blocks) {
            if (remain.hiddenBlocks.contains(block.type())) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
                candidates.add(s.type());
            }
            String suggestion = Levenshtein.suggestion(block.type(), candidates);
            if (!suggestion.isEmpty()) {
                suggestion = " Did you mean " + GoQuote.quote(suggestion) + "?";
            } else {
                for (BodySchema.AttributeSchema s : schema.attributes()) {
                    if (s.name().equals(block.type())) {
                        suggestion = " Did you mean to define argument " + GoQuote.quote(block.type())
                                + "? If so, use the equals sign to assign it a value.";
                        break;
                    }
                }
            }
            diags.add(Diagnostic.error("Unsupported block type", "Blocks of type " + GoQuote.quote(block.type())
                    + " are not expected here." + suggestion, block.typeRange()));
        }
        return new Result<>(content, diags);
    }

    @Override
    public PartialContent partialContent(BodySchema schema) {
        Map<String, io.vertiform.hcl.Attribute> attrs = new LinkedHashMap<>();
        List<io.vertiform.hcl.Block> found = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        Set<String> newHiddenAttrs = new HashSet<>(hiddenAttrs);
        Set<String> newHiddenBlocks = new HashSet<>(hiddenBlocks);

        for (BodySchema.AttributeSchema s : schema.attributes()) {
            Attribute attr = attributes.get(s.name());
            if (hiddenAttrs.contains(s.name()) || attr == null) {
                if (s.required()) {
                    diags.add(Diagnostic.error("Missing required argument", "The argument " + GoQuote.quote(s.name())
                            + " is required, but no definition was found.", missingItemRange()));
                }
                continue;
            }
            newHiddenAttrs.add(s.name());
            attrs.put(s.name(), attr.asHclAttribute());
        }

        Map<String, BodySchema.BlockHeaderSchema> wanted = new HashMap<>();
        for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
            wanted.put(s.type(), s);
        }
        for (Block block : blocks) {
            if (hiddenBlocks.contains(block.type())) {
                continue;
            }
            BodySchema.BlockHeaderSchema s = wanted.get(block.type());
            if (s == null) {
                continue;
            }
            List<String> labelNames = s.labelNames();
            Range context = Range.between(block.typeRange(), block.openBraceRange());
            if (block.labels().size() > labelNames.size()) {
                String name = block.type();
                if (labelNames.isEmpty()) {
                    diags.add(Diagnostic.error("Extraneous label for " + name,
                            "No labels are expected for " + name + " blocks.", block.labelRanges().get(0), context));
                } else {
                    diags.add(Diagnostic.error("Extraneous label for " + name, "Only " + labelNames.size()
                            + " labels (" + String.join(", ", labelNames) + ") are expected for " + name + " blocks.",
                            block.labelRanges().get(labelNames.size()), context));
                }
                continue;
            }
            if (block.labels().size() < labelNames.size()) {
                String name = block.type();
                diags.add(Diagnostic.error("Missing " + labelNames.get(block.labels().size()) + " for " + name,
                        "All " + name + " blocks must have " + labelNames.size() + " labels ("
                                + String.join(", ", labelNames) + ").", block.openBraceRange(), context));
                continue;
            }
            found.add(block.asHclBlock());
        }
        for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
            newHiddenBlocks.add(s.type());
        }
        Body remain = new Body(attributes, blocks, newHiddenAttrs, newHiddenBlocks, srcRange, endRange);
        return new PartialContent(new BodyContent(attrs, found, missingItemRange()), remain, diags);
    }

    @Override
    public Result<Map<String, io.vertiform.hcl.Attribute>> justAttributes() {
        Map<String, io.vertiform.hcl.Attribute> attrs = new LinkedHashMap<>();
        Diagnostics diags = new Diagnostics();
        if (!blocks.isEmpty()) {
            Block example = blocks.get(0);
            diags.add(Diagnostic.error("Unexpected " + GoQuote.quote(example.type()) + " block",
                    "Blocks are not allowed here.", example.typeRange()));
        }
        for (Attribute attr : attributes.values()) {
            if (!hiddenAttrs.contains(attr.name())) {
                attrs.put(attr.name(), attr.asHclAttribute());
            }
        }
        return new Result<>(attrs, diags);
    }

    @Override
    public Range missingItemRange() {
        return srcRange.startPoint();
    }
}
