package io.vertiform.tools.flavorpack.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the ustar subset {@link TarWriter} writes. Anything else (links, devices, GNU or pax extensions), a bad
 * header checksum, or a path that is absolute or climbs with {@code ..} is an error: slots are data for a
 * launcher, not general archives.
 */
public final class TarReader {

    private final InputStream in;
    private long remaining;
    private long padding;
    private boolean ended;

    public TarReader(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end-of-archive marker; the previous entry's data is skipped if unread. */
    public TarEntry next() throws IOException {
        if (ended) {
            return null;
        }
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        byte[] h = in.readNBytes(TarHeader.BLOCK);
        if (h.length < TarHeader.BLOCK) {
            throw new EOFException("tar stream ends inside a header");
        }
        if (TarHeader.isZero(h)) {
            ended = true;
            return null;
        }
        long stored;
        try {
            stored = TarHeader.number(h, 148, 8);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad tar header checksum field", e);
        }
        if (stored != TarHeader.checksum(h)) {
            throw new IOException("tar header checksum mismatch");
        }
        byte type = h[156];
        boolean directory = type == TarHeader.DIRECTORY;
        if (!directory && type != TarHeader.REGULAR && type != TarHeader.REGULAR_OLD) {
            throw new IOException("unsupported tar entry type '" + (char) type + "'");
        }
        String path = SafePaths.check(TarHeader.path(h));
        long size = directory ? 0 : TarHeader.number(h, 124, 12);
        int mode = (int) TarHeader.number(h, 100, 8) & 07777;
        long mtime = TarHeader.number(h, 136, 12);
        remaining = size;
        padding = size % TarHeader.BLOCK == 0 ? 0 : TarHeader.BLOCK - size % TarHeader.BLOCK;
        return new TarEntry(path, directory, mode, size, mtime);
    }

    /** Copies the current entry's data; exactly {@code size} bytes or an error. */
    public void copyData(java.io.OutputStream out) throws IOException {
        byte[] buf = new byte[1 << 16];
        while (remaining > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
            if (n < 0) {
                throw new EOFException("tar stream ends inside a file");
            }
            out.write(buf, 0, n);
            remaining -= n;
        }
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long n = in.skip(left);
            if (n <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("tar stream ends inside a file");
                }
                n = 1;
            }
            left -= n;
        }
    }
}
