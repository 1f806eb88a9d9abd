package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.PackException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A JDK on this machine: its home, full version and feature release (17, 25, ...). */
public record Jdk(Path home, String version, int feature) {

    /** The JDK 25 the project prefers for packaging (AOT cache) when it is installed. */
    public static final Path PREFERRED = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** {@code explicit} when given, else the preferred JDK 25 when present, else the running JVM's home. */
    public static Jdk locate(Path explicit) {
        if (explicit != null) {
            return at(explicit);
        }
        if (Files.isExecutable(PREFERRED.resolve("bin/jlink"))) {
            return at(PREFERRED);
        }
        return at(Path.of(System.getProperty("java.home")));
    }

    public static Jdk at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            throw PackException.build("not a JDK: " + home, "no 'release' file");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(release)) {
            p.load(r);
        } catch (IOException e) {
            throw PackException.build("cannot read " + release, e.getMessage());
        }
        String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
        if (version.isEmpty()) {
            throw PackException.build("cannot tell the version of the JDK at " + home, "JAVA_VERSION missing");
        }
        String major = version.split("[.+-]")[0];
        int feature = Integer.parseInt(major.equals("1") ? version.split("\\.")[1] : major);
        return new Jdk(home.toAbsolutePath().normalize(), version, feature);
    }

    public Path java() {
        return home.resolve("bin/java");
    }

    public Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    /** JDK 25 writes an AOT cache from one training run ({@code -XX:AOTCacheOutput}, JEP 514). */
    public boolean hasAotCacheOutput() {
        return feature >= 25;
    }
}
