package io.vertiform.tools.flavorpack.build;

/**
 * What a training run does with the running application after its first stdout line and before it is stopped,
 * so that the classes of the first requests (a TLS handshake, the first calls) are recorded in the start-up
 * archive too, not only those of the start itself. For a provider the first line is the go-plugin handshake.
 */
@FunctionalInterface
public interface TrainingExercise {

    /** Waits for the settle time only. */
    TrainingExercise NONE = firstLine -> { };

    /** Exercises the application described by {@code firstLine}; throws if it misbehaves. */
    void exercise(String firstLine) throws Exception;
}
