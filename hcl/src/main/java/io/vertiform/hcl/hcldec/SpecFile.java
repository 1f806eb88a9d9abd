package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.StaticExpr;
import io.vertiform.hcl.ext.TypeExpr;
import io.vertiform.hcl.ext.UserFunctions;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.function.Stdlib;
import io.vertiform.hcl.hclsyntax.HclSyntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec file language of the {@code hcldec} command (hcl's cmd/hcldec/spec-format.md): {@code function} and
 * {@code variables} blocks, then exactly one root spec block among {@code object}, {@code array}, {@code literal},
 * {@code attr}, {@code block}, {@code block_list}, {@code block_set}, {@code block_map}, {@code default} and
 * {@code transform}.
 *
 * <p>Two deliberate differences from the Go command: {@code type} expressions are read as type constraints
 * ({@link TypeExpr}), giving the same types for every valid expression but typeexpr's wording for invalid ones; and a
 * {@code default} block with a single nested spec gets its "useless default" warning where the Go command crashes
 * on an out-of-range index.
 */
public final class SpecFile {
    private static final List<String> SPEC_BLOCK_TYPES = List.of("object", "array", "literal", "attr", "block",
            "block_list", "block_map", "block_set", "default", "transform");
    private static final BodySchema UNLABELLED = schema(List.of());
    private static final BodySchema LABELLED = schema(List.of("key"));
    private static final Spec ERR_SPEC = new LiteralSpec(CtyValue.nullVal(CtyType.DYNAMIC));

    /** Variables and functions the spec file defines for the input files, and the root spec. */
    public record Content(Map<String, CtyValue> variables, Map<String, Function> functions, Spec rootSpec) {
    }

    private final EvalContext specCtx = EvalContext.of(null, Stdlib.hcldecFunctions());

    private SpecFile() {
    }

    private static BodySchema schema(List<String> labels) {
        List<BodySchema.BlockHeaderSchema> blocks = new ArrayList<>();
        for (String t : SPEC_BLOCK_TYPES) {
            blocks.add(new BodySchema.BlockHeaderSchema(t, labels));
        }
        return new BodySchema(List.of(), blocks);
    }

    /** Loads a spec file; on errors the root spec is a null literal. */
    public static Result<Content> load(byte[] src, String filename) {
        Result<File> file = HclSyntax.parseConfig(src, filename, Pos.INITIAL);
        if (file.hasErrors()) {
            return new Result<>(new Content(Map.of(), Map.of(), ERR_SPEC), file.diagnostics());
        }
        return new SpecFile().decodeFile(file.value().body(), file.diagnostics());
    }

    private Result<Content> decodeFile(Body body, Diagnostics diags) {
        UserFunctions.Decoded funcs = UserFunctions.decode(body, "function", () -> specCtx);
        diags.addAll(funcs.diagnostics());
        BodySchema varsSchema = new BodySchema(List.of(),
                List.of(new BodySchema.BlockHeaderSchema("variables", List.of())));
        Body.PartialContent vc = funcs.remain().partialContent(varsSchema);
        diags.addAll(vc.diagnostics());
        Map<String, CtyValue> vars = new LinkedHashMap<>();
        for (Block block : vc.content().blocks()) {
            Result<Map<String, Attribute>> attrs = block.body().justAttributes();
            diags.addAll(attrs.diagnostics());
            for (Attribute attr : attrs.value().values()) {
                Evaluated v = attr.expr().value(specCtx);
                diags.addAll(v.diagnostics());
                vars.put(attr.name(), v.value());
            }
        }
        Spec root = decodeRoot(vc.remain(), diags, "A spec file must have exactly one root block specifying how to "
                + "map to a JSON value.");
        Map<String, Function> functions = funcs.functions() == null ? Map.of() : funcs.functions();
        return new Result<>(new Content(vars, functions, root), diags);
    }

    /** Exactly one spec block in {@code body}. */
    private Spec decodeRoot(Body body, Diagnostics diags, String detail) {
        Result<BodyContent> content = body.content(UNLABELLED);
        diags.addAll(content.diagnostics());
        List<Block> blocks = content.value().blocks();
        if (blocks.isEmpty()) {
            if (content.hasErrors()) {
                return ERR_SPEC;
            }
            diags.add(Diagnostic.error("Missing spec block", detail, body.missingItemRange()));
            return ERR_SPEC;
        }
        if (blocks.size() > 1) {
            diags.add(Diagnostic.error("Extraneous spec block", detail, blocks.get(1).defRange()));
            return ERR_SPEC;
        }
        return decodeSpecBlock(blocks.get(0), diags);
    }

    private Spec decodeSpecBlock(Block block, Diagnostics diags) {
        String impliedName = block.labels().isEmpty() ? "" : block.labels().get(0);
        switch (block.type()) {
            case "object":
                return decodeObject(block.body(), diags);
            case "array":
                return decodeArray(block.body(), diags);
            case "attr":
                return decodeAttr(block.body(), impliedName, diags);
            case "block":
                return decodeBlock(block.body(), impliedName, diags);
            case "block_list":
            case "block_set":
                return decodeBlockCollection(block.body(), impliedName, block.type(), diags);
            case "block_map":
                return decodeBlockMap(block.body(), impliedName, diags);
            case "default":
                return decodeDefault(block.body(), diags);
            case "transform":
                return decodeTransform(block.body(), diags);
            case "literal":
                return decodeLiteral(block.body(), diags);
            default:
                diags.add(Diagnostic.error("Invalid spec block", "Blocks of type " + io.vertiform.hcl.GoQuote.quote(
                        block.type()) + " are not expected here.", block.typeRange()));
                return ERR_SPEC;
        }
    }

    private Spec decodeObject(Body body, Diagnostics diags) {
        Result<BodyContent> content = body.content(LABELLED);
        diags.addAll(content.diagnostics());
        Map<String, Spec> attrs = new LinkedHashMap<>();
        for (Block block : content.value().blocks()) {
            attrs.put(block.labels().get(0), decodeSpecBlock(block, diags));
        }
        return new ObjectSpec(attrs);
    }

    private Spec decodeArray(Body body, Diagnostics diags) {
        Result<BodyContent> content = body.content(UNLABELLED);
        diags.addAll(content.diagnostics());
        List<Spec> elems = new ArrayList<>();
        for (Block block : content.value().blocks()) {
            elems.add(decodeSpecBlock(block, diags));
        }
        return new TupleSpec(elems);
    }

    private Spec decodeAttr(Body body, String impliedName, Diagnostics diags) {
        Args args = Args.decode(body, List.of("name", "required"), List.of("type"), false, null);
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        String name = args.string("name", impliedName);
        boolean required = args.bool("required");
        Result<CtyType> type = args.type("type");
        diags.addAll(type.diagnostics());
        if (name.isEmpty()) {
            diags.add(Diagnostic.error("Missing name in attribute spec", "The name attribute is required, to specify "
                    + "the attribute name that is expected in an input HCL file.", body.missingItemRange()));
            return ERR_SPEC;
        }
        return new AttrSpec(name, type.value(), required);
    }

    private Spec decodeBlock(Body body, String impliedName, Diagnostics diags) {
        Args args = Args.decode(body, List.of("block_type", "required"), List.of(), true, null);
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        Spec nested = decodeRoot(args.remain, diags, "A block spec must have exactly one child spec specifying how "
                + "to decode block contents.");
        return new BlockSpec(args.string("block_type", impliedName), nested, args.bool("required"));
    }

    private Spec decodeBlockCollection(Body body, String impliedName, String kind, Diagnostics diags) {
        Args args = Args.decode(body, List.of("block_type", "min_items", "max_items"), List.of(), true, null);
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        String typeName = args.string("block_type", impliedName);
        Spec nested = decodeRoot(args.remain, diags, "A block spec must have exactly one child spec specifying how "
                + "to decode block contents.");
        if (typeName.isEmpty()) {
            diags.add(Diagnostic.error("Missing block_type in " + kind + " spec", "The block_type attribute is "
                    + "required, to specify the block type name that is expected in an input HCL file.",
                    body.missingItemRange()));
            return ERR_SPEC;
        }
        int min = args.integer("min_items");
        int max = args.integer("max_items");
        return kind.equals("block_list") ? new BlockListSpec(typeName, nested, min, max)
                : new BlockSetSpec(typeName, nested, min, max);
    }

    private Spec decodeBlockMap(Body body, String impliedName, Diagnostics diags) {
        Args args = Args.decode(body, List.of("block_type", "labels"), List.of(), true, List.of("labels"));
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        String typeName = args.string("block_type", impliedName);
        List<String> labels = args.strings("labels");
        Spec nested = decodeRoot(args.remain, diags, "A block spec must have exactly one child spec specifying how "
                + "to decode block contents.");
        if (typeName.isEmpty()) {
            diags.add(Diagnostic.error("Missing block_type in block_map spec", "The block_type attribute is "
                    + "required, to specify the block type name that is expected in an input HCL file.",
                    body.missingItemRange()));
            return ERR_SPEC;
        }
        if (labels.isEmpty()) {
            diags.add(Diagnostic.error("Invalid block label name list",
                    "A block_map must have at least one label specified.", body.missingItemRange()));
            return ERR_SPEC;
        }
        BlockMapSpec spec = new BlockMapSpec(typeName, labels, nested);
        if (spec.impliedType().hasDynamicTypes()) {
            diags.add(Diagnostic.error("Invalid block_map spec",
                    "A block_map spec may not contain attributes with type 'any'.", body.missingItemRange()));
        }
        return spec;
    }

    private Spec decodeDefault(Body body, Diagnostics diags) {
        Result<BodyContent> content = body.content(UNLABELLED);
        diags.addAll(content.diagnostics());
        List<Block> blocks = content.value().blocks();
        if (blocks.isEmpty()) {
            if (!content.hasErrors()) {
                diags.add(Diagnostic.error("Missing spec block", "A default block must have at least one nested "
                        + "spec, each specifying a possible outcome.", body.missingItemRange()));
            }
            return ERR_SPEC;
        }
        if (blocks.size() == 1 && !diags.hasErrors()) {
            diags.add(Diagnostic.warning("Useless default block",
                    "A default block with only one spec is equivalent to using that spec alone.",
                    blocks.get(0).defRange()));
        }
        Spec spec = null;
        for (Block block : blocks) {
            Diagnostics candidateDiags = new Diagnostics();
            Spec candidate = decodeSpecBlock(block, candidateDiags);
            diags.addAll(candidateDiags);
            if (candidateDiags.hasErrors()) {
                continue;
            }
            spec = spec == null ? candidate : new DefaultSpec(spec, candidate);
        }
        return spec == null ? ERR_SPEC : spec;
    }

    private Spec decodeTransform(Body body, Diagnostics diags) {
        Args args = Args.decode(body, List.of(), List.of("result"), true, null);
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        Result<BodyContent> nested = args.remain.content(UNLABELLED);
        diags.addAll(nested.diagnostics());
        if (nested.value().blocks().size() != 1) {
            if (!nested.hasErrors()) {
                diags.add(Diagnostic.error("Invalid transform spec",
                        "A transform spec block must have exactly one nested spec block.", body.missingItemRange()));
            }
            return ERR_SPEC;
        }
        Spec wrapped = decodeSpecBlock(nested.value().blocks().get(0), diags);
        return new TransformExprSpec(wrapped, args.expression("result"), specCtx, "nested");
    }

    private Spec decodeLiteral(Body body, Diagnostics diags) {
        Args args = Args.decode(body, List.of("value"), List.of(), false, List.of("value"));
        diags.addAll(args.diags);
        if (args.diags.hasErrors()) {
            return ERR_SPEC;
        }
        Evaluated v = args.attrs.get("value").expr().value(specCtx);
        diags.addAll(v.diagnostics());
        return new LiteralSpec(v.value());
    }

    /**
     * The arguments of one spec block, decoded the way gohcl decodes cmd/hcldec's argument structs: optional
     * arguments, raw expressions, and (for blocks with nested specs) the remaining body.
     */
    private static final class Args {
        final Map<String, Attribute> attrs;
        final Body remain;
        final Body body;
        final Diagnostics diags;

        private Args(Map<String, Attribute> attrs, Body remain, Body body, Diagnostics diags) {
            this.attrs = attrs;
            this.remain = remain;
            this.body = body;
            this.diags = diags;
        }

        static Args decode(Body body, List<String> valueArgs, List<String> exprArgs, boolean remain,
                           List<String> required) {
            List<String> names = new ArrayList<>(valueArgs);
            names.addAll(exprArgs);
            names.sort(io.vertiform.cty.GoStrings.ORDER);
            List<BodySchema.AttributeSchema> attrs = new ArrayList<>();
            for (String n : names) {
                attrs.add(new BodySchema.AttributeSchema(n, required != null && required.contains(n)));
            }
            BodySchema schema = new BodySchema(attrs, List.of());
            if (remain) {
                Body.PartialContent pc = body.partialContent(schema);
                return new Args(pc.content().attributes(), pc.remain(), body, pc.diagnostics());
            }
            Result<BodyContent> c = body.content(schema);
            return new Args(c.value().attributes(), null, body, c.diagnostics());
        }

        /** An argument's value converted to {@code type}, or null when absent or unsuitable (reported). */
        private CtyValue value(String name, CtyType type) {
            Attribute attr = attrs.get(name);
            if (attr == null) {
                return null;
            }
            Expression expr = attr.expr();
            Evaluated ev = expr.value(null);
            diags.addAll(ev.diagnostics());
            try {
                CtyValue v = Convert.convert(ev.value(), type);
                if (!v.isWhollyKnown()) {
                    diags.add(unsuitable(expr, "value must be known"));
                    return null;
                }
                return v.isNull() ? null : v;
            } catch (ConversionException e) {
                diags.add(unsuitable(expr, e.rawMessage()));
                return null;
            }
        }

        private static Diagnostic unsuitable(Expression expr, String message) {
            return Diagnostic.error("Unsuitable value type", "Unsuitable value: " + message, expr.startRange(),
                    expr.range());
        }

        String string(String name, String fallback) {
            CtyValue v = value(name, CtyType.STRING);
            return v == null ? fallback : v.asString();
        }

        boolean bool(String name) {
            CtyValue v = value(name, CtyType.BOOL);
            return v != null && v.asBool();
        }

        int integer(String name) {
            CtyValue v = value(name, CtyType.NUMBER);
            if (v == null) {
                return 0;
            }
            if (!v.asBigFloat().isInt64() || v.asBigFloat().toLong() != (int) v.asBigFloat().toLong()) {
                diags.add(unsuitable(attrs.get(name).expr(), "value must be a whole number, between "
                        + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE));
                return 0;
            }
            return (int) v.asBigFloat().toLong();
        }

        List<String> strings(String name) {
            CtyValue v = value(name, CtyType.list(CtyType.STRING));
            List<String> out = new ArrayList<>();
            if (v != null) {
                for (CtyValue e : v.elements()) {
                    out.add(e.isNull() ? "" : e.asString());
                }
            }
            return out;
        }

        /** A type expression argument; an absent one means the dynamic pseudo-type. */
        Result<CtyType> type(String name) {
            Attribute attr = attrs.get(name);
            if (attr == null) {
                return Result.of(CtyType.DYNAMIC);
            }
            return TypeExpr.typeConstraint(attr.expr());
        }

        /** An expression argument; an absent one is a null literal at the body's missing item range. */
        Expression expression(String name) {
            Attribute attr = attrs.get(name);
            if (attr != null) {
                return attr.expr();
            }
            return new StaticExpr(CtyValue.nullVal(CtyType.DYNAMIC), body.missingItemRange());
        }
    }
}
