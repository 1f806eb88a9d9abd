package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.GenerateResourceConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertx.core.Future;

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
     * Configuration for {@code terraform plan -generate-config-out}: the state without what configuration
     * cannot set (computed-only and write-only attributes).
     */
    public static Future<GenerateResourceConfig.Response> generate(Engine engine, ResourceModel m,
                                                                  GenerateResourceConfig.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            CtyType t = m.type();
            try {
                CtyValue state = ValueCodec.decode(req.state(), t);
                CtyValue config = state.isNull() ? state : PlanWalk.walk(m.schema().root(), null, null, state,
                        (a, path, parent, cv, sv, pv) -> a.computedOnly() || a.writeOnly()
                                ? CtyValue.nullVal(a.impliedType()) : pv);
                return new GenerateResourceConfig.Response(ValueCodec.encode(config, t), diags.toList());
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "GenerateResourceConfig", t));
                return new GenerateResourceConfig.Response(null, diags.toList());
            }
        });
    }
}
