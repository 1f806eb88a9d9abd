package io.vertiform.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of build outputs the cross-module tests use, relative to the repository root. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** The repository root: the nearest ancestor of the working directory that holds the tofusoup tool. */
    public static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("verticles/tools/tofusoup"))) {
                return p;
            }
        }
        return dir.getParent() != null ? dir.getParent() : dir;
    }

    /** The fat jar under test: {@code -Dvertiform.jar}, else {@code launcher/<build dir>/vertiform.jar}. */
    public static Path vertiformJar() {
        String configured = System.getProperty("vertiform.jar");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : root().resolve("launcher").resolve(System.getProperty("vf.target", "target")).resolve("vertiform.jar");
    }

    /** True when running in CI, where nothing may be skipped. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
