package io.vertiform.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fresh copy of the example's {@code .tf} files to run in, so the demo never writes into the repository. */
public final class ExampleCopy {

    private ExampleCopy() {
    }

    public static List<Path> copy(Path example, Path target) {
        if (!Files.isDirectory(example)) {
            throw new IllegalArgumentException("no example directory " + example.toAbsolutePath()
                    + " (run from the repository root, or pass --example DIR)");
        }
        deleteTree(target);
        try (Stream<Path> files = Files.list(example)) {
            Files.createDirectories(target);
            List<Path> tf = files.filter(p -> p.getFileName().toString().endsWith(".tf")).filter(Files::isRegularFile)
                    .sorted().toList();
            if (tf.isEmpty()) {
                throw new IllegalArgumentException("no .tf files in " + example);
            }
            for (Path p : tf) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
            return tf.stream().map(p -> target.resolve(p.getFileName())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + example + " to " + target, e);
        }
    }

    /** Removes a directory tree left by an earlier run (files the provider wrote, Terraform's state). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
    }
}
