package io.vertiform.tools.flavorpack.io;

import io.vertiform.tools.flavorpack.format.OperationChain;
import java.nio.file.Path;
import java.util.Objects;

/** A built slot payload on disk, waiting to be written into a package. {@code permissions} e.g. {@code 0700}. */
public record SlotSource(String name, String purpose, String lifecycle, OperationChain operations, Path payload,
                         long originalSize, String target, int permissions) {
    public SlotSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(target, "target");
    }
}
