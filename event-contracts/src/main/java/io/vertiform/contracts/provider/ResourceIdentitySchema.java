package io.vertiform.contracts.provider;

import io.vertiform.cty.CtyType;
import java.util.List;

/** The identity schema of a managed resource type. */
public record ResourceIdentitySchema(long version, List<IdentityAttribute> identityAttributes) {

    public ResourceIdentitySchema {
        identityAttributes = Values.list(identityAttributes);
    }

    public record IdentityAttribute(String name, CtyType type, boolean requiredForImport, boolean optionalForImport,
                                    String description) {
        public IdentityAttribute {
            name = Values.text(name);
            description = Values.text(description);
        }
    }
}
