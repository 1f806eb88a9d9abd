package io.vertiform.launcher;

import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Logs;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code vertiform.jar}: one picocli command tree, subcommands added per feature. */
@Command(name = "vertiform",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {io.vertiform.launcher.hub.HubCommand.class, io.vertiform.launcher.config.ConfigCommand.class,
                io.vertiform.launcher.cty.CtyCommand.class, io.vertiform.launcher.provider.ProviderCommand.class,
                io.vertiform.launcher.pack.PackCommand.class, io.vertiform.launcher.pack.VerifyCommand.class,
                io.vertiform.launcher.pack.InspectCommand.class, io.vertiform.launcher.pack.ExtractCommand.class,
                io.vertiform.launcher.pack.KeygenCommand.class, io.vertiform.launcher.pack.InstallCommand.class,
                io.vertiform.launcher.hcl.HclCommand.class, io.vertiform.launcher.hcl.HcldecCommand.class,
                io.vertiform.launcher.demo.DemoCommand.class},
        description = "Vertiform: a reactive Java foundry for Terraform and OpenTofu providers.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Before any library loads: route Vert.x/Netty/Hazelcast logging through our pipeline to stderr,
        // as hclog JSON when a plugin client launched us. Commands may reconfigure from their config.
        Logs.configure(LogSettings.fromEnvironment(System.getenv()));
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
