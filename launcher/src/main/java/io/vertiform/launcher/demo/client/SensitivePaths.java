package io.vertiform.launcher.demo.client;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyValue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which top-level attributes of a resource must not be printed: those the schema declares sensitive and those
 * whose configured value derives from a sensitive variable (marked during evaluation, as Terraform tracks it).
 */
public final class SensitivePaths {

    private SensitivePaths() {
    }

    public static Set<String> hidden(Schema.Block schema, CtyValue config) {
        Set<String> hidden = new TreeSet<>();
        schema.attributes().stream().filter(Schema.Attribute::sensitive).forEach(a -> hidden.add(a.name()));
        if (config != null && !config.isNull() && config.isKnown()) {
            CtyValue unmarkedTop = config.unmark();
            unmarkedTop.mapEntries().forEach((name, v) -> {
                if (!v.deepMarks().isEmpty()) {
                    hidden.add(name);
                }
            });
        }
        return hidden;
    }
}
