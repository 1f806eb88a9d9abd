package io.vertiform.launcher.demo;

import io.vertiform.launcher.pack.PackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Step one of the demo: {@code vertiform pack}, run through the very command class, into the demo's
 * {@code dist/}. Without a C compiler and the OpenSSL/zlib headers the launcher stub cannot be built; then the
 * demo says so loudly and carries on with the unpacked provider ({@link UnpackedProvider}).
 */
public final class ProviderBuild {

    private ProviderBuild() {
    }

    /** {@code runtime}: jlink or system, as {@code vertiform pack --runtime}; null skips packing on purpose. */
    public static BuiltProvider build(DemoOutput out, Path dist, String type, String version, String runtime,
                                      String compiler) {
        Path unpacked = dist.resolve("unpacked").resolve("terraform-provider-" + type + "_v" + version);
        if (runtime == null) {
            out.line("  --no-pack: using the unpacked provider");
            return unpacked(out, unpacked, version);
        }
        List<PackPrerequisites.Missing> missing = PackPrerequisites.check(compiler);
        if (!missing.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("CANNOT PACK: the launcher stub of a packed provider is C, built at pack time, and this");
            lines.add("machine lacks:");
            missing.forEach(m -> lines.add("    " + m.what() + "  (Debian/Ubuntu package " + m.debianPackage() + ")"));
            lines.add("Install them with:  " + PackPrerequisites.aptCommand(missing));
            lines.add("The demo goes on with the UNPACKED provider (a script that execs java -jar");
            lines.add("vertiform.jar provider), launched exactly as Terraform launches a plugin.");
            out.warn(lines.toArray(String[]::new));
            return unpacked(out, unpacked, version);
        }
        Path packageFile = dist.resolve("terraform-provider-" + type + "_v" + version);
        StringWriter packOut = new StringWriter();
        StringWriter packErr = new StringWriter();
        List<String> args = new ArrayList<>(List.of("--output", packageFile.toString(), "--runtime", runtime,
                "--provider-version", version, "--type", type, "--cc", compiler));
        out.line("  vertiform pack " + String.join(" ", args));
        int exit = new CommandLine(new PackCommand()).setOut(new PrintWriter(packOut, true))
                .setErr(new PrintWriter(packErr, true)).execute(args.toArray(String[]::new));
        indent(out, packOut.toString());
        if (exit != 0) {
            out.warn("CANNOT PACK: vertiform pack exited with " + exit + ":", packErr.toString().strip(),
                    "The demo goes on with the UNPACKED provider (a script that execs java ... provider).");
            return unpacked(out, unpacked, version);
        }
        return new BuiltProvider(packageFile, true, version);
    }

    private static BuiltProvider unpacked(DemoOutput out, Path file, String version) {
        UnpackedProvider.write(file);
        out.line("  wrote " + file + ":");
        out.line("      exec " + String.join(" ", UnpackedProvider.javaCommand()));
        return new BuiltProvider(file, false, version);
    }

    static void indent(DemoOutput out, String text) {
        for (String l : text.strip().split("\n")) {
            if (!l.isBlank()) {
                out.line("  " + l);
            }
        }
    }
}
