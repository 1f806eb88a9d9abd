package io.vertiform.cty;

import java.util.function.BiPredicate;

/**
 * Go's {@code sort.SliceStable}, step for step: insertion sort of blocks of 20 elements, then rounds of
 * SymMerge (Kim and Kutzner) over doubling block sizes. For a consistent ordering any stable sort gives the same
 * result; go-cty's set order, though, comes from a {@code Less} that is not a strict weak order (two elements can
 * be "equal" because they are RawEquals — 0 and -0 inside a list — while a third sorts between them by hash
 * text), and then only the same sequence of comparisons and swaps gives the same order.
 */
final class GoStableSort {

    private static final int BLOCK = 20;

    private GoStableSort() {
    }

    static <T> void sort(T[] data, BiPredicate<T, T> less) {
        int n = data.length;
        int block = BLOCK;
        int a = 0;
        int b = block;
        while (b <= n) {
            insertionSort(data, less, a, b);
            a = b;
            b += block;
        }
        insertionSort(data, less, a, n);
        while (block < n) {
            a = 0;
            b = 2 * block;
            while (b <= n) {
                symMerge(data, less, a, a + block, b);
                a = b;
                b += 2 * block;
            }
            int m = a + block;
            if (m < n) {
                symMerge(data, less, a, m, n);
            }
            block *= 2;
        }
    }

    private static <T> void insertionSort(T[] data, BiPredicate<T, T> less, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && less.test(data[j], data[j - 1]); j--) {
                swap(data, j, j - 1);
            }
        }
    }

    /** Merges the sorted runs [a, m) and [m, b). */
    private static <T> void symMerge(T[] data, BiPredicate<T, T> less, int a, int m, int b) {
        if (m - a == 1) {
            // One element on the left: binary-search its place in the right run, then rotate it there.
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (less.test(data[h], data[a])) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                swap(data, k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!less.test(data[m], data[h])) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                swap(data, k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!less.test(data[p - c], data[c])) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(data, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(data, less, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(data, less, mid, end, b);
        }
    }

    /** Exchanges the runs [a, m) and [m, b) with block swaps, as Go does. */
    private static <T> void rotate(T[] data, int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(data, m - i, m, j);
                i -= j;
            } else {
                swapRange(data, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(data, m - i, m, i);
    }

    private static <T> void swapRange(T[] data, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            swap(data, a + i, b + i);
        }
    }

    private static <T> void swap(T[] data, int i, int j) {
        T t = data[i];
        data[i] = data[j];
        data[j] = t;
    }
}
