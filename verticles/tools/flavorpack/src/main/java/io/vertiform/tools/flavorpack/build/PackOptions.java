package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.sign.SigningKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to pack. {@code jars} is the application class path in order; the package runs
 * {@code java <jvmOptions> -cp <jars> <mainClass> <args or defaultArgs>}. {@code trainingArgs} and
 * {@code trainingEnv} drive the run that records the start-up archive ({@code archive} false skips it), and
 * {@code trainingExercise} (null: none) exercises the application during it.
 * {@code stub} is a prebuilt launcher stub, or null to compile one with {@code compiler}.
 */
public record PackOptions(String name, String version, String description, List<Path> jars, String mainClass,
                          List<String> defaultArgs, List<String> jvmOptions, Jdk jdk, RuntimeMode runtime,
                          List<String> modules, boolean archive, List<String> trainingArgs,
                          Map<String, String> trainingEnv, Duration trainingTimeout, SigningKey key, Path output,
                          String compiler, Path stub, long buildTimestamp, TrainingExercise trainingExercise) {

    /** Start-up flags measured to help a short-lived provider JVM: C1 only, serial GC, no perf-data file. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");

    public PackOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(output, "output");
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("at least one application jar is needed");
        }
        description = description == null ? "" : description;
        jars = List.copyOf(jars);
        defaultArgs = List.copyOf(defaultArgs);
        jvmOptions = List.copyOf(jvmOptions);
        modules = List.copyOf(modules);
        trainingArgs = List.copyOf(trainingArgs);
        trainingEnv = Map.copyOf(trainingEnv);
        compiler = compiler == null ? "gcc" : compiler;
        trainingTimeout = trainingTimeout == null ? Duration.ofMinutes(2) : trainingTimeout;
        trainingExercise = trainingExercise == null ? TrainingExercise.NONE : trainingExercise;
    }

    /** The start-up archive this JDK and runtime mode allow. */
    public StartupArchive startupArchive() {
        if (!archive) {
            return StartupArchive.NONE;
        }
        if (jdk.hasAotCacheOutput()) {
            return StartupArchive.AOT;
        }
        return runtime == RuntimeMode.JLINK ? StartupArchive.APPCDS : StartupArchive.NONE;
    }
}
