package io.vertiform.hcl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tree of byte ranges recognising one multi-byte character (at most four bytes). hclsyntax's identifier tables
 * were generated so that some continuation bytes range over 0x00-0xFF: they accept malformed UTF-8 after certain lead
 * bytes, and only an exact byte-level automaton (probed from the Go scanner) reproduces which.
 */
final class ByteAutomaton {
    private static final int ACCEPT = -1;
    private final int[][] next;

    private ByteAutomaton(int[][] next) {
        this.next = next;
    }

    /** Length of the character starting at {@code i} (from its lead byte), or 0 when none does. */
    int match(byte[] b, int i, int end) {
        int state = 0;
        for (int k = 0; k < 4 && i + k < end; k++) {
            int t = next[state][b[i + k] & 0xff];
            if (t == ACCEPT) {
                return k + 1;
            }
            if (t == 0) {
                return 0;
            }
            state = t;
        }
        return 0;
    }

    /** Reads {@code node <id>} and {@code edge <id> <lo> <hi> <target|accept>} lines; node 0 is the start. */
    static final class Builder {
        private final List<int[]> edges = new ArrayList<>();
        private int maxNode;

        void line(String[] f) {
            if (f[1].equals("node")) {
                maxNode = Math.max(maxNode, Integer.parseInt(f[2]));
                return;
            }
            int from = Integer.parseInt(f[2]);
            int target = f[5].equals("accept") ? ACCEPT : Integer.parseInt(f[5]);
            edges.add(new int[] {from, Integer.parseInt(f[3], 16), Integer.parseInt(f[4], 16), target});
            maxNode = Math.max(maxNode, Math.max(from, target));
        }

        ByteAutomaton build() {
            int[][] next = new int[maxNode + 1][];
            for (int s = 0; s <= maxNode; s++) {
                next[s] = new int[256];
            }
            for (int[] e : edges) {
                // Node 0 is never a target: transitions to 0 mean "no match".
                Arrays.fill(next[e[0]], e[1], e[2] + 1, e[3]);
            }
            return new ByteAutomaton(next);
        }
    }
}
