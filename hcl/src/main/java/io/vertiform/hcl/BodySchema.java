package io.vertiform.hcl;

import java.util.List;

/** The attributes and block types a caller expects in a body (hcl's {@code BodySchema}). */
public record BodySchema(List<AttributeSchema> attributes, List<BlockHeaderSchema> blocks) {

    public BodySchema {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** An expected attribute. */
    public record AttributeSchema(String name, boolean required) {
    }

    /** An expected block type and the names of its labels (their count is what matters). */
    public record BlockHeaderSchema(String type, List<String> labelNames) {
        public BlockHeaderSchema {
            labelNames = List.copyOf(labelNames);
        }
    }
}
