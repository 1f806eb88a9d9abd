package io.vertiform.tools.flavorpack.install;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.foundation.error.ErrorCategory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Places a packed provider in a Terraform/OpenTofu filesystem mirror, unpacked layout
 * {@code <mirror>/<host>/<namespace>/<type>/<version>/<os>_<arch>/terraform-provider-<type>_v<version>}
 * (Terraform's {@code filesystem_search.go}). The file is copied, not linked: Terraform does not follow
 * symlinks inside a mirror, and the launcher recognises the copy by its own inode.
 */
public final class PluginInstaller {

    /** Where the provider went and the directory {@code dev_overrides} should point at. */
    public record Installed(Path executable, Path packageDirectory, ProviderAddress address, String version,
                            String platform) {
    }

    private PluginInstaller() {
    }

    /** Terraform's implied local mirror for this user: {@code ~/.terraform.d/plugins} (tofu reads it too). */
    public static Path defaultMirror(Map<String, String> env, Path userHome) {
        String home = env.get("HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : userHome;
        return base.resolve(".terraform.d").resolve("plugins");
    }

    public static Installed install(Path packageFile, ProviderAddress address, String version, String platform,
                                    Path mirror) {
        if (!version.matches("[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?")) {
            throw new PackException(ErrorCategory.INVALID, "pack.install", "not a semantic version: " + version,
                    "Terraform only installs providers with versions like 1.2.3", null);
        }
        Path dir = mirror.toAbsolutePath().normalize().resolve(address.host()).resolve(address.namespace())
                .resolve(address.type()).resolve(version).resolve(platform);
        Path target = dir.resolve("terraform-provider-" + address.type() + "_v" + version);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".install", ".tmp");
            try {
                Files.copy(packageFile, tmp, StandardCopyOption.REPLACE_EXISTING);
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new PackException(ErrorCategory.INTERNAL, "pack.install", "cannot install into " + dir,
                    e.getMessage(), e);
        }
        return new Installed(target, dir, address, version, platform);
    }
}
