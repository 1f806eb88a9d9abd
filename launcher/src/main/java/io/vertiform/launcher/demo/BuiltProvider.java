package io.vertiform.launcher.demo;

import java.nio.file.Path;

/**
 * The provider executable the demo installs.
 *
 * @param executable a packed, signed provider or the unpacked wrapper script
 * @param packed     whether {@code executable} is a package (else the wrapper)
 * @param version    the provider version it is installed under
 */
public record BuiltProvider(Path executable, boolean packed, String version) {
}
