package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertx.core.Future;

/** ValidateProviderConfig and ConfigureProvider. */
public final class ProviderOps {

    private ProviderOps() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<ValidateProviderConfig.Response> validate(Engine engine, ProviderModel m,
                                                                  ValidateProviderConfig.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            try {
                CtyValue config = ValueCodec.decode(req.config(), m.type());
                ConfigValidation.validate(m.schema(), config, null, m.configValidators(), diags);
                if (m.handler() instanceof ValidatesConfig v) {
                    v.validateConfig(new ValidateRequest<>(scope, OpSupport.view(config, m.configType())));
                }
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "ValidateProviderConfig", m.type()));
            }
            return new ValidateProviderConfig.Response(null, diags.toList());
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<ConfigureProvider.Response> configure(Engine engine, ProviderModel m,
                                                              ConfigureProvider.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            CtyType t = m.type();
            Object data = null;
            Deferral deferral = new Deferral();
            ProviderHandler handler = m.handler();
            if (handler != null) {
                try {
                    CtyValue config = ValueCodec.decode(req.config(), t);
                    data = handler.configure(new ConfigureRequest<>(scope, OpSupport.view(config, m.configType()),
                            deferral));
                } catch (RuntimeException e) {
                    diags.add(Failures.diagnostic(e, "ConfigureProvider", t));
                }
            }
            if (deferral.reason() != null && !scope.context().clientCapabilities().deferralAllowed()) {
                diags.addError("Invalid Deferred Provider Response", "The provider asked to defer all its operations, "
                        + "but Terraform did not indicate support for deferred actions. This is a bug in the provider.");
            }
            if (!diags.hasErrors()) {
                scope.session().configure(req.terraformVersion(), data, deferral.reason());
            }
            return new ConfigureProvider.Response(diags.toList());
        });
    }
}
