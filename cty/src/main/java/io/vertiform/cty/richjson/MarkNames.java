package io.vertiform.cty.richjson;

import io.vertiform.cty.Marks;

/**
 * Marks are arbitrary objects; rich JSON spells them as strings. {@code "sensitive"} is {@link Marks#SENSITIVE},
 * any other name is the {@link String} itself; printing uses {@code toString()}.
 */
final class MarkNames {
    private MarkNames() {
    }

    static Object fromName(String name) {
        return Marks.SENSITIVE.name().equals(name) ? Marks.SENSITIVE : name;
    }

    static String toName(Object mark) {
        return String.valueOf(mark);
    }
}
