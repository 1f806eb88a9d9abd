package io.vertiform.foundation.platform;

import java.util.Objects;

/**
 * An OS/architecture pair named as Terraform names platforms: {@code linux_amd64}, {@code darwin_arm64},
 * {@code windows_386}; the form used in provider zip names and registry metadata.
 */
public record Platform(OperatingSystem os, Architecture arch) {

    public Platform {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(arch, "arch");
    }

    /** The platform this JVM runs on. */
    public static Platform current() {
        return fromJava(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /**
     * Maps Java's {@code os.name} and {@code os.arch}.
     *
     * @throws IllegalArgumentException for a system or CPU Terraform does not build for
     */
    public static Platform fromJava(String osName, String osArch) {
        OperatingSystem os = OperatingSystem.fromJavaName(osName);
        if (os == null) {
            throw new IllegalArgumentException("unsupported operating system: " + osName);
        }
        Architecture arch = Architecture.fromJavaName(osArch);
        if (arch == null) {
            throw new IllegalArgumentException("unsupported architecture: " + osArch);
        }
        return new Platform(os, arch);
    }

    /** Parses {@code os_arch}, e.g. {@code linux_amd64}. */
    public static Platform parse(String terraformName) {
        int sep = terraformName == null ? -1 : terraformName.indexOf('_');
        if (sep < 0) {
            throw new IllegalArgumentException("not an os_arch platform name: " + terraformName);
        }
        OperatingSystem os = OperatingSystem.fromGoName(terraformName.substring(0, sep));
        Architecture arch = Architecture.fromGoName(terraformName.substring(sep + 1));
        if (os == null || arch == null) {
            throw new IllegalArgumentException("unknown platform: " + terraformName);
        }
        return new Platform(os, arch);
    }

    public String terraformName() {
        return os.goName() + '_' + arch.goName();
    }

    /** Suffix of executables on this OS ({@code .exe} on Windows). */
    public String executableSuffix() {
        return os == OperatingSystem.WINDOWS ? ".exe" : "";
    }

    @Override
    public String toString() {
        return terraformName();
    }
}
