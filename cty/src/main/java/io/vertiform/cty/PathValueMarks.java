package io.vertiform.cty;

import java.util.Objects;
import java.util.Set;

/** Marks found at (or to apply at) one path inside a value, like go-cty's {@code PathValueMarks}. */
public record PathValueMarks(CtyPath path, Set<Object> marks) {
    public PathValueMarks {
        Objects.requireNonNull(path, "path");
        marks = Set.copyOf(marks);
    }
}
