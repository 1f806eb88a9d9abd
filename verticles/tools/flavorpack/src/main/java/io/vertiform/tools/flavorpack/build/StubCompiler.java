package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.PackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the launcher stub ({@code stub/vertiform-stub.c}) with the C compiler at pack time. A static binary
 * (libc, libcrypto, zlib linked in) runs on any Linux of the same architecture; when static libraries are
 * missing, a dynamic build (needing libcrypto 3 and zlib on the target) is the fallback, recorded as
 * {@code linkage} in the metadata.
 */
public final class StubCompiler {

    public static final String SOURCE = "/io/vertiform/tools/flavorpack/stub/vertiform-stub.c";
    /** Bumped whenever the stub's behaviour or cache layout changes. */
    public static final String STUB_VERSION = "1";

    /** The compiled stub and how it was linked ({@code static}, {@code dynamic} or {@code prebuilt}). */
    public record Stub(byte[] bytes, String linkage) {
    }

    private StubCompiler() {
    }

    public static Stub compile(String compiler, Path workDir) {
        Path source = workDir.resolve("vertiform-stub.c");
        Path binary = workDir.resolve("vertiform-stub");
        try (InputStream in = StubCompiler.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw PackException.build("launcher stub source missing from the jar", SOURCE);
            }
            Files.copy(in, source);
        } catch (IOException e) {
            throw PackException.io("cannot stage the launcher stub source", e);
        }
        List<String> common = List.of(compiler, "-std=c11", "-O2", "-Wall", "-s", "-o", binary.toString(),
                source.toString());
        Commands.Outcome staticBuild = Commands.run(with(common, "-static", "-lcrypto", "-lz", "-lpthread"),
                workDir, Duration.ofMinutes(2));
        String linkage = "static";
        if (!staticBuild.succeeded()) {
            Commands.Outcome dynamicBuild = Commands.run(with(common, null, "-lcrypto", "-lz"), workDir,
                    Duration.ofMinutes(2));
            if (!dynamicBuild.succeeded()) {
                throw PackException.build("cannot compile the launcher stub with " + compiler
                                + " (needs a C compiler, OpenSSL 3 libcrypto and zlib headers: libssl-dev, zlib1g-dev)",
                        dynamicBuild.outputTail());
            }
            linkage = "dynamic";
        }
        try {
            return new Stub(Files.readAllBytes(binary), linkage);
        } catch (IOException e) {
            throw PackException.io("cannot read the compiled launcher stub", e);
        }
    }

    public static Stub prebuilt(Path file) {
        try {
            return new Stub(Files.readAllBytes(file), "prebuilt");
        } catch (IOException e) {
            throw PackException.io("cannot read the launcher stub " + file, e);
        }
    }

    private static List<String> with(List<String> base, String flag, String... libraries) {
        List<String> out = new ArrayList<>(base);
        if (flag != null) {
            out.add(1, flag);
        }
        out.addAll(List.of(libraries));
        return out;
    }
}
