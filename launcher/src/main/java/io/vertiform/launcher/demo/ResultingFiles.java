package io.vertiform.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what the example left in its working directory — the files the provider wrote, with their permissions
 * and content — leaving out the configuration itself and Terraform's own files (state, lock file, .terraform).
 */
public final class ResultingFiles {

    private static final int MAX_SHOWN_BYTES = 2048;

    private ResultingFiles() {
    }

    public static void print(DemoOutput out, Path dir) {
        List<Path> paths = list(dir);
        if (paths.isEmpty()) {
            out.line("  (no files besides the configuration)");
            return;
        }
        for (Path p : paths) {
            String rel = dir.relativize(p).toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                out.line("  " + permissions(p, 'd') + "  " + rel + "/");
                continue;
            }
            byte[] bytes = read(p);
            out.line("  " + permissions(p, '-') + "  " + rel + " (" + bytes.length + " bytes)");
            String text = text(bytes);
            if (text == null) {
                out.line("      (binary content)");
            } else {
                for (String l : text.split("\n", -1)) {
                    out.line("      | " + l);
                }
                if (bytes.length > MAX_SHOWN_BYTES) {
                    out.line("      | …");
                }
            }
        }
    }

    /** The files and directories a demo step produced, in name order. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).filter(p -> !ignored(dir.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean ignored(Path rel) {
        String first = rel.getName(0).toString();
        return first.endsWith(".tf") || first.startsWith(".terraform") || first.startsWith("terraform.tfstate");
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String text(byte[] bytes) {
        int n = Math.min(bytes.length, MAX_SHOWN_BYTES);
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String permissions(Path p, char kind) {
        try {
            return kind + PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return kind + "?????????";
        }
    }
}
