package io.vertiform.cty.richjson;

import java.util.Objects;

/**
 * A JSON number kept as its exact source text: cty numbers are parsed from it at 512 bits, so it must never pass
 * through {@code double} (or {@code BigDecimal}, which would also lose a negative zero).
 */
public record JsonNumber(String text) {
    public JsonNumber {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
