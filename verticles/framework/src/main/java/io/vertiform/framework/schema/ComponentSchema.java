package io.vertiform.framework.schema;

import io.vertiform.cty.CtyType;

/**
 * The schema of a provider, resource, data source or ephemeral resource: a version (state upgrades key on it)
 * and the root block.
 *
 * <pre>{@code
 * ComponentSchema.builder()
 *     .version(1)
 *     .description("A server")
 *     .attribute(Attributes.string("id").computed().useStateForUnknown())
 *     .attribute(Attributes.string("name").required().validators(Validators.lengthBetween(1, 64)))
 *     .block(Blocks.set("rule").attribute(Attributes.int64("port").required()))
 *     .build();
 * }</pre>
 */
public final class ComponentSchema {

    /** No attributes, version 0. */
    public static final ComponentSchema EMPTY = builder().build();

    private final long version;
    private final BlockSpec root;

    private ComponentSchema(long version, BlockSpec root) {
        this.version = version;
        this.root = root;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long version() {
        return version;
    }

    public BlockSpec root() {
        return root;
    }

    /** The object type values of this schema decode to. */
    public CtyType impliedType() {
        return root.impliedType();
    }

    public static final class Builder extends BodyBuilder<Builder> {
        private long version;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        public Builder version(long version) {
            if (version < 0) {
                throw new SchemaException("schema version cannot be negative");
            }
            this.version = version;
            return this;
        }

        public ComponentSchema build() {
            return new ComponentSchema(version, buildBody());
        }
    }
}
