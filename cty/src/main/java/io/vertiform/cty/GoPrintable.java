package io.vertiform.cty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Go's {@code unicode.IsPrint} from a table recorded from the Go toolchain of the oracle
 * ({@code go-isprint.txt}, made by {@code tofusoup/oracle/vectors/goprint}). The JDK's own character tables follow
 * its Unicode version — 13 on JDK 17, 16 on JDK 25 — so deciding with them would quote a newer character
 * differently on different JDKs, and set hashes (hence set order on the wire) would follow.
 */
final class GoPrintable {

    /** Sorted, disjoint [first, last] pairs, flattened. */
    private static final int[] RANGES = load();

    private GoPrintable() {
    }

    static boolean isPrint(int cp) {
        int lo = 0;
        int hi = RANGES.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < RANGES[2 * mid]) {
                hi = mid - 1;
            } else if (cp > RANGES[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int[] load() {
        try (InputStream in = GoPrintable.class.getResourceAsStream("go-isprint.txt")) {
            if (in == null) {
                throw new IllegalStateException("go-isprint.txt is missing from the cty jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            int[] out = new int[1024];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = Integer.parseInt(line, 0, space, 16);
                out[n++] = Integer.parseInt(line, space + 1, line.length(), 16);
            }
            return Arrays.copyOf(out, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
