package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.CloseEphemeralResource;
import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.OpenEphemeralResource;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.contracts.provider.ValidateEphemeralResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.ephemeral.CloseEphemeralRequest;
import io.vertiform.framework.ephemeral.CloseableEphemeral;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.ephemeral.OpenEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewableEphemeral;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.rules.PlanValidity;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** Validate, open, renew and close of ephemeral resources; their private data is encrypted like state's. */
public final class EphemeralOps {

    private EphemeralOps() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<ValidateEphemeralResourceConfig.Response> validate(Engine engine, EphemeralModel m,
                                                                           ValidateEphemeralResourceConfig.Request req,
                                                                           Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            try {
                CtyValue config = ValueCodec.decode(req.config(), m.type());
                ConfigValidation.validate(m.schema(), config, null, m.configValidators(), diags);
                if (m.handler() instanceof ValidatesConfig v) {
                    v.validateConfig(new ValidateRequest<>(scope, OpSupport.view(config, m.stateType())));
                }
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "ValidateEphemeralResourceConfig", m.type()));
            }
            return new ValidateEphemeralResourceConfig.Response(diags.toList());
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<OpenEphemeralResource.Response> open(Engine engine, EphemeralModel m,
                                                              OpenEphemeralResource.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            CtyType t = m.type();
            CtyValue result;
            PrivateState priv = new PrivateState();
            OpenEphemeralRequest<Object> open;
            try {
                CtyValue config = ValueCodec.decode(req.config(), t);
                Deferral deferral = new Deferral();
                open = new OpenEphemeralRequest<>(scope, OpSupport.view(config, m.stateType()), priv, deferral);
                Object opened = ((EphemeralResourceHandler) m.handler()).open(open);
                Deferred deferred = Deferrals.resolve(deferral.reason(), scope.session().deferAll(),
                        scope.context().clientCapabilities(), diags);
                if (deferred != null) {
                    return new OpenEphemeralResource.Response(diags.toList(), null,
                            ValueCodec.encode(CtyValue.unknownVal(t), t), null, deferred);
                }
                if (diags.hasErrors()) {
                    return new OpenEphemeralResource.Response(diags.toList(), null, null, null, null);
                }
                if (opened == null) {
                    diags.addError("Missing Ephemeral Resource Result", "open returned nothing; return the result, "
                            + "every computed attribute set.");
                    return new OpenEphemeralResource.Response(diags.toList(), null, null, null, null);
                }
                result = TypedValues.encode(opened, t);
                List<PathError> errs = new ArrayList<>(ResultChecks.unknowns(result));
                if (errs.isEmpty()) {
                    errs.addAll(PlanValidity.check(m.contract().block(), CtyValue.nullVal(t), config, result));
                }
                Failures.report(diags, errs, t, "Provider produced invalid object",
                        "The ephemeral result breaks Terraform's rules: ");
                if (diags.hasErrors()) {
                    return new OpenEphemeralResource.Response(diags.toList(), null, null, null, null);
                }
                byte[] privBytes = OpSupport.writePrivate(scope, priv, null);
                return new OpenEphemeralResource.Response(diags.toList(), open.renewAt(), ValueCodec.encode(result, t),
                        privBytes, null);
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "OpenEphemeralResource", t));
                return new OpenEphemeralResource.Response(diags.toList(), null, null, null, null);
            }
        });
    }

    public static Future<RenewEphemeralResource.Response> renew(Engine engine, EphemeralModel m,
                                                                RenewEphemeralResource.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            if (!(m.handler() instanceof RenewableEphemeral renewable)) {
                return new RenewEphemeralResource.Response(diags.toList(), null, req.privateData());
            }
            try {
                PrivateState priv = OpSupport.readPrivate(scope, req.privateData());
                RenewEphemeralRequest r = new RenewEphemeralRequest(scope, priv);
                renewable.renew(r);
                return new RenewEphemeralResource.Response(diags.toList(), r.renewAt(),
                        OpSupport.writePrivate(scope, priv, req.privateData()));
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "RenewEphemeralResource", m.type()));
                return new RenewEphemeralResource.Response(diags.toList(), null, req.privateData());
            }
        });
    }

    public static Future<CloseEphemeralResource.Response> close(Engine engine, EphemeralModel m,
                                                                CloseEphemeralResource.Request req, Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            if (m.handler() instanceof CloseableEphemeral closeable) {
                try {
                    closeable.close(new CloseEphemeralRequest(scope, OpSupport.readPrivate(scope, req.privateData())));
                } catch (RuntimeException e) {
                    diags.add(Failures.diagnostic(e, "CloseEphemeralResource", m.type()));
                }
            }
            return new CloseEphemeralResource.Response(diags.toList());
        });
    }
}
