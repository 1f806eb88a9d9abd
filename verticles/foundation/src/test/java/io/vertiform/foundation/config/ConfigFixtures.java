package io.vertiform.foundation.config;

import io.vertiform.foundation.platform.OperatingSystem;
import io.vertiform.foundation.platform.XdgDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds isolated configuration inputs under a temporary directory. */
final class ConfigFixtures {

    final Path home;
    final Path project;
    final Path userDir;

    ConfigFixtures(Path root) throws IOException {
        this.home = Files.createDirectories(root.resolve("home"));
        this.project = Files.createDirectories(root.resolve("project"));
        this.userDir = home.resolve(".config").resolve("vertiform");
    }

    Path userFile(String ext, String content) throws IOException {
        Files.createDirectories(userDir);
        return Files.writeString(userDir.resolve("config." + ext), content);
    }

    Path projectFile(String ext, String content) throws IOException {
        return Files.writeString(project.resolve("vertiform." + ext), content);
    }

    ConfigInputs inputs(Map<String, String> env, Map<String, ?> flags) {
        XdgDirs xdg = XdgDirs.resolve(env, home, OperatingSystem.LINUX);
        return new ConfigInputs(env, project, xdg, flags, List.of(), ConfigInputs.DEFAULTS_RESOURCE);
    }
}
