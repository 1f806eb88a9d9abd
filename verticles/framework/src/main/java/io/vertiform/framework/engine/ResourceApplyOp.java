package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.context.TypedView;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.rules.ObjectCompatibility;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ApplyResourceChange: create, update or delete as planned. The result must be wholly known and compatible with
 * the plan; write-only values never reach the state. On failure the state Terraform keeps is the author's
 * partial state, else nothing (create) or the prior state (update, delete).
 */
public final class ResourceApplyOp {

    private enum Kind { CREATE, UPDATE, DELETE }

    private record Prepared(Kind kind, CtyValue prior, CtyValue planned, CtyValue config, PrivateState priv,
                            CtyValue meta, AtomicReference<Object> partial) {
    }

    private ResourceApplyOp() {
    }

    @SuppressWarnings("unchecked")
    public static Future<ApplyResourceChange.Response> run(Engine engine, ResourceModel m,
                                                           ApplyResourceChange.Request req, Scope scope) {
        CtyType t = m.type();
        return engine.workers().run(() -> prepare(engine, m, req, scope)).compose(p -> {
            if (p == null) {
                return Future.succeededFuture(failed(req, scope.diagnostics()));
            }
            Future<Object> call = switch (p.kind()) {
                case CREATE -> m.lifecycle().create(new CreateRequest<>(scope, view(p.planned(), m),
                        view(p.config(), m), p.priv(), p.meta(), p.partial()));
                case UPDATE -> m.lifecycle().update(new UpdateRequest<>(scope, view(p.planned(), m),
                        view(p.config(), m), view(p.prior(), m), p.priv(), p.meta(), p.partial()));
                case DELETE -> m.lifecycle().delete(new DeleteRequest<>(scope, view(p.prior(), m), p.priv(), p.meta()))
                        .map(v -> null);
            };
            return call.transform(ar -> engine.workers().run(() -> finish(m, req, scope, p, ar, t)));
        });
    }

    private static Prepared prepare(Engine engine, ResourceModel m, ApplyResourceChange.Request req, Scope scope) {
        CtyType t = m.type();
        try {
            CtyValue prior = ValueCodec.decode(req.priorState(), t);
            CtyValue planned = ValueCodec.decode(req.plannedState(), t);
            CtyValue config = ValueCodec.decode(req.config(), t);
            PrivateState priv = OpSupport.readPrivate(scope, req.plannedPrivate());
            CtyValue meta = OpSupport.providerMeta(engine.providerMeta(), req.providerMeta());
            Kind kind = planned.isNull() ? Kind.DELETE : prior.isNull() ? Kind.CREATE : Kind.UPDATE;
            return new Prepared(kind, prior, planned, config, priv, meta, new AtomicReference<>());
        } catch (RuntimeException e) {
            scope.diagnostics().add(Failures.diagnostic(e, "ApplyResourceChange", t));
            return null;
        }
    }

    private static ApplyResourceChange.Response finish(ResourceModel m, ApplyResourceChange.Request req, Scope scope,
                                                       Prepared p, AsyncResult<Object> outcome, CtyType t) {
        Diagnostics diags = scope.diagnostics();
        String op = switch (p.kind()) {
            case CREATE -> "Create";
            case UPDATE -> "Update";
            case DELETE -> "Delete";
        };
        CtyValue newState;
        boolean check = false;
        if (outcome.failed() || diags.hasErrors()) {
            if (outcome.failed()) {
                diags.add(Failures.diagnostic(outcome.cause(), op, t));
            }
            newState = afterFailure(p, outcome.succeeded() ? outcome.result() : null, t, diags);
        } else if (p.kind() == Kind.DELETE) {
            newState = CtyValue.nullVal(t);
        } else if (outcome.result() == null) {
            diags.addError("Missing Resource State After " + op, "The provider's " + op.toLowerCase(java.util.Locale.ROOT)
                    + " returned no state. Return the resource's state, every computed value set.");
            newState = afterFailure(p, null, t, diags);
        } else {
            try {
                newState = TypedValues.encode(outcome.result(), t);
                check = true;
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, op, t));
                newState = afterFailure(p, null, t, diags);
            }
        }
        newState = Planning.nullWriteOnly(m.schema(), newState);
        if (check) {
            List<PathError> unknown = ResultChecks.unknowns(newState);
            Failures.report(diags, unknown, t, "Provider returned invalid result object after apply",
                    "After the apply operation, the provider still indicated an unknown value. All values must be "
                            + "known after apply; set every computed attribute. ");
            if (unknown.isEmpty()) {
                Failures.report(diags, ObjectCompatibility.check(m.contract().block(), p.planned(), newState), t,
                        "Provider produced inconsistent result after apply",
                        "The applied state differs from the plan, which Terraform rejects: ");
            }
            newState = Planning.unknownsAsNull(newState);
        }
        byte[] priv;
        try {
            priv = newState.isNull() ? new byte[0] : OpSupport.writePrivate(scope, p.priv(), req.plannedPrivate());
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, op, t));
            priv = req.plannedPrivate();
        }
        return new ApplyResourceChange.Response(ValueCodec.encode(newState, t), priv, diags.toList(), false,
                Identities.of(m, newState));
    }

    /** What Terraform should keep after a failure: the partial (or returned) state, else nothing or the prior. */
    private static CtyValue afterFailure(Prepared p, Object returned, CtyType t, Diagnostics diags) {
        Object partial = p.partial().get() != null ? p.partial().get() : returned;
        if (partial != null && p.kind() != Kind.DELETE) {
            try {
                return Planning.unknownsAsNull(TypedValues.encode(partial, t));
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "partial state", t));
            }
        }
        return p.kind() == Kind.CREATE ? CtyValue.nullVal(t) : p.prior();
    }

    private static ApplyResourceChange.Response failed(ApplyResourceChange.Request req, Diagnostics diags) {
        return new ApplyResourceChange.Response(req.priorState(), req.plannedPrivate(), diags.toList(), false, null);
    }

    private static <S> TypedView<S> view(CtyValue v, ResourceModel m) {
        return OpSupport.view(v, m.stateType());
    }
}
