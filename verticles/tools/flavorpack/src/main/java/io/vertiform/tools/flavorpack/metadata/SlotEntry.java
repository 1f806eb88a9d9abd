package io.vertiform.tools.flavorpack.metadata;

import java.util.Objects;

/**
 * A slot as the signed metadata describes it. {@code checksum} is the 16-hex-digit descriptor checksum,
 * {@code sha256} the full digest of the stored bytes (our addition: the launcher stub checks all 256 bits),
 * {@code target} where extraction puts it ({@code {workenv}} or {@code {workenv}/<relative dir>}).
 */
public record SlotEntry(int id, String name, String purpose, String lifecycle, String operations, long size,
                        long originalSize, String checksum, String sha256, String permissions, String target) {

    public SlotEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(target, "target");
    }
}
