package io.vertiform.contracts.provider;

import io.vertiform.cty.CtyType;
import java.util.List;

/**
 * A versioned configuration schema (provider, resource, data source, ...), protocol-neutral: attributes may use
 * nested attribute types and blocks may be computed, which only protocol 6 can express; the RPC layer reports
 * those to a protocol-5 client as diagnostics instead of dropping them.
 *
 * @param version schema version (state upgrades key on it)
 * @param block   the top-level block
 */
public record Schema(long version, Block block) {

    public Schema {
        block = block == null ? Block.EMPTY : block;
    }

    /** An empty version-0 schema. */
    public static final Schema EMPTY = new Schema(0, Block.EMPTY);

    /** A block: attributes plus nested block types. */
    public record Block(long version, List<Attribute> attributes, List<NestedBlock> blockTypes, String description,
                        StringKind descriptionKind, boolean deprecated, String deprecationMessage, boolean computed) {

        public static final Block EMPTY = new Block(0, List.of(), List.of(), "", StringKind.PLAIN, false, "", false);

        public Block {
            attributes = Values.list(attributes);
            blockTypes = Values.list(blockTypes);
            description = Values.text(description);
            descriptionKind = descriptionKind == null ? StringKind.PLAIN : descriptionKind;
            deprecationMessage = Values.text(deprecationMessage);
        }
    }

    /**
     * An attribute: either a cty {@code type} or (protocol 6) a {@code nestedType} of nested attributes.
     */
    public record Attribute(String name, CtyType type, NestedType nestedType, String description, boolean required,
                            boolean optional, boolean computed, boolean sensitive, StringKind descriptionKind,
                            boolean deprecated, boolean writeOnly, String deprecationMessage) {

        public Attribute {
            name = Values.text(name);
            description = Values.text(description);
            descriptionKind = descriptionKind == null ? StringKind.PLAIN : descriptionKind;
            deprecationMessage = Values.text(deprecationMessage);
        }

        /** A plain typed attribute with no description. */
        public static Attribute of(String name, CtyType type, boolean required, boolean optional, boolean computed) {
            return new Attribute(name, type, null, "", required, optional, computed, false, StringKind.PLAIN, false,
                    false, "");
        }
    }

    /** A nested block type and how instances of it nest. */
    public record NestedBlock(String typeName, Block block, NestingMode nesting, long minItems, long maxItems) {

        /** Names match the protocol's enum. */
        public enum NestingMode { SINGLE, LIST, SET, MAP, GROUP }

        public NestedBlock {
            typeName = Values.text(typeName);
            block = block == null ? Block.EMPTY : block;
        }
    }

    /** Nested attributes (protocol 6's {@code Schema.Object}). */
    public record NestedType(List<Attribute> attributes, NestingMode nesting) {

        /** Names match the protocol's enum. */
        public enum NestingMode { SINGLE, LIST, SET, MAP }

        public NestedType {
            attributes = Values.list(attributes);
        }
    }
}
