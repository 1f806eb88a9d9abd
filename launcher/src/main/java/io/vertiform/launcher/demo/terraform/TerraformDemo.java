package io.vertiform.launcher.demo.terraform;

import io.vertiform.launcher.demo.DemoOutput;
import io.vertiform.launcher.demo.ResultingFiles;
import io.vertiform.tools.flavorpack.install.CliConfigSnippets;
import io.vertiform.tools.flavorpack.install.PluginInstaller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo with a real {@code terraform} (or {@code tofu}): a CLI configuration whose only source for our provider
 * is the local filesystem mirror (so it works offline), then {@code init}, {@code apply}, {@code apply -var ...}
 * (the update) and {@code destroy} in a copy of the example, printing each command's output and the files after.
 */
public final class TerraformDemo {

    private final DemoOutput out;
    private final Path binary;
    private final Path runDirectory;
    private final Path cliConfig;

    public TerraformDemo(DemoOutput out, Path binary, Path runDirectory, Path cliConfig) {
        this.out = out;
        this.binary = binary;
        this.runDirectory = runDirectory;
        this.cliConfig = cliConfig;
    }

    /** Writes the CLI configuration: the mirror for our provider, the registry (never reached here) for others. */
    public void configure(PluginInstaller.Installed installed, Path mirror) {
        String text = CliConfigSnippets.filesystemMirror(installed, mirror);
        try {
            Files.writeString(cliConfig, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cliConfig, e);
        }
        out.line("  TF_CLI_CONFIG_FILE=" + cliConfig + ":");
        for (String l : text.strip().split("\n")) {
            out.line("      " + l);
        }
    }

    public void run(Map<String, String> updateVariables) {
        String name = binary.getFileName().toString();
        terraform(name + " init", List.of("init", "-input=false", "-no-color"));
        terraform(name + " apply", List.of("apply", "-auto-approve", "-input=false", "-no-color"));
        files();
        List<String> update = new ArrayList<>(List.of("apply", "-auto-approve", "-input=false", "-no-color"));
        StringBuilder shown = new StringBuilder();
        updateVariables.forEach((k, v) -> {
            update.add("-var");
            update.add(k + "=" + v);
            shown.append(" -var ").append(k).append('=').append(v);
        });
        terraform(name + " apply" + shown + " (update)", update);
        files();
        terraform(name + " destroy", List.of("destroy", "-auto-approve", "-input=false", "-no-color"));
        files();
    }

    private void files() {
        out.line("  files in " + runDirectory + " now:");
        ResultingFiles.print(out, runDirectory);
    }

    private void terraform(String title, List<String> args) {
        out.step(title);
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(runDirectory.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toAbsolutePath().toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        // A plugin cache or another data directory would bypass or confuse the mirror this demo installs into.
        env.remove("TF_PLUGIN_CACHE_DIR");
        env.remove("TF_DATA_DIR");
        env.remove("TF_REATTACH_PROVIDERS");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.line("  │ " + line);
                }
            }
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + binary, e);
        }
    }
}
