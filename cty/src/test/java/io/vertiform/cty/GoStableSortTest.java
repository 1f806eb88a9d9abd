package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GoStableSortTest {

    @Test
    void anInconsistentLessGivesGosOrder() {
        // Recorded from Go 1.19's sort.SliceStable: 57 values, "equal" when they differ by exactly 1 (not
        // transitive), otherwise numeric; enough elements for insertion-sorted blocks and two merge rounds.
        Integer[] data = new Integer[57];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * 37 + 11) % 57;
        }
        GoStableSort.sort(data, (a, b) -> Math.abs(a - b) != 1 && a < b);
        assertThat(data).containsExactly(2, 1, 0, 5, 4, 3, 6, 8, 7, 11, 10, 9, 13, 12, 16, 15, 14, 19, 18, 17, 20,
                22, 21, 25, 24, 23, 28, 27, 26, 30, 29, 33, 32, 31, 34, 36, 35, 39, 38, 37, 42, 41, 40, 45, 44, 43, 46,
                48, 47, 50, 49, 53, 52, 51, 54, 56, 55);
    }

    @Test
    void aConsistentLessIsAnyStableSort() {
        Random random = new Random(7);
        for (int n : new int[] {0, 1, 2, 19, 20, 21, 40, 41, 100, 1000}) {
            long[][] pairs = new long[n][];
            for (int i = 0; i < n; i++) {
                pairs[i] = new long[] {random.nextInt(10), i};
            }
            long[][] expected = pairs.clone();
            Arrays.sort(expected, Comparator.comparingLong(p -> p[0]));
            GoStableSort.sort(pairs, (a, b) -> a[0] < b[0]);
            assertThat(pairs).as("n=%d", n).isDeepEqualTo(expected);
        }
    }
}
