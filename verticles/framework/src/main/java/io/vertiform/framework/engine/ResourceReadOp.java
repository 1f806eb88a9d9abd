package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import java.util.List;

/**
 * ReadResource (refresh): the author reports the real object; null means it vanished, which Terraform plans to
 * re-create. Drift is whatever differs from the state Terraform sent.
 */
public final class ResourceReadOp {

    private record Prepared(CtyValue current, PrivateState priv, CtyValue meta) {
    }

    private ResourceReadOp() {
    }

    public static Future<ReadResource.Response> run(Engine engine, ResourceModel m, ReadResource.Request req,
                                                    Scope scope) {
        CtyType t = m.type();
        Deferred.Reason sessionDefer = scope.session().deferAll();
        if (sessionDefer != null && scope.context().clientCapabilities().deferralAllowed()) {
            return Future.succeededFuture(new ReadResource.Response(req.currentState(), List.of(), req.privateData(),
                    new Deferred(sessionDefer), req.currentIdentity()));
        }
        Deferral deferral = new Deferral();
        return engine.workers().run(() -> {
            try {
                return new Prepared(ValueCodec.decode(req.currentState(), t), OpSupport.readPrivate(scope,
                        req.privateData()), OpSupport.providerMeta(engine.providerMeta(), req.providerMeta()));
            } catch (RuntimeException e) {
                scope.diagnostics().add(Failures.diagnostic(e, "ReadResource", t));
                return null;
            }
        }).compose(p -> {
            if (p == null) {
                return Future.succeededFuture(keep(req, scope.diagnostics(), null));
            }
            return m.lifecycle().read(new ReadRequest<>(scope, OpSupport.view(p.current(), m.stateType()), p.priv(),
                            p.meta(), deferral))
                    .transform(ar -> engine.workers().run(() -> finish(m, req, scope, p, ar, deferral)));
        });
    }

    private static ReadResource.Response finish(ResourceModel m, ReadResource.Request req, Scope scope, Prepared p,
                                                AsyncResult<Object> outcome, Deferral deferral) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        if (outcome.failed()) {
            diags.add(Failures.diagnostic(outcome.cause(), "Read", t));
            return keep(req, diags, null);
        }
        Deferred deferred = Deferrals.resolve(deferral.reason(), null, scope.context().clientCapabilities(), diags);
        if (deferred != null || diags.hasErrors()) {
            return keep(req, diags, deferred);
        }
        CtyValue state;
        try {
            state = outcome.result() == null ? CtyValue.nullVal(t) : TypedValues.encode(outcome.result(), t);
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "Read", t));
            return keep(req, diags, null);
        }
        state = Planning.nullWriteOnly(m.schema(), state);
        List<PathError> unknown = ResultChecks.unknowns(state);
        if (!unknown.isEmpty()) {
            Failures.report(diags, unknown, t, "Provider produced invalid object",
                    "The read returned an unknown value; a refreshed state must be wholly known. ");
            return keep(req, diags, null);
        }
        byte[] priv;
        try {
            priv = state.isNull() ? new byte[0] : OpSupport.writePrivate(scope, p.priv(), req.privateData());
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "Read", t));
            priv = req.privateData();
        }
        return new ReadResource.Response(ValueCodec.encode(state, t), diags.toList(), priv, null,
                state.isNull() ? null : Identities.of(m, state));
    }

    private static ReadResource.Response keep(ReadResource.Request req, Diagnostics diags, Deferred deferred) {
        return new ReadResource.Response(req.currentState(), diags.toList(), req.privateData(), deferred,
                req.currentIdentity());
    }
}
