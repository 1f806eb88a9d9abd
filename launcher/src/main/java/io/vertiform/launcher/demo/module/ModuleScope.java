package io.vertiform.launcher.demo.module;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.function.Stdlib;
import io.vertiform.hcl.hcldec.Hcldec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What expressions of the module can refer to: {@code var.*}, {@code path.module|root|cwd} and the resources'
 * current values ({@code <type>.<name>.<attribute>}), plus the functions our HCL library shares with
 * Terraform's ({@code upper}, {@code lower}, {@code length}, {@code jsonencode}, ...).
 */
public final class ModuleScope {

    private final Map<String, CtyValue> variables;
    private final Path workingDirectory;
    private final Map<String, Map<String, CtyValue>> resources = new LinkedHashMap<>();

    public ModuleScope(Map<String, CtyValue> variables, Path workingDirectory) {
        this.variables = Map.copyOf(variables);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Makes {@code value} what references to {@code resource} see from now on. */
    public void set(ResourceDecl resource, CtyValue value) {
        resources.computeIfAbsent(resource.type(), t -> new TreeMap<>()).put(resource.name(), value);
    }

    public EvalContext context() {
        Map<String, CtyValue> vars = new LinkedHashMap<>();
        vars.put("var", variables.isEmpty() ? CtyValue.objectVal(Map.of()) : CtyValue.objectVal(variables));
        vars.put("path", CtyValue.objectVal(Map.of("module", CtyValue.stringVal("."),
                "root", CtyValue.stringVal("."), "cwd", CtyValue.stringVal(workingDirectory.toString()))));
        resources.forEach((type, byName) -> vars.put(type, CtyValue.objectVal(byName)));
        return EvalContext.of(vars, Stdlib.hcldecFunctions());
    }

    /**
     * The configuration value of {@code body} against the provider's {@code schema}; a null body (no provider
     * block) is an empty configuration.
     */
    public CtyValue decode(Body body, Schema.Block schema, String what) {
        if (body == null) {
            return ModuleLoader.convert(CtyValue.objectVal(nullAttributes(schema)), SchemaTypes.block(schema), what);
        }
        Evaluated e = Hcldec.decode(body, SchemaSpecs.of(schema), context());
        ModuleException.throwIfErrors(what, e.diagnostics());
        return ModuleLoader.convert(e.value(), SchemaTypes.block(schema), what);
    }

    public CtyValue evaluate(OutputDecl output) {
        Evaluated e = output.value().value(context());
        ModuleException.throwIfErrors("output \"" + output.name() + "\"", e.diagnostics());
        return e.value();
    }

    private static Map<String, CtyValue> nullAttributes(Schema.Block schema) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        schema.attributes().forEach(a -> attrs.put(a.name(), CtyValue.nullVal(SchemaTypes.attribute(a))));
        schema.blockTypes().forEach(b -> attrs.put(b.typeName(), CtyValue.nullVal(SchemaTypes.nestedBlock(b))));
        return attrs;
    }
}
