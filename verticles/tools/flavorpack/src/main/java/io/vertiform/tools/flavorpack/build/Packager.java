package io.vertiform.tools.flavorpack.build;

import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.foundation.platform.Platform;
import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.archive.SlotPayloads;
import io.vertiform.tools.flavorpack.format.OperationChain;
import io.vertiform.tools.flavorpack.io.PackageSpec;
import io.vertiform.tools.flavorpack.io.PackageWriter;
import io.vertiform.tools.flavorpack.io.SlotSource;
import io.vertiform.tools.flavorpack.metadata.BuildInfo;
import io.vertiform.tools.flavorpack.metadata.Execution;
import io.vertiform.tools.flavorpack.metadata.SetupCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds a package: stage the jars (with one fixed mtime, which start-up archives record), make the runtime
 * (jlink), record the start-up archive in a training run with exactly the flags the package will use, turn the
 * staged directories into slots, compile the launcher stub, then sign and write.
 */
public final class Packager {

    private static final VertiformLogger LOG = Logs.logger("flavorpack");
    private static final String WORKENV = "{workenv}";
    private static final List<String> LOG_FLAGS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    /** The written package and how long each phase took. */
    public record Result(PackageWriter.Written written, long size, StartupArchive archive, String stubLinkage,
                         Map<String, Duration> phases) {
    }

    private Packager() {
    }

    public static Result pack(PackOptions o) {
        Path work;
        try {
            work = Files.createTempDirectory("vertiform-pack");
        } catch (IOException e) {
            throw PackException.io("cannot create a staging directory", e);
        }
        try {
            return pack(o, work);
        } catch (IOException e) {
            throw PackException.io("packing failed", e);
        } finally {
            deleteTree(work);
        }
    }

    private static Result pack(PackOptions o, Path work) throws IOException {
        Map<String, Duration> phases = new LinkedHashMap<>();
        Path stage = Files.createDirectories(work.resolve("stage"));
        Path appDir = Files.createDirectories(stage.resolve("app"));
        Path cacheDir = Files.createDirectories(stage.resolve("cache"));
        Path runtimeDir = stage.resolve("runtime");
        List<String> stagedClassPath = new ArrayList<>();
        List<String> launchClassPath = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path jar : o.jars()) {
            String name = jar.getFileName().toString();
            if (!names.add(name) || !name.endsWith(".jar")) {
                throw PackException.build("application jars need distinct *.jar names", name);
            }
            Path staged = appDir.resolve(name);
            Files.copy(jar, staged);
            Files.setLastModifiedTime(staged, FileTime.from(o.buildTimestamp(), TimeUnit.SECONDS));
            stagedClassPath.add(staged.toString());
            launchClassPath.add(WORKENV + "/app/" + name);
        }

        long t = System.nanoTime();
        String java;
        if (o.runtime() == RuntimeMode.JLINK) {
            RuntimeImage.jlink(o.jdk(), o.modules(), runtimeDir, work);
            java = runtimeDir.resolve("bin/java").toString();
            phases.put("jlink", since(t));
        } else {
            java = o.jdk().java().toString();
        }

