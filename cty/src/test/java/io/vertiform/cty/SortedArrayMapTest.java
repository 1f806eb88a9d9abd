package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SortedArrayMapTest {
    private static final String[] KEYS = {"", "a", "ab", "b", "\uFFFD", "\uD83D\uDE00"};
    private static final Integer[] VALUES = {0, 1, 2, 3, 4, 5};

    private static SortedMap<String, Integer> map() {
        return new SortedArrayMap<>(KEYS, VALUES);
    }

    private static TreeMap<String, Integer> tree() {
        TreeMap<String, Integer> t = new TreeMap<>(GoStrings.ORDER);
        for (int i = 0; i < KEYS.length; i++) {
            t.put(KEYS[i], VALUES[i]);
        }
        return t;
    }

    @Test
    void behavesLikeATreeMapInGoOrder() {
        SortedMap<String, Integer> m = map();
        TreeMap<String, Integer> t = tree();
        assertThat(m).isEqualTo(t).hasSameHashCodeAs(t).hasToString(t.toString());
        assertThat(t).isEqualTo(m);
        assertThat(m.keySet()).containsExactlyElementsOf(t.keySet());
        assertThat(m.values()).containsExactlyElementsOf(t.values());
        assertThat(m.entrySet()).containsExactlyElementsOf(t.entrySet());
        assertThat(m.comparator()).isSameAs(GoStrings.ORDER);
        for (String k : KEYS) {
            assertThat(m.get(k)).isEqualTo(t.get(k));
            assertThat(m.containsKey(k)).isTrue();
            assertThat(m.keySet().contains(k)).isTrue();
        }
        assertThat(m.get("aa")).isNull();
        assertThat(m.get("\uFFFF")).isNull();
        assertThat(m.get(null)).isNull();
        assertThat(m.get(42)).isNull();
        assertThat(m.containsKey("c")).isFalse();
        assertThat(m.firstKey()).isEmpty();
        assertThat(m.lastKey()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void rangeViewsMatchTreeMap() {
        SortedMap<String, Integer> m = map();
        TreeMap<String, Integer> t = tree();
        String[] bounds = {"", "a", "aa", "b", "c", "\uFFFD", "\uD83D\uDE00", "\uDBFF\uDFFF"};
        for (String lo : bounds) {
            assertThat(m.headMap(lo)).isEqualTo(t.headMap(lo));
            assertThat(m.tailMap(lo)).isEqualTo(t.tailMap(lo));
            for (String hi : bounds) {
                if (GoStrings.compare(lo, hi) <= 0) {
                    SortedMap<String, Integer> sub = m.subMap(lo, hi);
                    assertThat(sub).isEqualTo(t.subMap(lo, hi));
                    assertThat(sub.keySet()).containsExactlyElementsOf(t.subMap(lo, hi).keySet());
                }
            }
        }
        assertThat(m.tailMap("b").firstKey()).isEqualTo("b");
        assertThat(m.headMap("b").lastKey()).isEqualTo("ab");
        assertThat(m.subMap("b", "\uFFFD").get("a")).isNull();
        assertThatThrownBy(() -> m.subMap("b", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.subMap("b", "b").firstKey()).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void isReadOnly() {
        SortedMap<String, Integer> m = map();
        assertThatThrownBy(() -> m.put("z", 9)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator();
        Map.Entry<String, Integer> first = it.next();
        assertThatThrownBy(() -> first.setValue(7)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> keys = m.headMap("a").keySet().iterator();
        keys.next();
        assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
        assertThat(m).hasSize(KEYS.length);
    }
}
