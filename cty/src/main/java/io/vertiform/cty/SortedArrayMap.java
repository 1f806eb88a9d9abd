package io.vertiform.cty;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.IntFunction;

/**
 * An immutable {@link SortedMap} in Go's string order over two parallel arrays. Object types and object values are
 * built from attribute names that are already sorted (a type's own names), so they can share one key array and skip
 * the per-entry nodes and comparisons of a {@link java.util.TreeMap}. Lookups are binary searches.
 *
 * <p>The arrays are never written after construction; callers hand over arrays nobody else writes to.
 */
final class SortedArrayMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private final String[] keys;
    private final Object[] values;
    private final int from;
    private final int to;

    /** @param keys sorted by {@link GoStrings#ORDER} without duplicates; values[i] belongs to keys[i] */
    SortedArrayMap(String[] keys, Object[] values) {
        this(keys, values, 0, keys.length);
    }

    private SortedArrayMap(String[] keys, Object[] values, int from, int to) {
        this.keys = keys;
        this.values = values;
        this.from = from;
        this.to = to;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean isEmpty() {
        return to == from;
    }

    /** Index of {@code key} in the arrays, or -1. */
    private int indexOf(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int i = lowerBound(s);
        return i < to && keys[i].equals(s) ? i : -1;
    }

    /** First index in [from, to) whose key is not below {@code key}. */
    private int lowerBound(String key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (GoStrings.compare(keys[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Comparator<? super String> comparator() {
        return GoStrings.ORDER;
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        if (GoStrings.compare(fromKey, toKey) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), lowerBound(toKey));
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return new SortedArrayMap<>(keys, values, from, lowerBound(toKey));
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return new SortedArrayMap<>(keys, values, lowerBound(fromKey), to);
    }

    @Override
    public String firstKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return keys[from];
    }

    @Override
    public String lastKey() {
        if (isEmpty()) {
            throw new NoSuchElementException();
        }
        return keys[to - 1];
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Cursor<>(i -> keys[i]);
            }

            @Override
            public int size() {
                return to - from;
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Cursor<>(i -> (V) values[i]);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Cursor<>(i -> new SimpleImmutableEntry<>(keys[i], (V) values[i]));
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /** A read-only iterator over [from, to). */
    private final class Cursor<T> implements Iterator<T> {
        private final IntFunction<T> at;
        private int next = from;

        Cursor(IntFunction<T> at) {
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < to;
        }

        @Override
        public T next() {
            if (next >= to) {
                throw new NoSuchElementException();
            }
            return at.apply(next++);
        }
    }
}
