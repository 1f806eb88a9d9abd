package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A trimmed Java runtime made with jlink from the build JDK. No CDS archive is generated into it: the package
 * carries its own start-up archive, and jlink's would add about 28 MB for nothing.
 */
public final class RuntimeImage {

    /**
     * What the Vert.x/Netty/gRPC provider stack needs on the start path: logging (JUL bridge), management and
     * naming (optional Netty lookups), jdk.unsupported (Netty's Unsafe), jdk.crypto.ec (EC keys on JDK 17; an
     * empty module on 25). Found by running the provider in the image; {@code --add-modules} extends it.
     */
    public static final List<String> DEFAULT_MODULES = List.of("java.base", "java.logging", "java.management",
            "java.naming", "jdk.unsupported", "jdk.crypto.ec");

    private RuntimeImage() {
    }

    public static void jlink(Jdk jdk, List<String> modules, Path output, Path workDir) {
        List<String> command = new ArrayList<>(List.of(jdk.tool("jlink").toString(),
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", output.toString()));
        Commands.Outcome outcome = Commands.run(command, workDir, Duration.ofMinutes(10));
        if (!outcome.succeeded() || !Files.isExecutable(output.resolve("bin/java"))) {
            throw PackException.build("jlink failed (exit " + outcome.exitCode() + ")", outcome.outputTail());
        }
    }
}
