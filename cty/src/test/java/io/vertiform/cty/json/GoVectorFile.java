package io.vertiform.cty.json;

import io.vertiform.cty.PathError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the tab-separated vectors produced with Debian's go-cty (see the header of each resource file). */
public final class GoVectorFile {
    private GoVectorFile() {
    }

    /** Non-comment rows, split on tabs (keeping empty fields). */
    public static List<String[]> rows(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code e} is the error go-cty reported: {@code expected} is the Terraform rendering (path prefix,
     * ": ", message). go-cty sometimes reports a path whose only step is empty, which renders as ": message"; that is
     * our root path.
     */
    public static void assertSameError(PathError e, String expected, String context) {
        String want = expected.startsWith(": ") ? expected.substring(2) : expected;
        assertThat(e.getMessage()).as(context).isEqualTo(want);
    }
}
