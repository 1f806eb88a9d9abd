package io.vertiform.launcher.demo.module;

import io.vertiform.hcl.Body;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A root module as the demo's client reads it: Terraform's {@code variable}, {@code provider}, {@code resource}
 * and {@code output} blocks (the {@code terraform} block is accepted and only matters to the real CLI).
 *
 * @param providerBody the body of {@code provider "<name>"}, null when the module has none (an empty config)
 */
public record DemoModule(String providerName, Map<String, VariableDecl> variables, Body providerBody,
                         List<ResourceDecl> resources, List<OutputDecl> outputs) {

    public DemoModule {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        resources = List.copyOf(resources);
        outputs = List.copyOf(outputs);
    }
}
