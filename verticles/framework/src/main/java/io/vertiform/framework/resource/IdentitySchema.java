package io.vertiform.framework.resource;

import io.vertiform.contracts.provider.ResourceIdentitySchema;
import io.vertiform.cty.CtyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The identity attributes of a resource type. */
public final class IdentitySchema {

    private final long version;
    private final List<ResourceIdentitySchema.IdentityAttribute> attributes;

    private IdentitySchema(long version, List<ResourceIdentitySchema.IdentityAttribute> attributes) {
        this.version = version;
        this.attributes = List.copyOf(attributes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long version() {
        return version;
    }

    public CtyType impliedType() {
        Map<String, CtyType> types = new LinkedHashMap<>();
        for (ResourceIdentitySchema.IdentityAttribute a : attributes) {
            types.put(a.name(), a.type());
        }
        return CtyType.object(types);
    }

    public ResourceIdentitySchema toContract() {
        return new ResourceIdentitySchema(version, attributes);
    }

    public static final class Builder {
        private long version;
        private final List<ResourceIdentitySchema.IdentityAttribute> attributes = new ArrayList<>();

        public Builder version(long v) {
            this.version = v;
            return this;
        }

        /** An attribute import-by-identity must supply. */
        public Builder requiredForImport(String name, CtyType type, String description) {
            attributes.add(new ResourceIdentitySchema.IdentityAttribute(name, type, true, false, description));
            return this;
        }

        public Builder optionalForImport(String name, CtyType type, String description) {
            attributes.add(new ResourceIdentitySchema.IdentityAttribute(name, type, false, true, description));
            return this;
        }

        public IdentitySchema build() {
            return new IdentitySchema(version, attributes);
        }
    }
}
