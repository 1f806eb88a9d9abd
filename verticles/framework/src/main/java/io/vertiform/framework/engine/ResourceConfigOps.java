package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.GenerateResourceConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.resource.GenerateConfigRequest;
import io.vertiform.framework.resource.GeneratesConfig;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.Future;
import java.util.List;

/** ValidateResourceConfig and GenerateResourceConfig. */
public final class ResourceConfigOps {

    private ResourceConfigOps() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<ValidateResourceConfig.Response> validate(Engine engine, ResourceModel m,
                                                                  ValidateResourceConfig.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            CtyType t = m.type();
            try {
                CtyValue config = ValueCodec.decode(req.config(), t);
                boolean writeOnly = req.clientCapabilities() != null
                        && req.clientCapabilities().writeOnlyAttributesAllowed();
                ConfigValidation.validate(m.schema(), config, writeOnly, m.configValidators(), diags);
                if (m.handler() instanceof ValidatesConfig v) {
                    v.validateConfig(new ValidateRequest<>(scope, OpSupport.view(config, m.stateType())));
                }
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "ValidateResourceConfig", t));
            }
            return new ValidateResourceConfig.Response(diags.toList());
        });
    }

    /**
     * Configuration for {@code terraform plan -generate-config-out}: the state — or what the author's
     * {@link GeneratesConfig} makes of it — without what configuration cannot set (computed-only and write-only
     * attributes).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<GenerateResourceConfig.Response> generate(Engine engine, ResourceModel m,
                                                                  GenerateResourceConfig.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            CtyType t = m.type();
            try {
                CtyValue state = ValueCodec.decode(req.state(), t);
                CtyValue source = state;
                if (!state.isNull() && m.handler() instanceof GeneratesConfig g) {
                    Object generated = g.generateConfig(new GenerateConfigRequest<>(scope,
                            OpSupport.view(state, m.stateType())));
                    if (generated != null) {
                        source = TypedValues.encode(generated, t);
                    }
                }
                if (diags.hasErrors()) {
                    return new GenerateResourceConfig.Response(null, diags.toList());
                }
                CtyValue config = source.isNull() ? source : PlanWalk.walk(m.schema().root(), null, null, source,
                        (a, path, parent, cv, sv, pv) -> a.computedOnly() || a.writeOnly()
                                ? CtyValue.nullVal(a.impliedType()) : pv);
                List<PathError> unknown = ResultChecks.unknowns(config);
                if (!unknown.isEmpty()) {
                    Failures.report(diags, unknown, t, "Invalid Generated Configuration",
                            "A generated configuration must be wholly known. ");
                    return new GenerateResourceConfig.Response(null, diags.toList());
                }
                return new GenerateResourceConfig.Response(ValueCodec.encode(config, t), diags.toList());
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "GenerateResourceConfig", t));
                return new GenerateResourceConfig.Response(null, diags.toList());
            }
        });
    }
}
