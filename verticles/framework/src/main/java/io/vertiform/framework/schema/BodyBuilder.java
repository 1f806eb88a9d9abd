package io.vertiform.framework.schema;

import io.vertiform.contracts.provider.StringKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The attribute/block/documentation part shared by schema and nested block builders. */
public abstract class BodyBuilder<B extends BodyBuilder<B>> {

    final List<AttributeSpec.Builder> attributes = new ArrayList<>();
    final List<Object> blocks = new ArrayList<>();
    String description = "";
    StringKind descriptionKind = StringKind.PLAIN;
    String deprecationMessage = "";

    abstract B self();

    public B attribute(AttributeSpec.Builder attribute) {
        attributes.add(Objects.requireNonNull(attribute, "attribute"));
        return self();
    }

    public B attributes(AttributeSpec.Builder... more) {
        for (AttributeSpec.Builder a : more) {
            attribute(a);
        }
        return self();
    }

    public B block(NestedBlockSpec.Builder block) {
        blocks.add(Objects.requireNonNull(block, "block"));
        return self();
    }

    public B description(String text) {
        this.description = Objects.requireNonNull(text, "description");
        this.descriptionKind = StringKind.PLAIN;
        return self();
    }

    public B markdownDescription(String text) {
        this.description = Objects.requireNonNull(text, "description");
        this.descriptionKind = StringKind.MARKDOWN;
        return self();
    }

    public B deprecated(String message) {
        if (message == null || message.isBlank()) {
            throw new SchemaException("a deprecation needs a message");
        }
        this.deprecationMessage = message;
        return self();
    }

    BlockSpec buildBody() {
        List<AttributeSpec> attrs = new ArrayList<>();
        for (AttributeSpec.Builder a : attributes) {
            attrs.add(a.build());
        }
        List<NestedBlockSpec> built = new ArrayList<>();
        for (Object b : blocks) {
            built.add(((NestedBlockSpec.Builder) b).build());
        }
        return new BlockSpec(attrs, built, description, descriptionKind, deprecationMessage);
    }
}
