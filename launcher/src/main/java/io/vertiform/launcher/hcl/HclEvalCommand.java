package io.vertiform.launcher.hcl;

import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.function.Stdlib;
import io.vertiform.hcl.tools.DiagnosticText;
import io.vertiform.hcl.tools.GoJson;
import io.vertiform.hcl.tools.Parsing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vertiform hcl eval FILE}: evaluates the file's top-level attributes (no variables; the stdlib functions
 * hcldec offers) and prints them as one JSON object of {@code {"type":T,"value":V}} per attribute name. Files
 * ending in {@code .json} use the JSON syntax. Diagnostics go to stderr; exit code 1 on errors.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluate a file's top-level attributes and print them as cty JSON.")
public final class HclEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "an HCL file (.json for the JSON syntax)")
    Path file;

    @Override
    public Integer call() {
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println("error: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        String name = file.toString();
        Result<File> parsed = Parsing.parse(src, name);
        Diagnostics diags = new Diagnostics().addAll(parsed.diagnostics());
        StringBuilder out = new StringBuilder("{");
        if (!parsed.hasErrors()) {
            Result<Map<String, Attribute>> attrs = parsed.value().body().justAttributes();
            diags.addAll(attrs.diagnostics());
            EvalContext ctx = EvalContext.of(null, Stdlib.hcldecFunctions());
            boolean first = true;
            for (Attribute attr : attrs.value().values()) {
                Evaluated ev = attr.expr().value(ctx);
                diags.addAll(ev.diagnostics());
                CtyValue v = ev.value();
                if (!first) {
                    out.append(',');
                }
                first = false;
                GoJson.quote(out.append("\n  "), attr.name()).append(": {\"type\":")
                        .append(TypeJson.marshal(v.type())).append(",\"value\":");
                out.append(v.isWhollyKnown() && !v.containsMarked() ? ValueJson.marshal(v, v.type()) : "null")
                        .append('}');
            }
        }
        for (Diagnostic d : diags) {
            System.err.print(DiagnosticText.render(d, Map.of(name, src)));
        }
        if (diags.hasErrors()) {
            return 1;
        }
        byte[] text = out.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
        System.out.write(text, 0, text.length);
        System.out.flush();
        return 0;
    }
}
