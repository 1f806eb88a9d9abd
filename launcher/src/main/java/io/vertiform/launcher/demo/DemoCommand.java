package io.vertiform.launcher.demo;

import io.vertiform.cty.CtyException;
import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.Main;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.launcher.demo.client.ClientDemo;
import io.vertiform.launcher.demo.client.DemoFailure;
import io.vertiform.launcher.demo.module.ModuleException;
import io.vertiform.launcher.demo.terraform.TerraformBinary;
import io.vertiform.launcher.demo.terraform.TerraformDemo;
import io.vertiform.rpc.client.PluginClientException;
import io.vertiform.tools.flavorpack.install.PluginInstaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vertiform demo}: pack the provider, install it into a local filesystem mirror, then run the example in
 * {@code docs/examples/quickstart} — with {@code terraform}/{@code tofu} when one is on the PATH, else with our
 * plugin client launching the installed executable exactly as Terraform does — through apply, an update and
 * destroy, printing every step and the files the provider wrote.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Pack and install the provider, then apply, update and destroy the example with terraform/tofu"
                + " (if on PATH) or with Vertiform's own plugin client.",
                "Needs only a JDK; packing also needs gcc, libssl-dev and zlib1g-dev (without them the unpacked"
                        + " provider is used, loudly)."})
public final class DemoCommand implements Callable<Integer> {

    static final String TYPE = "vertiform";

    @Spec
    CommandSpec spec;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where the package, the mirror and the example's working copy go (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(names = "--example", paramLabel = "DIR", defaultValue = "docs/examples/quickstart",
            description = "The example configuration (default: ${DEFAULT-VALUE}).")
    Path example;

    @Option(names = "--no-terraform", description = "Use Vertiform's plugin client even when terraform/tofu is on PATH.")
    boolean noTerraform;

    @Option(names = "--no-pack", description = "Skip packing: install and launch the unpacked provider (quicker).")
    boolean noPack;

    @Option(names = "--runtime", paramLabel = "jlink|system", defaultValue = "jlink",
            description = "Runtime of the package, as `vertiform pack --runtime` (default: ${DEFAULT-VALUE}).")
    String runtime;

    @Option(names = "--cc", defaultValue = "gcc", description = "C compiler for the launcher stub.")
    String compiler;

    @Option(names = "--provider-version", paramLabel = "VERSION",
            description = "Version to pack and install under (default: this build's version without its pre-release"
                    + " part: Terraform only selects a pre-release provider that a configuration pins exactly).")
    String version;

    @Option(names = "--update", paramLabel = "NAME=VALUE",
            description = "Variable values of the update step (default: greeting=Bonjour).")
    Map<String, String> update = new LinkedHashMap<>();

    private final Map<String, String> env;

    public DemoCommand() {
        this(System.getenv());
    }

    DemoCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DemoOutput out = new DemoOutput(spec.commandLine().getOut(), spec.commandLine().getErr());
        try {
            run(out);
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(spec.commandLine().getErr(), e);
        } catch (ModuleException | DemoFailure | PluginClientException | CtyException | IllegalArgumentException
                 | IllegalStateException | UncheckedIOException e) {
            out.error(e.getMessage());
            return CliFailures.EXIT_FAILURE;
        }
    }

    private void run(DemoOutput out) {
        Path work = workDir.toAbsolutePath().normalize();
        Map<String, String> updateVariables = update.isEmpty() ? Map.of("greeting", "Bonjour") : update;
        String providerVersion = version != null ? version : releaseVersion();

        out.step("pack the provider (vertiform pack)");
        BuiltProvider built = ProviderBuild.build(out, work.resolve("dist"), TYPE, providerVersion,
                noPack ? null : runtime, compiler);

        out.step("install it into a local filesystem mirror (vertiform install --mirror)");
        Path mirror = work.resolve("mirror");
        ExampleCopy.deleteTree(mirror);
        PluginInstaller.Installed installed = MirrorInstall.install(out, built, TYPE, mirror);

        out.step("the example: " + example);
        Path runDir = work.resolve("run");
        for (Path tf : ExampleCopy.copy(example, runDir)) {
            out.line("  " + tf + ":");
            readLines(tf).forEach(l -> out.line("      " + l));
        }

        Optional<Path> terraform = noTerraform ? Optional.empty() : TerraformBinary.find(env);
        if (terraform.isPresent()) {
            out.step("run it with " + terraform.get() + " (offline: the only provider source is the mirror)");
            TerraformDemo demo = new TerraformDemo(out, terraform.get(), runDir, work.resolve("demo.tfrc"));
            demo.configure(installed, mirror);
            demo.run(updateVariables);
        } else {
            out.step("run it with Vertiform's plugin client" + (noTerraform ? " (--no-terraform)"
                    : " (no terraform or tofu on PATH)"));
            Path log = work.resolve("provider.log");
            out.line("  Each command launches the installed executable as Terraform does: magic cookie,");
            out.line("  PLUGIN_PROTOCOL_VERSIONS=5,6, an AutoMTLS client certificate, the handshake line on stdout.");
            out.line("  Provider log (its stderr): " + log);
            new ClientDemo(out, List.of(installed.executable().toString()), runDir, log).run(updateVariables);
        }
        out.step("done: applied, updated and destroyed " + example.getFileName() + " with the "
                + (built.packed() ? "packed" : "unpacked") + " provider " + installed.address().source() + " "
                + installed.version());
    }

    private static String releaseVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        if (v == null) {
            throw new IllegalArgumentException("no build version in this jar: pass --provider-version");
        }
        int qualifier = v.indexOf('-');
        return qualifier < 0 ? v : v.substring(0, qualifier);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
