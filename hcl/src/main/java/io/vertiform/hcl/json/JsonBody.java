package io.vertiform.hcl.json;

import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON value read as a body (hcl's json/structure.go): an object's properties, or the properties of an array of
 * objects, are attributes or blocks as the schema says; nested objects supply block labels. A property named
 * "//" is a comment and ignored.
 */
final class JsonBody implements Body {
    private final JsonNode val;
    private final Set<String> hiddenAttrs;

    JsonBody(JsonNode val) {
        this(val, Set.of());
    }

    private JsonBody(JsonNode val, Set<String> hiddenAttrs) {
        this.val = val;
        this.hiddenAttrs = hiddenAttrs;
    }

    @Override
    public Result<BodyContent> content(BodySchema schema) {
        PartialContent partial = partialContent(schema);
        Set<String> used = ((JsonBody) partial.remain()).hiddenAttrs;
        Diagnostics diags = partial.diagnostics();
        List<String> suggestions = new ArrayList<>();
        for (BodySchema.AttributeSchema s : schema.attributes()) {
            if (!used.contains(s.name())) {
                suggestions.add(s.name());
            }
        }
        for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
            suggestions.add(s.type());
        }
        List<JsonNode.ObjectAttr> attrs = new ArrayList<>();
        diags.addAll(collectDeepAttrs(val, null, attrs));
        for (JsonNode.ObjectAttr attr : attrs) {
            String k = attr.name();
            if (k.equals("//") || used.contains(k)) {
                continue;
            }
            String suggestion = Levenshtein.suggestion(k, suggestions);
            diags.add(Diagnostic.error("Extraneous JSON object property", "No argument or block type is named "
                    + GoQuote.quote(k) + "." + (suggestion.isEmpty() ? "" : " Did you mean "
                    + GoQuote.quote(suggestion) + "?"), attr.nameRange(), attr.nameRange()));
        }
        return new Result<>(partial.content(), diags);
    }

    @Override
    public PartialContent partialContent(BodySchema schema) {
        Diagnostics diags = new Diagnostics();
        List<JsonNode.ObjectAttr> jsonAttrs = new ArrayList<>();
        diags.addAll(collectDeepAttrs(val, null, jsonAttrs));
        Set<String> usedNames = new HashSet<>(hiddenAttrs);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Map<String, BodySchema.AttributeSchema> attrSchemas = new HashMap<>();
        Map<String, BodySchema.BlockHeaderSchema> blockSchemas = new HashMap<>();
        for (BodySchema.AttributeSchema s : schema.attributes()) {
            attrSchemas.put(s.name(), s);
        }
        for (BodySchema.BlockHeaderSchema s : schema.blocks()) {
            blockSchemas.put(s.type(), s);
        }
        for (JsonNode.ObjectAttr jsonAttr : jsonAttrs) {
            String name = jsonAttr.name();
            if (hiddenAttrs.contains(name)) {
                continue;
            }
            if (attrSchemas.containsKey(name)) {
                Attribute existing = attributes.get(name);
                if (existing != null) {
                    diags.add(Diagnostic.error("Duplicate argument", "The argument " + GoQuote.quote(name)
                            + " was already set at " + existing.range() + ".", jsonAttr.nameRange(),
                            jsonAttr.nameRange()));
                    continue;
                }
                attributes.put(name, new Attribute(name, new JsonExpression(jsonAttr.value()),
                        Range.between(jsonAttr.nameRange(), jsonAttr.value().range()), jsonAttr.nameRange()));
                usedNames.add(name);
            } else if (blockSchemas.containsKey(name)) {
                BodySchema.BlockHeaderSchema s = blockSchemas.get(name);
                diags.addAll(unpackBlock(jsonAttr.value(), s.type(), jsonAttr.nameRange(), s.labelNames(),
                        List.of(), List.of(), blocks));
                usedNames.add(name);
            }
        }
        for (BodySchema.AttributeSchema s : schema.attributes()) {
            if (s.required() && !attributes.containsKey(s.name())) {
                diags.add(Diagnostic.error("Missing required argument", "The argument " + GoQuote.quote(s.name())
                        + " is required, but no definition was found.", missingItemRange()));
            }
        }
        return new PartialContent(new BodyContent(attributes, blocks, missingItemRange()),
                new JsonBody(val, usedNames), diags);
    }

    @Override
    public Result<Map<String, Attribute>> justAttributes() {
        Diagnostics diags = new Diagnostics();
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        if (!(val instanceof JsonNode.ObjectVal obj)) {
            diags.add(Diagnostic.error("Incorrect JSON value type",
                    "A JSON object is required here, setting the arguments for this block.", val.startRange()));
            return new Result<>(attrs, diags);
        }
        for (JsonNode.ObjectAttr jsonAttr : obj.attrs()) {
            String name = jsonAttr.name();
            if (name.equals("//") || hiddenAttrs.contains(name)) {
                continue;
            }
            Attribute existing = attrs.get(name);
            if (existing != null) {
                diags.add(Diagnostic.error("Duplicate attribute definition", "The argument " + GoQuote.quote(name)
                        + " was already set at " + existing.range() + ".", jsonAttr.nameRange()));
                continue;
            }
            attrs.put(name, new Attribute(name, new JsonExpression(jsonAttr.value()),
                    Range.between(jsonAttr.nameRange(), jsonAttr.value().range()), jsonAttr.nameRange()));
        }
        return new Result<>(attrs, diags);
    }

    @Override
    public Range missingItemRange() {
        if (val instanceof JsonNode.ObjectVal o) {
            return o.closeRange();
        }
        if (val instanceof JsonNode.ArrayVal a) {
            return a.openRange();
        }
        return val.startRange();
    }

    private Diagnostics unpackBlock(JsonNode v, String typeName, Range typeRange, List<String> labelsLeft,
                                    List<String> labelsUsed, List<Range> labelRanges, List<Block> blocks) {
        Diagnostics diags = new Diagnostics();
        if (!labelsLeft.isEmpty()) {
            String labelName = labelsLeft.get(0);
            List<JsonNode.ObjectAttr> attrs = new ArrayList<>();
            diags.addAll(collectDeepAttrs(v, labelName, attrs));
            if (attrs.isEmpty()) {
                diags.add(Diagnostic.error("Missing block label", "At least one object property is required, whose "
                        + "name represents the " + typeName + " block's " + labelName + ".", v.startRange()));
                return diags;
            }
            for (JsonNode.ObjectAttr p : attrs) {
                List<String> used = new ArrayList<>(labelsUsed);
                used.add(p.name());
                List<Range> ranges = new ArrayList<>(labelRanges);
                ranges.add(p.nameRange());
                diags.addAll(unpackBlock(p.value(), typeName, typeRange, labelsLeft.subList(1, labelsLeft.size()),
                        used, ranges, blocks));
            }
            return diags;
        }
        if (v instanceof JsonNode.NullVal) {
            return diags;
        }
        if (v instanceof JsonNode.ObjectVal o) {
            blocks.add(new Block(typeName, labelsUsed, new JsonBody(o), o.openRange(), typeRange, labelRanges));
        } else if (v instanceof JsonNode.ArrayVal a) {
            for (JsonNode av : a.values()) {
                // Each element should be an object; a wrong one shows when its content is requested.
                blocks.add(new Block(typeName, labelsUsed, new JsonBody(av), a.openRange(), typeRange, labelRanges));
            }
        } else {
            diags.add(Diagnostic.error("Incorrect JSON value type", "Either a JSON object or a JSON array is "
                    + "required, representing the contents of one or more " + GoQuote.quote(typeName) + " blocks.",
                    v.startRange()));
        }
        return diags;
    }

    private static Diagnostics collectDeepAttrs(JsonNode v, String labelName, List<JsonNode.ObjectAttr> out) {
        Diagnostics diags = new Diagnostics();
        if (v instanceof JsonNode.NullVal) {
            return diags;
        }
        if (v instanceof JsonNode.ObjectVal o) {
            out.addAll(o.attrs());
            return diags;
        }
        if (v instanceof JsonNode.ArrayVal a) {
            for (JsonNode ev : a.values()) {
                if (ev instanceof JsonNode.ObjectVal o) {
                    out.addAll(o.attrs());
                } else if (labelName != null) {
                    diags.add(Diagnostic.error("Incorrect JSON value type", "A JSON object is required here, to "
                            + "specify " + labelName + " labels for this block.", ev.startRange()));
                } else {
                    diags.add(Diagnostic.error("Incorrect JSON value type", "A JSON object is required here, to "
                            + "define arguments and child blocks.", ev.startRange()));
                }
            }
            return diags;
        }
        if (labelName != null) {
            diags.add(Diagnostic.error("Incorrect JSON value type", "Either a JSON object or JSON array of objects is "
                    + "required here, to specify " + labelName + " labels for this block.", v.startRange()));
        } else {
            diags.add(Diagnostic.error("Incorrect JSON value type", "Either a JSON object or JSON array of objects is "
                    + "required here, to define arguments and child blocks.", v.startRange()));
        }
        return diags;
    }
}
