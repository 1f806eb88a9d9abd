package io.vertiform.launcher.config;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vertiform config}: inspect the layered configuration. */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        subcommands = ConfigShowCommand.class,
        description = "Inspect the effective configuration (defaults < user file < project file"
                + " < VERTIFORM_* environment < flags).")
public final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
