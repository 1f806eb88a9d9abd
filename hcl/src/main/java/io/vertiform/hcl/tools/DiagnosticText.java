package io.vertiform.hcl.tools;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Range;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Diagnostics as text for people, in the spirit of hcl's diagnostic text writer: severity and summary, the source
 * line the subject starts on, then the detail.
 */
public final class DiagnosticText {
    private DiagnosticText() {
    }

    /** {@code sources} maps file names to their bytes, for quoting the offending line. */
    public static String render(Diagnostic d, Map<String, byte[]> sources) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.isError() ? "Error: " : "Warning: ").append(d.summary()).append("\n\n");
        Range r = d.subject();
        if (r != null) {
            sb.append("  on ").append(r.filename()).append(" line ").append(r.start().line()).append(":\n");
            String line = sourceLine(sources.get(r.filename()), r.start().byteOffset());
            if (line != null) {
                sb.append(String.format("%4d: %s%n", r.start().line(), line));
            }
            sb.append('\n');
        }
        if (!d.detail().isEmpty()) {
            sb.append(d.detail()).append("\n\n");
        }
        return sb.toString();
    }

    private static String sourceLine(byte[] src, int offset) {
        if (src == null || offset < 0 || offset > src.length) {
            return null;
        }
        int start = offset;
        while (start > 0 && src[start - 1] != '\n') {
            start--;
        }
        int end = offset;
        while (end < src.length && src[end] != '\n' && src[end] != '\r') {
            end++;
        }
        return new String(src, start, end - start, StandardCharsets.UTF_8);
    }
}
