package io.vertiform.cty;

import java.util.List;
import java.util.Objects;

/** Result of {@link CtyValue#unmarkDeepWithPaths()}: the unmarked value and where its marks were (pre-order). */
public record UnmarkedWithPaths(CtyValue value, List<PathValueMarks> pathMarks) {
    public UnmarkedWithPaths {
        Objects.requireNonNull(value, "value");
        pathMarks = List.copyOf(pathMarks);
    }
}
