package io.vertiform.launcher.hcl;

import io.vertiform.hcl.tools.HcldecTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vertiform hcldec --spec=FILE [options] [INPUT...]}: hcl's cmd/hcldec, decoding HCL files by a spec file
 * into JSON. The flags are hcldec's (so {@code -V} is {@code --vars}, not the version); hcl's spec suite runner
 * drives it exactly as it drives the Go command.
 */
@Command(name = "hcldec",
        description = "Decode HCL (native or JSON syntax) by an hcldec spec file and print the value as cty JSON.")
public final class HcldecCommand implements Callable<Integer> {

    @Option(names = {"-s", "--spec"}, paramLabel = "FILE", description = "path to spec file (required)")
    String spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to the given file, instead of stdout")
    String out;

    @Option(names = "--diags", paramLabel = "FORMAT",
            description = "format any returned diagnostics in the given format; currently only \"json\" is accepted")
    String diags;

    @Option(names = "--var-refs",
            description = "rather than decoding input, produce a JSON description of the variables referenced by it")
    boolean varRefs;

    @Option(names = "--with-type", description = "include an additional object level at the top describing the "
            + "HCL-oriented type of the result value")
    boolean withType;

    @Option(names = "--keep-nulls",
            description = "retain object properties that have null as their value (they are removed by default)")
    boolean keepNulls;

    @Option(names = {"-V", "--vars"}, paramLabel = "JSON-OR-FILE",
            description = "provide variables to the given configuration file(s)")
    List<String> vars = new ArrayList<>();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Parameters(paramLabel = "INPUT", description = "input files (stdin when none)")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        return HcldecTool.run(new HcldecTool.Options(spec, out, diags, varRefs, withType, keepNulls, vars, inputs),
                System.in, System.out, System.err);
    }
}
