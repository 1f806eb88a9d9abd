package io.vertiform.rpc.mapping;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ActionSchema;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What protocol 5 cannot express, found before a neutral schema is sent to a protocol-5 host: nested attribute
 * types and computed blocks would be dropped silently by the field mapping, so each one becomes an error
 * diagnostic naming where it is; state stores, which a protocol-5 host never uses, become one warning.
 */
public final class ProtocolFeatures {

    private ProtocolFeatures() {
    }

    public static List<Diagnostic> protocol5Problems(GetProviderSchema.Response schema) {
        List<Diagnostic> problems = new ArrayList<>();
        check("provider", schema.provider(), problems);
        check("provider_meta", schema.providerMeta(), problems);
        checkAll("resource", schema.resourceSchemas(), problems);
        checkAll("data source", schema.dataSourceSchemas(), problems);
        checkAll("ephemeral resource", schema.ephemeralResourceSchemas(), problems);
        checkAll("list resource", schema.listResourceSchemas(), problems);
        for (Map.Entry<String, ActionSchema> e : schema.actionSchemas().entrySet()) {
            check("action " + e.getKey(), e.getValue().schema(), problems);
        }
        if (!schema.stateStoreSchemas().isEmpty()) {
            problems.add(Diagnostic.warning("State stores need plugin protocol 6",
                    "This provider offers state stores " + schema.stateStoreSchemas().keySet() + ", which protocol 5 cannot"
                            + " carry; they are not available to this Terraform/OpenTofu version."));
        }
        return problems;
    }

    private static void checkAll(String kind, Map<String, Schema> schemas, List<Diagnostic> problems) {
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            check(kind + " " + e.getKey(), e.getValue(), problems);
        }
    }

    private static void check(String owner, Schema schema, List<Diagnostic> problems) {
        if (schema != null) {
            block(owner, "", schema.block(), problems);
        }
    }

    private static void block(String owner, String path, Schema.Block block, List<Diagnostic> problems) {
        if (block.computed()) {
            problems.add(Diagnostic.error("Computed blocks need plugin protocol 6",
                    "Block " + where(path) + " of " + owner + " is computed, which protocol 5 cannot express."
                            + " Use Terraform 1.0+ / OpenTofu (protocol 6), or make it a non-computed block."));
        }
        for (Schema.Attribute a : block.attributes()) {
            if (a.nestedType() != null) {
                problems.add(Diagnostic.error("Nested attributes need plugin protocol 6",
                        "Attribute " + join(path, a.name()) + " of " + owner + " uses nested attribute types, which"
                                + " protocol 5 cannot express. Use Terraform 1.0+ / OpenTofu (protocol 6), or model it"
                                + " as a block."));
            }
        }
        for (Schema.NestedBlock nested : block.blockTypes()) {
            block(owner, join(path, nested.typeName()), nested.block(), problems);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String where(String path) {
        return path.isEmpty() ? "(top level)" : path;
    }
}
