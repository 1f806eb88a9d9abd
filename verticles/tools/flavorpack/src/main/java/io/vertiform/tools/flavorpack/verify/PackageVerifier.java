package io.vertiform.tools.flavorpack.verify;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.Digests;
import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.format.IndexCodec;
import io.vertiform.tools.flavorpack.format.OperationChain;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.format.SlotNames;
import io.vertiform.tools.flavorpack.io.PackageReader;
import io.vertiform.tools.flavorpack.metadata.MetadataJson;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.metadata.SlotEntry;
import io.vertiform.tools.flavorpack.sign.Ed25519;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strict verification, the same checks the launcher stub makes before it extracts anything: index Adler-32,
 * package size, signed flag, metadata SHA-256, Ed25519 over the metadata (with the key in the index, or a
 * trusted external key, which must then be the one in the index), then every byte outside the index against
 * the signed metadata: the launcher's SHA-256 and each slot's descriptor and full SHA-256.
 *
 * <p>With only the embedded key this proves integrity, not authorship: whoever can rewrite the file can re-sign
 * it with a key of their own. A trusted key closes that gap.
 */
public final class PackageVerifier {

    private PackageVerifier() {
    }

    public static VerificationReport verify(Path file) {
        return verify(file, null);
    }

    /** @param trustedKey raw 32-byte Ed25519 key the package must be signed with, or null for the embedded key */
    public static VerificationReport verify(Path file, byte[] trustedKey) {
        List<String> problems = new ArrayList<>();
        try (PackageReader reader = PackageReader.open(file)) {
            return verify(reader, trustedKey, problems);
        } catch (PackException e) {
            problems.add(e.getMessage());
            return new VerificationReport(problems, null, null, null, trustedKey != null);
        }
    }

    private static VerificationReport verify(PackageReader reader, byte[] trustedKey, List<String> problems) {
        IndexBlock index = reader.index();
        byte[] indexBytes = reader.indexBytes();
        int adler = IndexCodec.checksumOf(indexBytes);
        if (adler != index.checksum()) {
            problems.add(String.format("index checksum mismatch (stored %08x, computed %08x)", index.checksum(), adler));
        }
        if (index.packageSize() != reader.fileSize()) {
            problems.add("package size in index (" + index.packageSize() + ") differs from file size ("
                    + reader.fileSize() + ")");
        }
        if (!index.signed()) {
            problems.add("package is not signed");
        }
        if (!IndexCodec.signatureTailIsZero(indexBytes)) {
            problems.add("signature field holds bytes after the Ed25519 signature");
        }
        byte[] gz = reader.metadataGzip();
        if (!Arrays.equals(Digests.sha256(gz), index.metadataChecksum())) {
            problems.add("metadata checksum mismatch");
        }
        byte[] key = trustedKey != null ? trustedKey : index.publicKey();
        if (trustedKey != null && !Arrays.equals(trustedKey, index.publicKey())) {
            problems.add("package is signed by " + Ed25519.fingerprint(index.publicKey()) + ", not the trusted key "
                    + Ed25519.fingerprint(trustedKey));
        }
        String fingerprint = Ed25519.fingerprint(key);
        byte[] json;
        try {
            json = reader.metadataJson();
        } catch (PackException e) {
            problems.add(e.getMessage());
            return new VerificationReport(problems, index, null, fingerprint, trustedKey != null);
        }
        if (!Ed25519.verify(key, json, index.signature())) {
            problems.add("metadata signature is invalid");
        }
        PackageMetadata metadata;
        try {
            metadata = MetadataJson.read(json);
        } catch (PackException | IllegalArgumentException | ArithmeticException e) {
            problems.add(e.getMessage());
            return new VerificationReport(problems, index, null, fingerprint, trustedKey != null);
        }
        checkLauncher(reader, index, metadata, problems);
        checkSlots(reader, metadata, problems);
        return new VerificationReport(problems, index, metadata, fingerprint, trustedKey != null);
    }

    private static void checkLauncher(PackageReader reader, IndexBlock index, PackageMetadata metadata,
                                      List<String> problems) {
        if (metadata.launcher().size() != index.launcherSize()) {
            problems.add("launcher size differs from the signed metadata");
            return;
        }
        try (InputStream in = reader.launcher()) {
            String actual = "sha256:" + Digests.hex(Digests.sha256(in));
            if (!actual.equals(metadata.launcher().checksum())) {
                problems.add("launcher checksum mismatch");
            }
        } catch (IOException e) {
            problems.add("cannot read the launcher: " + e.getMessage());
        }
    }

    private static void checkSlots(PackageReader reader, PackageMetadata metadata, List<String> problems) {
        List<SlotDescriptor> descriptors = reader.descriptors();
        if (descriptors.size() != metadata.slots().size()) {
            problems.add("slot table has " + descriptors.size() + " slots, metadata " + metadata.slots().size());
            return;
        }
        for (int i = 0; i < descriptors.size(); i++) {
            SlotDescriptor d = descriptors.get(i);
            SlotEntry e = metadata.slots().get(i);
            String where = "slot " + i + " (" + e.name() + ")";
            if (!descriptorMatches(d, e, i)) {
                problems.add(where + ": descriptor differs from the signed metadata");
                continue;
            }
            try (InputStream in = reader.slot(d)) {
                byte[] digest = Digests.sha256(in);
                if (!Digests.hex(digest).equals(e.sha256()) || Digests.prefix64(digest) != d.checksum()) {
                    problems.add(where + ": checksum mismatch");
                }
            } catch (IOException ex) {
                problems.add(where + ": cannot read: " + ex.getMessage());
            }
        }
    }

    private static boolean descriptorMatches(SlotDescriptor d, SlotEntry e, int position) {
        try {
            return d.id() == position && e.id() == position && d.size() == e.size()
                    && d.originalSize() == e.originalSize()
                    && d.operations() == OperationChain.parse(e.operations()).packed()
                    && Digests.hex16(d.checksum()).equals(e.checksum())
                    && d.purpose() == SlotNames.purpose(e.purpose())
                    && d.lifecycle() == SlotNames.lifecycle(e.lifecycle())
                    && d.permissions() == Integer.parseInt(e.permissions(), 8);
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
