package io.vertiform.launcher.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code vertiform pack} needs for the launcher stub — a C compiler, OpenSSL's and zlib's headers — checked
 * in a second by asking the compiler to preprocess each header, so a missing one is named with its Debian
 * package instead of surfacing as a compiler error halfway through packing.
 */
public final class PackPrerequisites {

    /** Header → the Debian/Ubuntu package that provides it. */
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("openssl/evp.h", "libssl-dev");
        HEADERS.put("zlib.h", "zlib1g-dev");
    }

    private PackPrerequisites() {
    }

    /** Missing pieces as {@code what (debian package)}; empty when packing can go ahead. */
    public static List<Missing> check(String compiler) {
        List<Missing> missing = new ArrayList<>();
        if (!compiles(compiler, null)) {
            missing.add(new Missing("a C compiler (" + compiler + ")", "gcc"));
            HEADERS.forEach((header, pkg) -> missing.add(new Missing("<" + header + ">", pkg)));
            return missing;
        }
        HEADERS.forEach((header, pkg) -> {
            if (!compiles(compiler, header)) {
                missing.add(new Missing("<" + header + ">", pkg));
            }
        });
        return missing;
    }

    /** One missing prerequisite and the package that brings it. */
    public record Missing(String what, String debianPackage) {
    }

    /** {@code sudo apt-get install -y gcc libssl-dev zlib1g-dev}, with just the packages that are missing. */
    public static String aptCommand(List<Missing> missing) {
        StringBuilder sb = new StringBuilder("sudo apt-get install -y");
        missing.stream().map(Missing::debianPackage).distinct().forEach(p -> sb.append(' ').append(p));
        return sb.toString();
    }

    private static boolean compiles(String compiler, String header) {
        List<String> command = header == null ? List.of(compiler, "--version")
                : List.of(compiler, "-E", "-x", "c", "-o", "/dev/null", "-");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                if (header != null) {
                    in.write(("#include <" + header + ">\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
