package io.vertiform.tools.flavorpack.metadata;

/**
 * Where and how the package was built. {@code runtime} is {@code jlink} (a runtime slot) or {@code system};
 * {@code startupArchive} is {@code aot} (JDK 25 AOT cache), {@code appcds} (class list, archive dumped at first
 * extraction) or {@code none}.
 */
public record BuildInfo(String os, String arch, String platform, String tool, String toolVersion, String timestamp,
                        boolean deterministic, String jdkVersion, String runtime, String startupArchive) {
}
