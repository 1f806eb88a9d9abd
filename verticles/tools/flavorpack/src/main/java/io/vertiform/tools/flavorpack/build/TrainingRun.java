package io.vertiform.tools.flavorpack.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One run of the application that records a start-up archive. {@code command} is the full JVM command line
 * (including the flags that make the JVM write {@code archive}); {@code env} is added to the inherited
 * environment (a plugin-launch environment makes a provider run up to its handshake line); {@code exercise} runs
 * against the application after its first stdout line.
 */
public record TrainingRun(List<String> command, Map<String, String> env, Path archive, Path workDir,
                          Duration timeout, Duration settle, TrainingExercise exercise) {
    public TrainingRun {
        command = List.copyOf(command);
        env = Map.copyOf(env);
        exercise = exercise == null ? TrainingExercise.NONE : exercise;
    }
}
