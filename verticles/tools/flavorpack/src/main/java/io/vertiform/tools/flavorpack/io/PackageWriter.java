package io.vertiform.tools.flavorpack.io;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.Digests;
import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.format.IndexCodec;
import io.vertiform.tools.flavorpack.format.IndexFlags;
import io.vertiform.tools.flavorpack.format.IndexHints;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.format.SlotNames;
import io.vertiform.tools.flavorpack.metadata.LauncherInfo;
import io.vertiform.tools.flavorpack.metadata.MetadataGzip;
import io.vertiform.tools.flavorpack.metadata.MetadataJson;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.metadata.SlotEntry;
import io.vertiform.tools.flavorpack.sign.Ed25519;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a PSPF/2025 package: launcher, gzip metadata, slot table, slots, trailer. The signature is Ed25519 over
 * the uncompressed metadata (as flavorpack's {@code writer.py} signs), and the metadata pins the SHA-256 of the
 * launcher and of every slot, so the one signature covers every byte outside the index (whose own Adler-32 and
 * the metadata SHA-256 it holds cover the rest). The file appears atomically with mode 0755.
 */
public final class PackageWriter {

    /** The written file with what went into its index and metadata. */
    public record Written(Path file, IndexBlock index, PackageMetadata metadata, byte[] metadataJson) {
    }

    private PackageWriter() {
    }

    public static Written write(PackageSpec spec, Path output) {
        try {
            return writeChecked(spec, output);
        } catch (IOException e) {
            throw PackException.io("cannot write package " + output, e);
        }
    }

    private static Written writeChecked(PackageSpec spec, Path output) throws IOException {
        List<SlotEntry> entries = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < spec.slots().size(); i++) {
            SlotSource s = spec.slots().get(i);
            byte[] digest;
            try (InputStream in = Files.newInputStream(s.payload())) {
                digest = Digests.sha256(in);
            }
            digests.add(digest);
            entries.add(new SlotEntry(i, s.name(), s.purpose(), s.lifecycle(), s.operations().label(),
                    Files.size(s.payload()), s.originalSize(), Digests.hex16(Digests.prefix64(digest)),
                    Digests.hex(digest), String.format("%04o", s.permissions()), s.target()));
        }
        LauncherInfo launcher = new LauncherInfo(spec.launcherTool(), spec.launcherVersion(),
                "sha256:" + Digests.hex(Digests.sha256(spec.launcher())), spec.launcher().length,
                spec.launcherLinkage(), spec.launcherCapabilities());
        PackageMetadata metadata = new PackageMetadata(spec.name(), spec.version(), spec.description(), entries,
                spec.execution(), spec.build(), launcher);
        byte[] json = MetadataJson.write(metadata);
        byte[] signature = Ed25519.sign(spec.key().privateKey(), json);
        byte[] gz = MetadataGzip.compress(json);

        long launcherSize = spec.launcher().length;
        long metadataOffset = PspfLayout.align(launcherSize);
        long slotTableOffset = PspfLayout.align(metadataOffset + gz.length);
        long slotTableSize = (long) entries.size() * PspfLayout.SLOT_DESCRIPTOR_SIZE;
        long cursor = PspfLayout.align(slotTableOffset + slotTableSize);
        List<SlotDescriptor> descriptors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SlotSource s = spec.slots().get(i);
            SlotEntry e = entries.get(i);
            descriptors.add(new SlotDescriptor(i, Digests.nameHash(s.name()), cursor, e.size(), e.originalSize(),
                    s.operations().packed(), Digests.prefix64(digests.get(i)), SlotNames.purpose(s.purpose()),
                    SlotNames.lifecycle(s.lifecycle()), 0, 0, s.permissions()));
            cursor = PspfLayout.align(cursor + e.size());
        }
        long packageSize = cursor + PspfLayout.TRAILER_SIZE;
        IndexBlock index = new IndexBlock(PspfLayout.FORMAT_VERSION, 0, packageSize, launcherSize, metadataOffset,
                gz.length, slotTableOffset, slotTableSize, entries.size(), IndexFlags.SIGNED,
                spec.key().rawPublicKey(), Digests.sha256(gz), signature, IndexHints.defaults(spec.buildTimestamp()));
        byte[] indexBytes = IndexCodec.encode(index);

        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + output.getFileName(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                Layout layout = new Layout(out);
                layout.write(spec.launcher());
                layout.padTo(metadataOffset);
                layout.write(gz);
                layout.padTo(slotTableOffset);
                for (SlotDescriptor d : descriptors) {
                    layout.write(d.encode());
                }
                for (int i = 0; i < descriptors.size(); i++) {
                    layout.padTo(descriptors.get(i).offset());
                    try (InputStream in = Files.newInputStream(spec.slots().get(i).payload())) {
                        layout.copy(in);
                    }
                }
                layout.padTo(packageSize - PspfLayout.TRAILER_SIZE);
                layout.write(PspfLayout.startMagic());
                layout.write(indexBytes);
                layout.write(PspfLayout.endMagic());
                if (layout.position != packageSize) {
                    throw new IOException("layout drifted: wrote " + layout.position + " of " + packageSize + " bytes");
                }
            }
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            try {
                Files.move(tmp, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Written(output, IndexCodec.decode(indexBytes), metadata, json);
    }

    /** Tracks the write position so padding lands every part at its recorded offset. */
    private static final class Layout {
        private final OutputStream out;
        private long position;

        Layout(OutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            position += bytes.length;
        }

        void copy(InputStream in) throws IOException {
            position += in.transferTo(out);
        }

        void padTo(long offset) throws IOException {
            if (offset < position) {
                throw new IOException("layout overlap at " + offset);
            }
            byte[] zeros = new byte[(int) (offset - position)];
            Arrays.fill(zeros, (byte) 0);
            write(zeros);
        }
    }
}
