package io.vertiform.launcher.cty;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vertiform cty ...}: Terraform's type system from the command line (tests, tools, humans). */
@Command(name = "cty",
        mixinStandardHelpOptions = true,
        description = "Encode, decode and convert cty values (see cty/README.md, \"Rich JSON\").",
        subcommands = {CtyBatchCommand.class, CtyEncodeCommand.class, CtyDecodeCommand.class})
public final class CtyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
