package io.vertiform.testkit.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds file trees inside a JUnit {@code @TempDir}: {@code TempFiles.in(dir).file("conf/a.toml", "x = 1")}.
 * Relative paths may not climb out of the root, so a typo cannot write elsewhere on the machine.
 */
public final class TempFiles {
    private final Path root;

    private TempFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static TempFiles in(Path root) {
        return new TempFiles(root);
    }

    public Path root() {
        return root;
    }

    /** Writes UTF-8 text, creating parent directories. */
    public Path file(String relative, String content) {
        return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path bytes(String relative, byte[] content) {
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            return Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir(String relative) {
        try {
            return Files.createDirectories(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("path escapes the temp root: " + relative);
        }
        return target;
    }
}
