package io.vertiform.launcher.pack;

import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.Main;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.tls.Curve;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.tools.flavorpack.build.Jdk;
import io.vertiform.tools.flavorpack.build.PackOptions;
import io.vertiform.tools.flavorpack.build.Packager;
import io.vertiform.tools.flavorpack.build.RuntimeImage;
import io.vertiform.tools.flavorpack.build.RuntimeMode;
import io.vertiform.tools.flavorpack.metadata.SlotEntry;
import io.vertiform.tools.flavorpack.sign.KeyFiles;
import io.vertiform.tools.flavorpack.sign.SigningKey;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vertiform pack}: the provider as one signed executable ({@code terraform-provider-vertiform_v<version>})
 * for this platform. The start-up archive is recorded by running {@code vertiform provider} once under a plugin
 * environment (magic cookie, AutoMTLS client certificate) and calling it over mTLS as Terraform does, so the
 * archived classes are those of a real start and its first calls.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Build the provider as one signed, self-contained executable (PSPF/2025) for this platform.",
                "Needs a JDK (jlink) and a C compiler with OpenSSL 3 and zlib headers for the launcher stub."})
public final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the package (default: dist/terraform-provider-<type>_v<version>).")
    Path output;

    @Option(names = "--key", paramLabel = "KEYFILE",
            description = "Ed25519 private key (PEM or raw 32 bytes, see `keygen`); default: a fresh key per build.")
    Path key;

    @Option(names = "--runtime", paramLabel = "jlink|system", defaultValue = "jlink",
            description = "jlink: carry a runtime made from the build JDK (default); system: use the JDK on the"
                    + " target machine (JAVA_HOME or PATH).")
    String runtime;

    @Option(names = "--jdk", paramLabel = "DIR",
            description = "Build JDK (default: JDK 25 at /usr/lib/jvm/temurin-25-jdk-amd64 if present, else this JVM).")
    Path jdk;

    @Option(names = "--jar", paramLabel = "JAR", description = "Application jar(s), in class-path order"
            + " (default: the running vertiform.jar).")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--main-class", defaultValue = "io.vertiform.launcher.pack.PackagedMain",
            description = "Main class (default: the provider fast path, else the vertiform CLI).")
    String mainClass;

    @Option(names = "--type", defaultValue = "vertiform", description = "Provider type: the file is"
            + " terraform-provider-<type>_v<version>.")
    String type;

    @Option(names = "--provider-version", paramLabel = "VERSION",
            description = "Provider version (default: this build's version).")
    String version;

    @Option(names = "--add-modules", split = ",", paramLabel = "MODULE",
            description = "Extra JDK modules for the jlink runtime.")
    List<String> extraModules = new ArrayList<>();

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "Extra JVM option for the packaged command.")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--no-startup-archive", description = "Skip the AOT cache / AppCDS training run.")
    boolean noArchive;

    @Option(names = "--training-arg", paramLabel = "ARG",
            description = "Arguments of the training run (default: provider).")
    List<String> trainingArgs = new ArrayList<>();

    @Option(names = "--launcher-bin", paramLabel = "FILE", description = "Use this prebuilt launcher stub.")
    Path launcherBin;

    @Option(names = "--cc", defaultValue = "gcc", description = "C compiler for the launcher stub.")
    String compiler;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RuntimeMode mode = parseRuntime(runtime);
            String providerVersion = version != null ? version : buildVersion();
            List<Path> classPath = jars.isEmpty() ? List.of(runningJar()) : jars;
            SigningKey signingKey = key != null ? KeyFiles.readPrivate(key) : SigningKey.generateEphemeral();
            Path target = output != null ? output
                    : Path.of("dist", "terraform-provider-" + type + "_v" + providerVersion);
            Set<String> modules = new LinkedHashSet<>(RuntimeImage.DEFAULT_MODULES);
            modules.addAll(extraModules);
            List<String> options = new ArrayList<>(PackOptions.DEFAULT_JVM_OPTIONS);
            options.addAll(jvmOptions);
            SelfSignedCertificate trainingHost = SelfSignedCertificate.generate(Curve.P521, "vertiform pack training");
            boolean providerTraining = trainingArgs.isEmpty() || trainingArgs.equals(List.of("provider"));
            PackOptions pack = new PackOptions("terraform-provider-" + type, providerVersion,
                    "Vertiform provider " + type, classPath, mainClass, List.of("provider"), options,
                    Jdk.locate(jdk), mode, List.copyOf(modules), !noArchive,
                    trainingArgs.isEmpty() ? List.of("provider") : trainingArgs, trainingEnvironment(trainingHost),
                    Duration.ofMinutes(3), signingKey, target, compiler, launcherBin, buildTimestamp(),
                    providerTraining ? new TrainingClient(trainingHost) : null);
            Packager.Result result = Packager.pack(pack);
            report(out, result, signingKey, pack);
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return CliFailures.EXIT_FAILURE;
        }
    }

    private static void report(PrintWriter out, Packager.Result result, SigningKey signingKey, PackOptions pack) {
        out.println("packed " + result.written().file() + " (" + Sizes.bytes(result.size()) + ", "
                + result.written().metadata().build().platform() + ")");
        out.println("  signed by " + signingKey.fingerprint()
                + (signingKey.ephemeral() ? " (a fresh key for this build; pass --key to sign with your own)" : ""));
        StringJoiner slots = new StringJoiner(", ");
        for (SlotEntry s : result.written().metadata().slots()) {
            slots.add(s.name() + " " + Sizes.bytes(s.size()) + " " + s.operations());
        }
        out.println("  slots: " + slots);
        out.println("  runtime: " + pack.runtime().name().toLowerCase(Locale.ROOT) + " (JDK "
                + pack.jdk().version() + "), start-up archive: " + result.archive().label()
                + ", launcher stub: " + result.stubLinkage());
        StringJoiner phases = new StringJoiner(", ");
        result.phases().forEach((name, took) -> phases.add(name + " " + Sizes.seconds(took)));
        out.println("  took: " + phases);
        out.flush();
    }

    /**
     * What Terraform sets when it starts a provider, with AutoMTLS on, so training follows the real path; the
     * {@link TrainingClient} then connects with {@code host}'s key and makes the first calls.
     */
    private static Map<String, String> trainingEnvironment(SelfSignedCertificate host) {
        return Map.of(MagicCookie.KEY, MagicCookie.VALUE, PluginEnvironment.PROTOCOL_VERSIONS, "6",
                PluginEnvironment.CLIENT_CERT, host.certificatePem());
    }

    private static RuntimeMode parseRuntime(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "jlink":
                return RuntimeMode.JLINK;
            case "system":
                return RuntimeMode.SYSTEM;
            default:
                throw new IllegalArgumentException("--runtime is jlink or system, not " + value);
        }
    }

    private static String buildVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        if (v == null) {
            throw new IllegalArgumentException("no build version in this jar: pass --provider-version");
        }
        return v;
    }

    private static Path runningJar() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
                throw new IllegalArgumentException("not running from a jar (" + location + "): pass --jar");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot locate the running jar: pass --jar", e);
        }
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
    private static long buildTimestamp() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]{1,12}")) {
            return Long.parseLong(epoch);
        }
        return Instant.now().getEpochSecond();
    }
}
