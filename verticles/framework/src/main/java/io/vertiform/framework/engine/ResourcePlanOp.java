package io.vertiform.framework.engine;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.diag.Paths;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.rules.PlanValidity;
import io.vertx.core.Future;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PlanResourceChange: the framework plans (see {@link Planning}), the author may adjust, and the result is
 * checked against Terraform's plan rules before it leaves, so an author mistake is reported with a clear
 * path instead of Terraform's "Provider produced invalid plan".
 */
public final class ResourcePlanOp {

    private ResourcePlanOp() {
    }

    public static Future<PlanResourceChange.Response> run(Engine engine, ResourceModel m,
                                                          PlanResourceChange.Request req, Scope scope) {
        return engine.workers().run(() -> plan(engine, m, req, scope));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static PlanResourceChange.Response plan(Engine engine, ResourceModel m, PlanResourceChange.Request req,
                                            Scope scope) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        CtyValue prior;
        CtyValue proposed;
        CtyValue config;
        PrivateState priv;
        CtyValue meta;
        try {
            prior = ValueCodec.decode(req.priorState(), t);
            proposed = ValueCodec.decode(req.proposedNewState(), t);
            config = ValueCodec.decode(req.config(), t);
            priv = OpSupport.readPrivate(scope, req.priorPrivate());
            meta = OpSupport.providerMeta(engine.providerMeta(), req.providerMeta());
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "PlanResourceChange", t));
            return failed(req, diags);
        }
        CtyValue planned = proposed;
        Set<CtyPath> replace = new LinkedHashSet<>();
        if (!proposed.isNull()) {
            Planning.Result r = Planning.plan(m.schema(), prior, proposed, config, diags);
            planned = r.planned();
            replace.addAll(r.requiresReplace());
        }
        Deferred.Reason sessionDefer = scope.session().deferAll();
        Deferral deferral = new Deferral();
        boolean deferredBySession = sessionDefer != null && scope.context().clientCapabilities().deferralAllowed();
        if (m.handler() instanceof ModifiesPlan mp && !deferredBySession) {
            ModifyPlanRequest<Object> mr = new ModifyPlanRequest<>(scope, planned, OpSupport.view(config, m.stateType()),
                    OpSupport.view(prior, m.stateType()), t, m.stateType(), priv, meta, deferral);
            try {
                mp.modifyPlan(mr);
                planned = mr.rawPlan();
                replace.addAll(mr.requiresReplace());
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "ModifyPlan", t));
            }
        }
        if (diags.hasErrors()) {
            return failed(req, diags);
        }
        planned = Planning.nullWriteOnly(m.schema(), planned);
        List<PathError> invalid = PlanValidity.check(m.contract().block(), prior, config, planned);
        if (!invalid.isEmpty()) {
            Failures.report(diags, invalid, t, "Provider produced invalid plan",
                    "The plan breaks Terraform's planning rules (a bug in the provider's plan customization): ");
            return failed(req, diags);
        }
        List<AttributePath> replacePaths = List.of();
        if (!prior.isNull() && !planned.isNull()) {
            Set<AttributePath> paths = new LinkedHashSet<>();
            for (CtyPath p : replace) {
                paths.add(Paths.toAttributePath(p, t));
            }
            replacePaths = List.copyOf(paths);
        }
        Deferred deferred = Deferrals.resolve(deferral.reason(), sessionDefer, scope.context().clientCapabilities(),
                diags);
        ResourceIdentityData identity = req.priorIdentity() != null && req.priorIdentity().identityData() != null
                && !req.priorIdentity().identityData().isEmpty() ? req.priorIdentity() : Identities.of(m, planned);
        byte[] plannedPrivate;
        try {
            plannedPrivate = OpSupport.writePrivate(scope, priv, req.priorPrivate());
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "PlanResourceChange", t));
            return failed(req, diags);
        }
        return new PlanResourceChange.Response(ValueCodec.encode(planned, t), replacePaths, plannedPrivate,
                diags.toList(), false, deferred, planned.isNull() ? null : identity);
    }

    private static PlanResourceChange.Response failed(PlanResourceChange.Request req, Diagnostics diags) {
        return new PlanResourceChange.Response(req.proposedNewState(), List.of(), req.priorPrivate(), diags.toList(),
                false, null, null);
    }
}
