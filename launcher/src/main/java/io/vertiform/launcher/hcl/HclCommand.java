package io.vertiform.launcher.hcl;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vertiform hcl ...}: HCL files from the command line (conformance tools and humans). */
@Command(name = "hcl",
        mixinStandardHelpOptions = true,
        description = "Inspect HCL files: a machine-readable summary, or attribute values.",
        subcommands = {HclSummaryCommand.class, HclEvalCommand.class})
public final class HclCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
