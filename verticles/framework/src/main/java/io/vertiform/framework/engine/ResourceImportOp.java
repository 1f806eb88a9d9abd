package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.ImportResourceState;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.ImportRequest;
import io.vertiform.framework.resource.Importable;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.Future;
import java.util.List;

/** ImportResourceState: by id or identity; Terraform reads the object right after. */
public final class ResourceImportOp {

    private ResourceImportOp() {
    }

    public static Future<ImportResourceState.Response> run(Engine engine, ResourceModel m,
                                                           ImportResourceState.Request req, Scope scope) {
        return engine.workers().run(() -> importState(m, req, scope));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ImportResourceState.Response importState(ResourceModel m, ImportResourceState.Request req,
                                                            Scope scope) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        Deferred.Reason sessionDefer = scope.session().deferAll();
        if (sessionDefer != null && req.clientCapabilities() != null && req.clientCapabilities().deferralAllowed()) {
            return new ImportResourceState.Response(List.of(new ImportResourceState.ImportedResource(req.typeName(),
                    ValueCodec.encode(CtyValue.unknownVal(t), t), null, null)), List.of(), new Deferred(sessionDefer));
        }
        if (!(m.handler() instanceof Importable importable)) {
            diags.addError("Resource Import Not Implemented", "This resource does not support import. Please contact "
                    + "the provider developer for additional information.");
            return new ImportResourceState.Response(List.of(), diags.toList(), null);
        }
        PrivateState priv = new PrivateState();
        Deferral deferral = new Deferral();
        CtyValue state;
        CtyValue identity;
        try {
            identity = Identities.decode(m, req.identity());
            Object result = importable.importState(new ImportRequest<>(scope, req.id(), identity, t, m.stateType(),
                    priv, deferral));
            Deferred deferred = Deferrals.resolve(deferral.reason(), null, scope.context().clientCapabilities(), diags);
            if (deferred != null) {
                return new ImportResourceState.Response(List.of(new ImportResourceState.ImportedResource(
                        req.typeName(), ValueCodec.encode(CtyValue.unknownVal(t), t), null, null)), diags.toList(),
                        deferred);
            }
            if (result == null) {
                diags.addError("Missing Resource Import State", "The provider's import returned no state; return at "
                        + "least what its read needs to find the object.");
                return new ImportResourceState.Response(List.of(), diags.toList(), null);
            }
            state = Planning.nullWriteOnly(m.schema(), TypedValues.encode(result, t));
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "ImportState", t));
            return new ImportResourceState.Response(List.of(), diags.toList(), null);
        }
        List<PathError> unknown = ResultChecks.unknowns(state);
        if (!unknown.isEmpty()) {
            Failures.report(diags, unknown, t, "Invalid Import State", "Imported state must be wholly known. ");
        }
        if (diags.hasErrors()) {
            return new ImportResourceState.Response(List.of(), diags.toList(), null);
        }
        ResourceIdentityData id = !identity.isNull() ? req.identity() : Identities.of(m, state);
        byte[] privBytes;
        try {
            privBytes = OpSupport.writePrivate(scope, priv, new byte[0]);
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "ImportState", t));
            return new ImportResourceState.Response(List.of(), diags.toList(), null);
        }
        return new ImportResourceState.Response(List.of(new ImportResourceState.ImportedResource(req.typeName(),
                ValueCodec.encode(state, t), privBytes, id)), diags.toList(), null);
    }
}
