package io.vertiform.hcl;

import java.util.List;
import java.util.Map;

/**
 * What a body yielded for a schema: attributes by name and blocks in source order (hcl's {@code BodyContent}).
 */
public record BodyContent(Map<String, Attribute> attributes, List<Block> blocks, Range missingItemRange) {
}
