package io.vertiform.tools.flavorpack.archive;

import io.vertiform.tools.flavorpack.format.Operation;
import io.vertiform.tools.flavorpack.format.OperationChain;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Applies a slot's operation chain: on build a directory becomes tar, then optionally gzip; on extraction the
 * chain is undone in reverse. Only chains that start with TAR are built here: every slot unpacks to a directory.
 */
public final class SlotPayloads {

    /** Sizes of a built payload: {@code original} before compression (the tar), {@code stored} in the package. */
    public record Built(long originalSize, long storedSize) {
    }

    private SlotPayloads() {
    }

    public static Built build(Path sourceDir, OperationChain chain, long mtime, Path output) throws IOException {
        requireBuildable(chain);
        try (OutputStream file = Files.newOutputStream(output);
             CountingOutputStream stored = new CountingOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            long original;
            if (chain.contains(Operation.GZIP)) {
                CountingOutputStream tar;
                try (GZIPOutputStream gz = new GZIPOutputStream(nonClosing(stored), 1 << 16)) {
                    tar = new CountingOutputStream(gz);
                    TarWriter.writeTree(sourceDir, mtime, tar);
                    tar.flush();
                }
                original = tar.count();
            } else {
                TarWriter.writeTree(sourceDir, mtime, stored);
                original = stored.count();
            }
            stored.flush();
            return new Built(original, stored.count());
        }
    }

    /** The tar stream inside a stored payload. */
    public static TarReader open(InputStream stored, OperationChain chain) throws IOException {
        requireBuildable(chain);
        InputStream tar = chain.contains(Operation.GZIP) ? new GZIPInputStream(stored, 1 << 16) : stored;
        return new TarReader(tar);
    }

    private static void requireBuildable(OperationChain chain) {
        boolean ok = chain.equals(OperationChain.TAR) || chain.equals(OperationChain.TAR_GZ);
        if (!ok) {
            throw new IllegalArgumentException("slots are 'tar' or 'tar.gz', not " + chain.label());
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
