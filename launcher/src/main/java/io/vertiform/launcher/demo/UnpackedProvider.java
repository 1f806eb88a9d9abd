package io.vertiform.launcher.demo;

import io.vertiform.launcher.pack.PackagedMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider without packing: an executable {@code sh} wrapper that {@code exec}s this JVM's {@code java} on
 * the class path we run from, with the argument Terraform's packages get ({@code provider}). Terraform (or our
 * client) launches it exactly like a packed provider; {@code exec} keeps one process, so the plugin host can
 * signal and kill the JVM itself.
 */
public final class UnpackedProvider {

    private UnpackedProvider() {
    }

    /** The command line the wrapper executes. */
    public static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Quick start-up over peak speed, as the packed provider does; the demo's provider lives for seconds.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (Runtime.version().feature() >= 24) {
            // protobuf's Unsafe use warns from JDK 24 on; the packed provider silences it the same way
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        command.add(classPath());
        command.add(PackagedMain.class.getName());
        command.add("provider");
        return command;
    }

    public static Path write(Path file) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("# Vertiform provider, unpacked: runs the jar with the JVM that wrote this file.\n")
                .append("exec");
        for (String arg : javaCommand()) {
            script.append(' ').append(shellQuote(arg));
        }
        script.append('\n');
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static String classPath() {
        List<String> absolute = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                absolute.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, absolute);
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
