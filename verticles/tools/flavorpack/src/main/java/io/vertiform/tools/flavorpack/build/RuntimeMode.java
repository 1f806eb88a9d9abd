package io.vertiform.tools.flavorpack.build;

/**
 * {@code JLINK}: the package carries a runtime made from the build JDK (self-contained, the default).
 * {@code SYSTEM}: no runtime slot; the launcher uses {@code $JAVA_HOME/bin/java} or {@code java} on PATH
 * (small and quick to pack; for tests and machines that manage their own JDK).
 */
public enum RuntimeMode {
    JLINK,
    SYSTEM
}
