package io.vertiform.launcher.demo.module;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;
import io.vertiform.hcl.hcldec.Hcldec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resources in an order where each comes after everything its configuration refers to (Terraform's graph walk,
 * serialised; ties keep source order). Destroy runs it backwards.
 */
public final class DependencyOrder {

    private DependencyOrder() {
    }

    public static List<ResourceDecl> of(List<ResourceDecl> resources, Function<String, Schema.Block> schemaOfType) {
        Map<String, ResourceDecl> byAddress = new LinkedHashMap<>();
        resources.forEach(r -> byAddress.put(r.address(), r));
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (ResourceDecl r : resources) {
            Set<String> deps = new LinkedHashSet<>();
            for (Traversal t : Hcldec.variables(r.body(), SchemaSpecs.of(schemaOfType.apply(r.type())))) {
                List<Traverser> steps = t.steps();
                if (steps.size() >= 2 && steps.get(1) instanceof Traverser.Attr attr) {
                    String address = t.rootName() + "." + attr.name();
                    // anything else (var.x, path.module, an undeclared name) is for evaluation to resolve or report
                    if (byAddress.containsKey(address)) {
                        deps.add(address);
                    }
                }
            }
            needs.put(r.address(), deps);
        }
        List<ResourceDecl> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (order.size() < resources.size()) {
            ResourceDecl next = resources.stream().filter(r -> !done.contains(r.address()))
                    .filter(r -> done.containsAll(needs.get(r.address()))).findFirst()
                    .orElseThrow(() -> new ModuleException("cycle between resources: " + remaining(needs, done)));
            order.add(next);
            done.add(next.address());
        }
        return order;
    }

    private static Set<String> remaining(Map<String, Set<String>> needs, Set<String> done) {
        Set<String> left = new LinkedHashSet<>(needs.keySet());
        left.removeAll(done);
        return left;
    }
}
