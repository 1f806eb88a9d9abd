package io.vertiform.tools.flavorpack.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run's protocol with a server: first line, exercise, settle, SIGTERM, archive. */
class StartupTrainingTest {

    @TempDir
    Path dir;

    /** A "server" that writes its archive, prints one line and waits to be stopped. */
    private TrainingRun server(Path archive, TrainingExercise exercise) {
        String script = "echo 'ready|" + dir + "'; echo archived > '" + archive + "'; exec sleep 60";
        return new TrainingRun(List.of("/bin/sh", "-c", script), Map.of(), archive, dir, Duration.ofSeconds(30),
                Duration.ofMillis(50), exercise);
    }

    @Test
    void theExerciseSeesTheFirstLineWhileTheServerRuns() {
        Path archive = dir.resolve("app.aot");
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicReference<Boolean> archiveThere = new AtomicReference<>();
        StartupTraining.Result result = StartupTraining.run(server(archive, line -> {
            seen.set(line);
            archiveThere.set(Files.exists(archive));
        }));
        assertThat(seen.get()).isEqualTo("ready|" + dir);
        assertThat(result.firstLine()).isEqualTo(seen.get());
        assertThat(result.took()).isLessThan(Duration.ofSeconds(30));
        assertThat(result.archiveBytes()).isPositive();
    }

    @Test
    void aFailingExerciseFailsThePackWithItsReason() {
        Path archive = dir.resolve("app.aot");
        assertThatThrownBy(() -> StartupTraining.run(server(archive, line -> {
            throw new IllegalStateException("no answer from the provider");
        }))).isInstanceOf(PackException.class).hasMessageContaining("no answer from the provider");
    }
}
