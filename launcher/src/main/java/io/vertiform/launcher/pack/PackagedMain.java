package io.vertiform.launcher.pack;

import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Logs;
import io.vertiform.launcher.Main;
import io.vertiform.launcher.provider.ProviderCommand;
import java.util.List;

/**
 * The main class of a packed provider. Terraform always starts the package with no arguments, which the launcher
 * turns into {@code provider}; that one path skips picocli, whose command-tree construction costs about 170 ms of
 * every start (picocli's class files are Java 5 format, which CDS and the AOT cache cannot archive). Any other
 * arguments go to {@link Main} unchanged, so the packed file is still the whole CLI.
 */
public final class PackagedMain {

    private static final List<String> PROVIDER = List.of("provider");

    private PackagedMain() {
    }

    public static void main(String[] args) {
        if (!List.of(args).equals(PROVIDER)) {
            Main.main(args);
            return;
        }
        Logs.configure(LogSettings.fromEnvironment(System.getenv()));
        System.exit(new ProviderCommand().call());
    }
}