        List<String> jvmOptions = jvmOptions(o);
        StartupArchive archive = o.startupArchive();
        List<String> launchFlags = new ArrayList<>();
        List<SetupCommand> setup = new ArrayList<>();
        String launchJava = o.runtime() == RuntimeMode.JLINK ? WORKENV + "/runtime/bin/java" : "{system_java}";
        if (o.runtime() == RuntimeMode.SYSTEM) {
            // The JVM found at run time may be older than the one that recorded the archive.
            launchFlags.add("-XX:+IgnoreUnrecognizedVMOptions");
        }
        if (archive != StartupArchive.NONE) {
            t = System.nanoTime();
            Path recorded = cacheDir.resolve(archive == StartupArchive.AOT ? "app.aot" : "classes.lst");
            String recordFlag = (archive == StartupArchive.AOT ? "-XX:AOTCacheOutput=" : "-XX:DumpLoadedClassList=")
                    + recorded;
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(LOG_FLAGS);
            command.addAll(jvmOptions);
            command.add(recordFlag);
            command.addAll(List.of("-cp", String.join(":", stagedClassPath), o.mainClass()));
            command.addAll(o.trainingArgs());
            StartupTraining.Result trained = StartupTraining.run(new TrainingRun(command, o.trainingEnv(), recorded,
                    work, o.trainingTimeout(), Duration.ofMillis(500), o.trainingExercise()));
            LOG.info("start-up archive recorded", "kind", archive.label(), "bytes", trained.archiveBytes(),
                    "millis", trained.took().toMillis());
            phases.put("training", since(t));
            if (archive == StartupArchive.AOT) {
                launchFlags.add("-XX:AOTCache=" + WORKENV + "/cache/app.aot");
            } else {
                String jsa = WORKENV + "/cache/app.jsa";
                List<String> dump = new ArrayList<>(List.of(launchJava));
                dump.addAll(LOG_FLAGS);
                dump.addAll(jvmOptions);
                dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + WORKENV + "/cache/classes.lst",
                        "-XX:SharedArchiveFile=" + jsa, "-cp", String.join(":", launchClassPath)));
                setup.add(new SetupCommand(dump, true));
                launchFlags.add("-XX:SharedArchiveFile=" + jsa);
            }
        }

        t = System.nanoTime();
        List<SlotSource> slots = new ArrayList<>();
        int primary;
        if (o.runtime() == RuntimeMode.JLINK) {
            slots.add(slot(work, "runtime", "code", "runtime", OperationChain.TAR_GZ, runtimeDir, "runtime", o));
        }
        primary = slots.size();
        // Jars are already deflated: gzip would cost time at every extraction for a few percent.
        slots.add(slot(work, "app", "code", "runtime", OperationChain.TAR, appDir, "app", o));
        if (archive != StartupArchive.NONE) {
            slots.add(slot(work, "startup-archive", "data", "cache", OperationChain.TAR_GZ, cacheDir, "cache", o));
        }
        phases.put("slots", since(t));

        t = System.nanoTime();
        StubCompiler.Stub stub = o.stub() != null ? StubCompiler.prebuilt(o.stub())
                : StubCompiler.compile(o.compiler(), Files.createDirectories(work.resolve("stub")));
        phases.put("stub", since(t));

        List<String> argv = new ArrayList<>(List.of(launchJava));
        argv.addAll(LOG_FLAGS);
        argv.addAll(jvmOptions);
        argv.addAll(launchFlags);
        argv.addAll(List.of("-cp", String.join(":", launchClassPath), o.mainClass()));
        Execution execution = new Execution(primary, argv, o.defaultArgs(), Map.of(), setup);
        Platform platform = Platform.current();
        BuildInfo build = new BuildInfo(platform.os().goName(), platform.arch().goName(), platform.terraformName(),
                "vertiform-flavorpack", toolVersion(), Instant.ofEpochSecond(o.buildTimestamp()).toString(), false,
                o.jdk().version(), o.runtime().name().toLowerCase(Locale.ROOT), archive.label());
        PackageSpec spec = new PackageSpec(o.name(), o.version(), o.description(), stub.bytes(), "vertiform-stub",
                StubCompiler.STUB_VERSION, stub.linkage(),
                List.of("ed25519", "sha256", "tar", "gzip", "flock-cache", "exec"), execution, build, slots, o.key(),
                o.buildTimestamp());
        t = System.nanoTime();
        PackageWriter.Written written = PackageWriter.write(spec, o.output());
        phases.put("write", since(t));
        return new Result(written, Files.size(o.output()), archive, stub.linkage(), phases);
    }

    /**
     * The JVM options of every run (training, dump, launch: archives need identical flags). JDK 24+ warns on
     * stderr about sun.misc.Unsafe, which Netty and protobuf still use; the provider cannot act on that.
     */
    private static List<String> jvmOptions(PackOptions o) {
        List<String> out = new ArrayList<>();
        if (o.jdk().feature() >= 24 && o.runtime() == RuntimeMode.JLINK) {
            out.add("--sun-misc-unsafe-memory-access=allow");
        }
        out.addAll(o.jvmOptions());
        return out;
    }

    private static SlotSource slot(Path work, String name, String purpose, String lifecycle, OperationChain chain,
                                   Path dir, String targetDir, PackOptions o) throws IOException {
        Path payload = work.resolve(name + ".slot");
        SlotPayloads.Built built = SlotPayloads.build(dir, chain, o.buildTimestamp(), payload);
        return new SlotSource(name, purpose, lifecycle, chain, payload, built.originalSize(),
                WORKENV + "/" + targetDir, 0700);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String toolVersion() {
        String v = Packager.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless; the package itself is already in place
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
