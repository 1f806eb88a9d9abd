package io.vertiform.tools.flavorpack.metadata;

import java.util.List;

/** The launcher stub at the head of the package; {@code checksum} is {@code sha256:<hex>} of its bytes. */
public record LauncherInfo(String tool, String toolVersion, String checksum, long size, String linkage,
                           List<String> capabilities) {
    public LauncherInfo {
        capabilities = List.copyOf(capabilities);
    }
}
