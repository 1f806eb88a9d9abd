package io.vertiform.tools.flavorpack.io;

import io.vertiform.tools.flavorpack.metadata.BuildInfo;
import io.vertiform.tools.flavorpack.metadata.Execution;
import io.vertiform.tools.flavorpack.sign.SigningKey;
import java.util.List;
import java.util.Objects;

/**
 * Everything a package is made of. The launcher's checksum and size, the slots' checksums and the signature are
 * computed by the writer.
 */
public record PackageSpec(String name, String version, String description, byte[] launcher, String launcherTool,
                          String launcherVersion, String launcherLinkage, List<String> launcherCapabilities,
                          Execution execution, BuildInfo build, List<SlotSource> slots, SigningKey key,
                          long buildTimestamp) {
    public PackageSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(key, "key");
        launcher = launcher.clone();
        slots = List.copyOf(slots);
        launcherCapabilities = List.copyOf(launcherCapabilities);
    }
}
