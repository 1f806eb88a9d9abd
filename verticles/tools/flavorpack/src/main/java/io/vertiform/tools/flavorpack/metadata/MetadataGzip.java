package io.vertiform.tools.flavorpack.metadata;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip wrapping of metadata. The JDK writes a fixed header with mtime 0 (what the format asks for, so equal
 * metadata compresses to equal bytes); reading caps the output so a gzip bomb fails fast.
 */
public final class MetadataGzip {

    private MetadataGzip() {
    }

    public static byte[] compress(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory gzip cannot fail", e);
        }
        return out.toByteArray();
    }

    public static byte[] decompress(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            byte[] out = in.readNBytes(PspfLayout.MAX_METADATA_BYTES + 1);
            if (out.length > PspfLayout.MAX_METADATA_BYTES) {
                throw PackException.malformed("metadata expands beyond " + PspfLayout.MAX_METADATA_BYTES + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw PackException.malformed("metadata is not valid gzip: " + e.getMessage());
        }
    }
}
