package io.vertiform.launcher.demo.module;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.Convert;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.BodySchema.AttributeSchema;
import io.vertiform.hcl.BodySchema.BlockHeaderSchema;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.ext.TypeExpr;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the {@code *.tf} files of a directory (in name order, as Terraform does) into a {@link DemoModule}.
 * Blocks outside the subset the client evaluates ({@code data}, {@code module}, {@code locals}, ...) are reported
 * as errors rather than ignored, so the client never silently applies something else than Terraform would.
 */
public final class ModuleLoader {

    private static final BodySchema TOP = new BodySchema(List.of(), List.of(
            new BlockHeaderSchema("terraform", List.of()),
            new BlockHeaderSchema("variable", List.of("name")),
            new BlockHeaderSchema("provider", List.of("name")),
            new BlockHeaderSchema("resource", List.of("type", "name")),
            new BlockHeaderSchema("output", List.of("name"))));

    private static final BodySchema VARIABLE = new BodySchema(List.of(
            new AttributeSchema("type", false), new AttributeSchema("default", false),
            new AttributeSchema("description", false), new AttributeSchema("sensitive", false),
            new AttributeSchema("nullable", false)), List.of());

    private static final BodySchema OUTPUT = new BodySchema(List.of(
            new AttributeSchema("value", true), new AttributeSchema("description", false),
            new AttributeSchema("sensitive", false)), List.of());

    private ModuleLoader() {
    }

    public static DemoModule load(Path dir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tf")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        if (files.isEmpty()) {
            throw new ModuleException("no .tf files in " + dir);
        }
        String providerName = null;
        Body providerBody = null;
        Map<String, VariableDecl> variables = new LinkedHashMap<>();
        List<ResourceDecl> resources = new ArrayList<>();
        List<OutputDecl> outputs = new ArrayList<>();
        for (Path f : files) {
            BodyContent content = parse(f);
            for (Block b : content.blocks()) {
                switch (b.type()) {
                    case "variable" -> variables.put(b.labels().get(0), variable(b));
                    case "provider" -> {
                        if (providerName != null) {
                            throw new ModuleException(b.defRange() + ": the demo's client drives one provider"
                                    + " configuration; " + providerName + " is configured already");
                        }
                        providerName = b.labels().get(0);
                        providerBody = b.body();
                    }
                    case "resource" -> resources.add(new ResourceDecl(b.labels().get(0), b.labels().get(1),
                            b.body()));
                    case "output" -> outputs.add(output(b));
                    default -> {
                        // terraform { required_providers ... }: only the real CLI's installer needs it
                    }
                }
            }
        }
        return new DemoModule(providerName, variables, providerBody, resources, outputs);
    }

    private static BodyContent parse(Path f) {
        byte[] src;
        try {
            src = Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
        Result<File> file = HclSyntax.parseConfig(src, f.getFileName().toString(), io.vertiform.hcl.Pos.INITIAL);
        ModuleException.throwIfErrors("cannot parse " + f, file.diagnostics());
        Result<BodyContent> content = file.value().body().content(TOP);
        ModuleException.throwIfErrors("the demo's client evaluates terraform, variable, provider, resource and"
                + " output blocks; " + f + " has more", content.diagnostics());
        return content.value();
    }

    private static VariableDecl variable(Block b) {
        Result<BodyContent> r = b.body().content(VARIABLE);
        ModuleException.throwIfErrors("variable \"" + b.labels().get(0) + "\"", r.diagnostics());
        Map<String, Attribute> attrs = r.value().attributes();
        CtyType type = CtyType.DYNAMIC;
        if (attrs.containsKey("type")) {
            Result<CtyType> t = TypeExpr.typeConstraint(attrs.get("type").expr());
            ModuleException.throwIfErrors("type of variable \"" + b.labels().get(0) + "\"", t.diagnostics());
            type = t.value();
        }
        CtyValue defaultValue = null;
        if (attrs.containsKey("default")) {
            defaultValue = convert(constant(attrs.get("default"), "default of variable " + b.labels().get(0)), type,
                    "default of variable \"" + b.labels().get(0) + "\"");
        }
        boolean sensitive = attrs.containsKey("sensitive")
                && constant(attrs.get("sensitive"), "sensitive").equals(CtyValue.TRUE);
        return new VariableDecl(b.labels().get(0), type, defaultValue, sensitive);
    }

    private static OutputDecl output(Block b) {
        Result<BodyContent> r = b.body().content(OUTPUT);
        ModuleException.throwIfErrors("output \"" + b.labels().get(0) + "\"", r.diagnostics());
        Map<String, Attribute> attrs = r.value().attributes();
        boolean sensitive = attrs.containsKey("sensitive")
                && constant(attrs.get("sensitive"), "sensitive").equals(CtyValue.TRUE);
        return new OutputDecl(b.labels().get(0), attrs.get("value").expr(), sensitive);
    }

    /** Terraform evaluates these with no variables at all. */
    private static CtyValue constant(Attribute a, String what) {
        Evaluated e = a.expr().value(null);
        ModuleException.throwIfErrors(what, e.diagnostics());
        return e.value();
    }

    static CtyValue convert(CtyValue value, CtyType type, String what) {
        try {
            return Convert.convert(value, type);
        } catch (ConversionException e) {
            throw new ModuleException(what + ": " + e.getMessage());
        }
    }
}
