package io.vertiform.tools.flavorpack.io;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.format.IndexCodec;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.metadata.MetadataGzip;
import io.vertiform.tools.flavorpack.metadata.MetadataJson;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a package from its end: trailer magics, index, then the regions the index points at. Opening checks only
 * structure (magics, sizes and that every region lies inside the file), so any input is safe to open;
 * checksums and the signature are {@link io.vertiform.tools.flavorpack.verify.PackageVerifier}'s business.
 */
public final class PackageReader implements AutoCloseable {

    /** Compressed metadata above this is refused before reading it into memory. */
    private static final long MAX_COMPRESSED_METADATA = 16L << 20;

    private final Path file;
    private final FileChannel channel;
    private final long fileSize;
    private final byte[] indexBytes;
    private final IndexBlock index;
    private final byte[] metadataGzip;
    private final byte[] slotTable;

    private PackageReader(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.fileSize = channel.size();
        if (fileSize < PspfLayout.TRAILER_SIZE) {
            throw PackException.malformed("file is smaller than a PSPF trailer");
        }
        long trailer = fileSize - PspfLayout.TRAILER_SIZE;
        if (!Arrays.equals(read(trailer, PspfLayout.MAGIC_SIZE), PspfLayout.startMagic())
                || !Arrays.equals(read(fileSize - PspfLayout.MAGIC_SIZE, PspfLayout.MAGIC_SIZE), PspfLayout.endMagic())) {
            throw PackException.malformed("PSPF trailer magic not found");
        }
        this.indexBytes = read(trailer + PspfLayout.MAGIC_SIZE, PspfLayout.INDEX_SIZE);
        this.index = IndexCodec.decode(indexBytes);
        if (index.formatVersion() != PspfLayout.FORMAT_VERSION) {
            throw PackException.malformed(String.format("unsupported format version 0x%08x", index.formatVersion()));
        }
        requireRegion("launcher", 0, index.launcherSize(), trailer);
        requireRegion("metadata", index.metadataOffset(), index.metadataSize(), trailer);
        if (index.metadataSize() > MAX_COMPRESSED_METADATA) {
            throw PackException.malformed("metadata region of " + index.metadataSize() + " bytes is implausible");
        }
        if (index.slotCount() < 0 || index.slotCount() > PspfLayout.MAX_SLOTS
                || index.slotTableSize() != (long) index.slotCount() * PspfLayout.SLOT_DESCRIPTOR_SIZE) {
            throw PackException.malformed("slot table size does not match " + index.slotCount() + " slots");
        }
        requireRegion("slot table", index.slotTableOffset(), index.slotTableSize(), trailer);
        this.metadataGzip = read(index.metadataOffset(), (int) index.metadataSize());
        this.slotTable = read(index.slotTableOffset(), (int) index.slotTableSize());
        for (SlotDescriptor d : descriptors()) {
            requireRegion("slot " + d.id(), d.offset(), d.size(), trailer);
        }
    }

    public static PackageReader open(Path file) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            return new PackageReader(file, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw PackException.io("cannot read package " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public long fileSize() {
        return fileSize;
    }

    public IndexBlock index() {
        return index;
    }

    /** The 8192 index bytes exactly as stored. */
    public byte[] indexBytes() {
        return indexBytes.clone();
    }

    public byte[] metadataGzip() {
        return metadataGzip.clone();
    }

    /** The signed bytes: decompressed metadata, at most 1 MiB. */
    public byte[] metadataJson() {
        return MetadataGzip.decompress(metadataGzip);
    }

    public PackageMetadata metadata() {
        return MetadataJson.read(metadataJson());
    }

    public List<SlotDescriptor> descriptors() {
        List<SlotDescriptor> out = new ArrayList<>();
        for (int i = 0; i < index.slotCount(); i++) {
            out.add(SlotDescriptor.decode(slotTable, i));
        }
        return out;
    }

    /** The stored (still transformed) bytes of a slot. */
    public InputStream slot(SlotDescriptor d) {
        return region(d.offset(), d.size());
    }

    public InputStream launcher() {
        return region(0, index.launcherSize());
    }

    private InputStream region(long offset, long size) {
        try {
            FileChannel own = FileChannel.open(file, StandardOpenOption.READ);
            own.position(offset);
            InputStream raw = Channels.newInputStream(own);
            return new BoundedInputStream(raw, size);
        } catch (IOException e) {
            throw PackException.io("cannot read package " + file, e);
        }
    }

    private void requireRegion(String what, long offset, long size, long limit) {
        if (offset < 0 || size < 0 || offset > limit || size > limit - offset) {
            throw PackException.malformed(what + " region [" + offset + ", +" + size + ") lies outside the file");
        }
    }

    private byte[] read(long offset, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, offset + buf.position());
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return buf.array();
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // read-only channel: nothing was written that could be lost
            }
        }
    }
}
