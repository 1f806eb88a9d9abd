package io.vertiform.launcher.demo;

import io.vertiform.foundation.platform.Platform;
import io.vertiform.launcher.pack.InstallCommand;
import io.vertiform.tools.flavorpack.install.PluginInstaller;
import io.vertiform.tools.flavorpack.install.ProviderAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Step two: the provider into a local filesystem mirror ({@code <mirror>/<host>/<namespace>/<type>/<version>/
 * <os_arch>/}). A package goes through {@code vertiform install --mirror}, which verifies it first and prints the
 * configuration snippets; the unpacked wrapper has no signature to verify and is placed by the same installer.
 */
public final class MirrorInstall {

    /** Source address host and namespace: {@code vertiform install}'s defaults, spelled out for the config. */
    public static final String HOST = "local";
    public static final String NAMESPACE = "vertiform";

    private MirrorInstall() {
    }

    /** Where the provider went; {@link PluginInstaller.Installed#address()} is the source address to use. */
    public static PluginInstaller.Installed install(DemoOutput out, BuiltProvider built, String type, Path mirror) {
        ProviderAddress address = new ProviderAddress(HOST, NAMESPACE, type);
        if (!built.packed()) {
            PluginInstaller.Installed i = PluginInstaller.install(built.executable(), address, built.version(),
                    Platform.current().terraformName(), mirror);
            out.line("  installed " + i.executable());
            return i;
        }
        String[] args = {"--mirror", mirror.toString(), "--package", built.executable().toString(),
                "--host", HOST, "--namespace", NAMESPACE};
        out.line("  vertiform install " + String.join(" ", args));
        StringWriter installOut = new StringWriter();
        StringWriter installErr = new StringWriter();
        int exit = new CommandLine(new InstallCommand()).setOut(new PrintWriter(installOut, true))
                .setErr(new PrintWriter(installErr, true)).execute(args);
        if (exit != 0) {
            throw new IllegalStateException("vertiform install failed: " + installErr.toString().strip());
        }
        ProviderBuild.indent(out, installOut.toString());
        Path dir = mirror.toAbsolutePath().normalize().resolve(HOST).resolve(NAMESPACE).resolve(type)
                .resolve(built.version()).resolve(Platform.current().terraformName());
        Path executable = dir.resolve("terraform-provider-" + type + "_v" + built.version());
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("vertiform install reported success but " + executable + " is missing");
        }
        return new PluginInstaller.Installed(executable, dir, address, built.version(),
                Platform.current().terraformName());
    }
}
