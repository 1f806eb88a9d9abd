package io.vertiform.launcher.pack;

import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.tools.flavorpack.install.CliConfigSnippets;
import io.vertiform.tools.flavorpack.install.PluginInstaller;
import io.vertiform.tools.flavorpack.install.ProviderAddress;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import io.vertiform.tools.flavorpack.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vertiform install}: puts a verified package into a plugin mirror directory and prints the
 * {@code required_providers}, {@code provider_installation} and {@code dev_overrides} snippets. Run from inside a
 * packed provider ({@code ./terraform-provider-vertiform_v… install}) it installs that very file.
 */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install a packed provider into a Terraform/OpenTofu plugin mirror and print the configuration.")
public final class InstallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mirror", paramLabel = "DIR",
            description = "Mirror directory (default: ~/.terraform.d/plugins, which both CLIs search implicitly).")
    Path mirror;

    @Option(names = "--package", paramLabel = "FILE",
            description = "The package (default: the running package, else the newest dist/terraform-provider-*).")
    Path packageFile;

    @Option(names = "--host", defaultValue = "local", description = "Source address host (default: local).")
    String host;

    @Option(names = "--namespace", defaultValue = "vertiform", description = "Source address namespace.")
    String namespace;

    private final Map<String, String> env;

    public InstallCommand() {
        this(System.getenv());
    }

    InstallCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path file = packageFile != null ? packageFile : defaultPackage();
            VerificationReport report = PackageVerifier.verify(file);
            if (!report.verified()) {
                err.println("error: refusing to install " + file + ", it failed verification:");
                report.problems().forEach(p -> err.println("  " + p));
                err.flush();
                return CliFailures.EXIT_FAILURE;
            }
            PackageMetadata m = report.metadata();
            ProviderAddress address = new ProviderAddress(host, namespace, ProviderAddress.typeOf(m.name()));
            Path implied = PluginInstaller.defaultMirror(env, Path.of(System.getProperty("user.home")));
            Path target = mirror != null ? mirror : implied;
            PluginInstaller.Installed installed = PluginInstaller.install(file, address, m.version(),
                    m.build().platform(), target);
            out.println("installed " + installed.executable());
            out.println();
            out.print(CliConfigSnippets.all(installed, target,
                    target.toAbsolutePath().normalize().equals(implied.toAbsolutePath().normalize())));
            out.flush();
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return CliFailures.EXIT_FAILURE;
        }
    }

    private Path defaultPackage() {
        String running = env.get("VERTIFORM_PACKAGE");
        if (running != null && !running.isBlank()) {
            return Path.of(running);
        }
        try (Stream<Path> dist = Files.list(Path.of("dist"))) {
            List<Path> candidates = dist.filter(p -> p.getFileName().toString().startsWith("terraform-provider-"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(InstallCommand::modified).reversed()).toList();
            if (!candidates.isEmpty()) {
                return candidates.get(0);
            }
        } catch (IOException e) {
            // no dist directory: fall through to the explanation below
        }
        throw new IllegalArgumentException("no package to install: pass --package FILE (or run `vertiform pack`)");
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
