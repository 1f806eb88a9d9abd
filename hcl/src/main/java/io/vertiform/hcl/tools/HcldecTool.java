package io.vertiform.hcl.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.File;
import io.vertiform.hcl.MergedBodies;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.hcldec.Hcldec;
import io.vertiform.hcl.hcldec.SpecFile;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.json.JsonSyntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code hcldec} command (hcl's cmd/hcldec): decodes input files by a spec file and prints the value as cty
 * JSON, or with {@code --var-refs} the variables the input references. Diagnostics go to stderr, as text or as JSON
 * ({@code --diags=json}); exit status 2 on diagnostics with errors, 1 on other failures.
 */
public final class HcldecTool {
    /** Command line options, as cmd/hcldec's flags. */
    public record Options(String spec, String out, String diags, boolean varRefs, boolean withType, boolean keepNulls,
                          List<String> vars, List<String> inputs) {
    }

    private final Options opts;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, byte[]> sources = new LinkedHashMap<>();
    private final Map<String, File> parsed = new LinkedHashMap<>();

    private HcldecTool(Options opts, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.opts = opts;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static int run(Options opts, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return new HcldecTool(opts, stdin, stdout, stderr).run();
    }

    private int run() {
        String format = opts.diags() == null ? "" : opts.diags();
        if (!format.isEmpty() && !format.equals("json")) {
            stderr.print("Invalid diagnostics format " + GoJson.quote(format) + ": only \"json\" is supported.\n");
            return 2;
        }
        try {
            return realMain(format.equals("json"));
        } catch (IOException | CtyException e) {
            stderr.print("Error: " + e.getMessage() + "\n\n");
            return 1;
        }
    }

    private int realMain(boolean jsonDiags) throws IOException {
        if (opts.spec() == null || opts.spec().isEmpty()) {
            stderr.print("Error: the --spec=... argument is required\n\n");
            return 1;
        }
        Diagnostics diags = new Diagnostics();
        Result<SpecFile.Content> spec = loadSpec(opts.spec());
        diags.addAll(spec.diagnostics());
        if (spec.hasErrors()) {
            return failWith(diags, jsonDiags);
        }
        Map<String, CtyValue> variables = new LinkedHashMap<>(spec.value().variables());
        Map<String, Function> functions = new LinkedHashMap<>(spec.value().functions());
        for (int i = 0; i < opts.vars().size(); i++) {
            String varsSpec = opts.vars().get(i);
            Result<Map<String, CtyValue>> vals = varsSpec.strip().startsWith("{")
                    ? varsBody(parseJson(varsSpec.getBytes(StandardCharsets.UTF_8), "<vars argument " + i + ">"))
                    : varsBody(parseFile(varsSpec));
            diags.addAll(vals.diagnostics());
            if (vals.value() != null) {
                variables.putAll(vals.value());
            }
        }
        EvalContext ctx = variables.isEmpty() && functions.isEmpty() ? null
                : EvalContext.of(variables.isEmpty() ? null : variables, functions.isEmpty() ? null : functions);

        List<Body> bodies = new ArrayList<>();
        if (opts.inputs().isEmpty()) {
            byte[] src = stdin.readAllBytes();
            Result<File> f = parse(src, "<stdin>", false);
            diags.addAll(f.diagnostics());
            if (!f.hasErrors()) {
                bodies.add(f.value().body());
            }
        } else {
            for (String filename : opts.inputs()) {
                Result<File> f = parseFile(filename);
                diags.addAll(f.diagnostics());
                if (!f.hasErrors()) {
                    bodies.add(f.value().body());
                }
            }
        }
        if (diags.hasErrors()) {
            return failWith(diags, jsonDiags);
        }
        Body body = bodies.isEmpty() ? MergedBodies.empty() : bodies.size() == 1 ? bodies.get(0)
                : MergedBodies.merge(bodies);

        if (opts.varRefs()) {
            writeOutput(varRefsJson(Hcldec.variables(body, spec.value().rootSpec()), ctx));
            return 0;
        }
        Evaluated val = Hcldec.decode(body, spec.value().rootSpec(), ctx);
        diags.addAll(val.diagnostics());
        if (diags.hasErrors()) {
            return failWith(diags, jsonDiags);
        }
        CtyType wantType = opts.withType() ? CtyType.DYNAMIC : val.value().type();
        String out = ValueJson.marshal(val.value(), wantType);
        if (!opts.keepNulls()) {
            out = stripNullProperties(out);
        }
        writeOutput(out);
        return 0;
    }

    private void writeOutput(String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        if (opts.out() != null && !opts.out().isEmpty()) {
            Files.write(Path.of(opts.out()), bytes);
        } else {
            stdout.write(bytes);
            stdout.flush();
        }
    }

    private int failWith(Diagnostics diags, boolean json) {
        if (json) {
            stderr.print(DiagnosticsJson.render(diags));
            stderr.print('\n');
        } else {
            for (Diagnostic d : diags) {
                stderr.print(DiagnosticText.render(d, sources));
            }
        }
        stderr.flush();
        return 2;
    }

    private Result<SpecFile.Content> loadSpec(String filename) {
        byte[] src = read(filename);
        if (src == null) {
            return new Result<>(null, Diagnostics.of(readFailure(filename)));
        }
        sources.put(filename, src);
        return SpecFile.load(src, filename);
    }

    private Result<File> parseFile(String filename) {
        if (parsed.containsKey(filename)) {
            // hclparse caches by name: a repeated file parses once and reports its diagnostics once.
            return Result.of(parsed.get(filename));
        }
        byte[] src = read(filename);
        if (src == null) {
            return new Result<>(null, Diagnostics.of(readFailure(filename)));
        }
        return parse(src, filename, filename.endsWith(".json"));
    }

    private Result<File> parse(byte[] src, String filename, boolean json) {
        sources.put(filename, src);
        Result<File> f = json ? JsonSyntax.parse(src, filename) : HclSyntax.parseConfig(src, filename, Pos.INITIAL);
        parsed.put(filename, f.value());
        return f;
    }

    private Result<File> parseJson(byte[] src, String filename) {
        return parse(src, filename, true);
    }

    private static byte[] read(String filename) {
        try {
            return Files.readAllBytes(Path.of(filename));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Diagnostic readFailure(String filename) {
        return Diagnostic.error("Failed to read file", "The configuration file " + GoJson.quote(filename)
                + " could not be read.", null);
    }

    private static Result<Map<String, CtyValue>> varsBody(Result<File> f) {
        if (f.value() == null) {
            return new Result<>(null, f.diagnostics());
        }
        Diagnostics diags = f.diagnostics();
        Result<Map<String, Attribute>> attrs = f.value().body().justAttributes();
        diags.addAll(attrs.diagnostics());
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        for (Attribute attr : attrs.value().values()) {
            Evaluated v = attr.expr().value(null);
            diags.addAll(v.diagnostics());
            vals.put(attr.name(), v.value());
        }
        return new Result<>(vals, diags);
    }

    /** The --var-refs document: json.MarshalIndent of hcldec's traversal descriptions. */
    private static String varRefsJson(List<Traversal> vars, EvalContext ctx) {
        StringBuilder sb = new StringBuilder();
        if (vars.isEmpty()) {
            return "[]";
        }
        sb.append("[\n");
        for (int t = 0; t < vars.size(); t++) {
            Traversal traversal = vars.get(t);
            sb.append("  {\n    \"root_name\": ");
            GoJson.quote(sb, traversal.rootName());
            Evaluated val = traversal.traverseAbs(ctx);
            if (!val.hasErrors()) {
                try {
                    String enc = ValueJson.marshal(val.value(), val.value().type());
                    sb.append(",\n    \"value\": ").append(enc);
                } catch (CtyException e) {
                    // Unknown values have no JSON form; the key is then omitted, as in hcldec.
                }
            }
            sb.append(",\n    \"steps\": [");
            List<Traverser> steps = traversal.steps();
            for (int i = 0; i < steps.size(); i++) {
                Traverser step = steps.get(i);
                sb.append(i == 0 ? "\n" : ",\n").append("      {\n        \"kind\": ");
                if (step instanceof Traverser.Root r) {
                    sb.append("\"root\",\n        \"name\": ");
                    GoJson.quote(sb, r.name());
                } else if (step instanceof Traverser.Attr a) {
                    sb.append("\"attr\",\n        \"name\": ");
                    GoJson.quote(sb, a.name());
                } else {
                    sb.append("\"index\"");
                    CtyValue key = ((Traverser.Index) step).key();
                    try {
                        sb.append(",\n        \"key\": ").append(ValueJson.marshal(key, key.type()));
                    } catch (CtyException e) {
                        sb.setLength(sb.lastIndexOf(",\n        \"key\": "));
                    }
                }
                sb.append(",\n        \"range\": ");
                rangeJson(sb, step.sourceRange(), "        ");
                sb.append("\n      }");
            }
            sb.append(steps.isEmpty() ? "],\n" : "\n    ],\n").append("    \"range\": ");
            rangeJson(sb, traversal.sourceRange(), "    ");
            sb.append("\n  }").append(t + 1 < vars.size() ? ",\n" : "\n");
        }
        return sb.append(']').toString();
    }

    static void rangeJson(StringBuilder sb, Range r, String indent) {
        String in = indent + "  ";
        sb.append("{\n").append(in).append("\"filename\": ");
        GoJson.quote(sb, r.filename());
        sb.append(",\n").append(in).append("\"start\": ");
        posJson(sb, r.start(), in);
        sb.append(",\n").append(in).append("\"end\": ");
        posJson(sb, r.end(), in);
        sb.append('\n').append(indent).append('}');
    }

    private static void posJson(StringBuilder sb, Pos p, String indent) {
        String in = indent + "  ";
        sb.append("{\n").append(in).append("\"line\": ").append(p.line()).append(",\n").append(in)
                .append("\"column\": ").append(p.column()).append(",\n").append(in).append("\"byte\": ")
                .append(p.byteOffset()).append('\n').append(indent).append('}');
    }

    /**
     * hcldec's default output: object properties whose value is null are removed, and the document is re-encoded
     * with Go's rules (object keys sorted, numbers as written).
     */
    static String stripNullProperties(String json) throws IOException {
        // cty numbers print in full ("1e400" is 401 digits), far beyond Jackson's default limit.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
                .build();
        try (JsonParser p = factory.createParser(json)) {
            p.nextToken();
            StringBuilder sb = new StringBuilder(json.length());
            writeStripped(p, sb);
            return sb.toString();
        }
    }

    private static void writeStripped(JsonParser p, StringBuilder sb) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                TreeMap<String, String> fields = new TreeMap<>(io.vertiform.cty.GoStrings.ORDER);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (p.currentToken() == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    StringBuilder v = new StringBuilder();
                    writeStripped(p, v);
                    fields.put(name, v.toString());
                }
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, String> e : fields.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    GoJson.quote(sb, e.getKey()).append(':').append(e.getValue());
                }
                sb.append('}');
            }
            case START_ARRAY -> {
                sb.append('[');
                boolean first = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    writeStripped(p, sb);
                }
                sb.append(']');
            }
            case VALUE_STRING -> GoJson.quote(sb, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sb.append(p.getText());
            case VALUE_TRUE -> sb.append("true");
            case VALUE_FALSE -> sb.append("false");
            default -> sb.append("null");
        }
    }
}
