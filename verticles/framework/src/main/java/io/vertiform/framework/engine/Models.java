package io.vertiform.framework.engine;

import io.vertiform.cty.CtyType;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.SchemaException;
import io.vertiform.framework.value.TypedValues;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

/** Start-up checks shared by the component models. */
final class Models {

    /** Names Terraform reserves at the top level of a resource block. */
    static final Set<String> RESOURCE_RESERVED = Set.of("connection", "count", "depends_on", "for_each", "lifecycle",
            "provider", "provisioner");
    /** ... of a data block (and of ephemeral resources). */
    static final Set<String> DATA_SOURCE_RESERVED = Set.of("count", "depends_on", "for_each", "lifecycle", "provider");
    /** ... of a provider block. */
    static final Set<String> PROVIDER_RESERVED = Set.of("alias", "version");

    private Models() {
    }

    static void checkSchema(String name, String kind, ComponentSchema schema, Set<String> reserved) {
        if (schema == null) {
            throw new SchemaException(kind + " " + name + ": schema() returned null");
        }
        schema.root().attributes().forEach(a -> {
            if (reserved.contains(a.name())) {
                throw new SchemaException(kind + " " + name + ": \"" + a.name() + "\" is reserved by Terraform");
            }
        });
        schema.root().blocks().forEach(b -> {
            if (reserved.contains(b.typeName())) {
                throw new SchemaException(kind + " " + name + ": \"" + b.typeName() + "\" is reserved by Terraform");
            }
        });
    }

    static void checkStateType(String name, String kind, Type stateType, CtyType cty) {
        if (stateType == null) {
            throw new ComponentException(kind + " " + name + ": cannot tell its state type");
        }
        List<String> problems = TypedValues.check(stateType, cty);
        if (!problems.isEmpty()) {
            throw new ComponentException(kind + " " + name + ": state type " + stateType.getTypeName()
                    + " does not match the schema:\n  " + String.join("\n  ", problems));
        }
    }

    static void noWriteOnly(String name, String kind, ComponentSchema schema) {
        if (schema.root().hasWriteOnly()) {
            throw new SchemaException(kind + " " + name + ": write-only attributes exist only in resources");
        }
    }
}
