package io.vertiform.tools.flavorpack.extract;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.archive.SlotPayloads;
import io.vertiform.tools.flavorpack.archive.TarEntry;
import io.vertiform.tools.flavorpack.archive.TarReader;
import io.vertiform.tools.flavorpack.format.OperationChain;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.io.PackageReader;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.metadata.SlotEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Unpacks every slot of a package into a directory ({@code {workenv}} = that directory), keeping the executable
 * bit and the archived mtimes (start-up archives check jar timestamps). Verifying first is the caller's job.
 */
public final class Extractor {

    /** What was written. */
    public record Result(int slots, int files, long bytes) {
    }

    private Extractor() {
    }

    public static Result extractAll(PackageReader reader, Path root, boolean overwrite) {
        PackageMetadata metadata = reader.metadata();
        List<SlotDescriptor> descriptors = reader.descriptors();
        if (descriptors.size() != metadata.slots().size()) {
            throw PackException.malformed("slot table and metadata disagree on the slot count");
        }
        int files = 0;
        long bytes = 0;
        try {
            Files.createDirectories(root);
            for (int i = 0; i < descriptors.size(); i++) {
                SlotEntry entry = metadata.slots().get(i);
                Path target = SlotTargets.resolve(root, entry.target());
                Files.createDirectories(target);
                OperationChain chain = OperationChain.unpack(descriptors.get(i).operations());
                try (InputStream stored = reader.slot(descriptors.get(i))) {
                    TarReader tar = SlotPayloads.open(stored, chain);
                    for (TarEntry e; (e = tar.next()) != null; ) {
                        Path out = target.resolve(e.path());
                        if (e.directory()) {
                            Files.createDirectories(out);
                            continue;
                        }
                        Files.createDirectories(out.getParent());
                        try (OutputStream os = Files.newOutputStream(out, StandardOpenOption.CREATE,
                                overwrite ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.WRITE)) {
                            tar.copyData(os);
                        }
                        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                            Files.setPosixFilePermissions(out,
                                    PosixFilePermissions.fromString(e.executable() ? "rwxr-xr-x" : "rw-r--r--"));
                        }
                        Files.setLastModifiedTime(out, FileTime.from(e.mtime(), TimeUnit.SECONDS));
                        files++;
                        bytes += e.size();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw PackException.io("cannot extract " + reader.file() + " into " + root, e);
        }
        return new Result(descriptors.size(), files, bytes);
    }
}
