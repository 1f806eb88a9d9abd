package io.vertiform.tools.flavorpack.metadata;

import java.util.List;
import java.util.Objects;

/** The signed metadata of a package (flavorpack's {@code metadata/assembly.py} shape plus our launch fields). */
public record PackageMetadata(String name, String version, String description, List<SlotEntry> slots,
                              Execution execution, BuildInfo build, LauncherInfo launcher) {

    public PackageMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(launcher, "launcher");
        description = description == null ? "" : description;
        slots = List.copyOf(slots);
    }
}
