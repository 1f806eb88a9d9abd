package io.vertiform.tools.flavorpack.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a directory tree as a ustar stream that is the same for the same tree: entries sorted by path, owner 0,
 * one fixed mtime, mode 0755 for directories and executables and 0644 otherwise. Symbolic links are stored as
 * the files they point to, because the launcher (like Terraform's unzip) never creates links.
 */
public final class TarWriter {

    private TarWriter() {
    }

    public static void writeTree(Path root, long mtime, OutputStream out) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> !p.equals(root)).forEach(entries::add);
        }
        entries.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
        byte[] pad = new byte[TarHeader.BLOCK];
        for (Path p : entries) {
            String name = relative(root, p);
            if (Files.isDirectory(p)) {
                out.write(TarHeader.encode(name, true, 0755, 0, mtime));
                continue;
            }
            if (!Files.isRegularFile(p)) {
                throw new IOException("not a regular file (or a link to one): " + p);
            }
            long size = Files.size(p);
            int mode = Files.isExecutable(p) ? 0755 : 0644;
            out.write(TarHeader.encode(name, false, mode, size, mtime));
            long copied;
            try (InputStream in = Files.newInputStream(p)) {
                copied = in.transferTo(out);
            }
            if (copied != size) {
                throw new IOException("file changed while archiving: " + p);
            }
            int rest = (int) (size % TarHeader.BLOCK);
            if (rest != 0) {
                out.write(pad, 0, TarHeader.BLOCK - rest);
            }
        }
        out.write(pad);
        out.write(pad);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
