package io.vertiform.foundation.config;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/** A configuration tree and the single source all of it came from. */
public record SourcedTree(ConfigSource source, JsonObject tree) {
    public SourcedTree {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tree, "tree");
    }
}
