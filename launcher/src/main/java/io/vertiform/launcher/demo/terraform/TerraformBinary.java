package io.vertiform.launcher.demo.terraform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds {@code terraform}, else {@code tofu}, on the PATH (both speak the same plugin protocol and CLI here). */
public final class TerraformBinary {

    private TerraformBinary() {
    }

    public static Optional<Path> find(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String name : new String[] {"terraform", "tofu"}) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
