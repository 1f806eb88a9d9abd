package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.MoveResourceState;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.contracts.provider.UpgradeResourceIdentity;
import io.vertiform.contracts.provider.UpgradeResourceState;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.MoveStateRequest;
import io.vertiform.framework.resource.Movable;
import io.vertiform.framework.resource.StateMover;
import io.vertiform.framework.resource.StateUpgrader;
import io.vertiform.framework.resource.Upgradable;
import io.vertiform.framework.resource.UpgradeStateRequest;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.Future;
import io.vertiform.framework.resource.IdentityUpgrader;
import io.vertiform.framework.resource.UpgradeIdentityRequest;
import io.vertiform.framework.resource.UpgradesIdentity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * State that changes shape: UpgradeResourceState (older schema versions, JSON or flatmap), UpgradeResourceIdentity
 * and MoveResourceState (from other resource types).
 */
public final class ResourceMigrationOps {

    private ResourceMigrationOps() {
    }

    public static Future<UpgradeResourceState.Response> upgrade(Engine engine, ResourceModel m,
                                                                UpgradeResourceState.Request req, Scope scope) {
        return engine.workers().run(() -> upgrade(m, req, scope));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UpgradeResourceState.Response upgrade(ResourceModel m, UpgradeResourceState.Request req,
                                                         Scope scope) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        long current = m.schema().version();
        long from = req.version();
        if (req.rawState() == null) {
            return new UpgradeResourceState.Response(ValueCodec.encode(CtyValue.nullVal(t), t), diags.toList());
        }
        CtyValue value;
        try {
            if (from > current) {
                diags.addError("Unable to Upgrade Resource State", "The stored state has schema version " + from
                        + ", newer than this provider's version " + current + " of " + m.typeName()
                        + ". Use the provider version that wrote it, or a newer one.");
                return new UpgradeResourceState.Response(null, diags.toList());
            }
            if (from == current) {
                value = RawStates.decode(req.rawState(), m.schema().root());
            } else {
                Map<Long, StateUpgrader<?>> upgraders = m.handler() instanceof Upgradable u
                        ? (Map<Long, StateUpgrader<?>>) u.stateUpgraders() : Map.of();
                StateUpgrader<?> upgrader = upgraders.get(from);
                if (upgrader == null) {
                    diags.addError("Unable to Upgrade Resource State", "The stored state of " + m.typeName()
                            + " has schema version " + from + ", but the provider has no state upgrader from that "
                            + "version to version " + current + ".");
                    return new UpgradeResourceState.Response(null, diags.toList());
                }
                CtyValue prior = upgrader.priorSchema() == null ? null
                        : RawStates.decode(req.rawState(), upgrader.priorSchema().root());
                Object upgraded = upgrader.upgrade().apply(new UpgradeStateRequest(scope, from,
                        RawStates.jsonText(req.rawState()), req.rawState().flatmap(), prior));
                if (upgraded == null) {
                    diags.addError("Missing Upgraded Resource State", "The state upgrader from version " + from
                            + " returned no state.");
                    return new UpgradeResourceState.Response(null, diags.toList());
                }
                value = TypedValues.encode(upgraded, t);
            }
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "UpgradeResourceState", t));
            return new UpgradeResourceState.Response(null, diags.toList());
        }
        value = Planning.nullWriteOnly(m.schema(), value);
        List<PathError> unknown = ResultChecks.unknowns(value);
        Failures.report(diags, unknown, t, "Invalid Upgraded Resource State", "Upgraded state must be wholly known. ");
        if (diags.hasErrors()) {
            return new UpgradeResourceState.Response(null, diags.toList());
        }
        return new UpgradeResourceState.Response(ValueCodec.encode(value, t), diags.toList());
    }

    public static Future<UpgradeResourceIdentity.Response> upgradeIdentity(Engine engine, ResourceModel m,
                                                                          UpgradeResourceIdentity.Request req,
                                                                          Scope scope) {
        return engine.workers().run(() -> {
            Diagnostics diags = scope.diagnostics();
            if (m.identitySchema() == null) {
                diags.addError("Resource Identity Not Supported", m.typeName() + " has no resource identity.");
                return new UpgradeResourceIdentity.Response(null, diags.toList());
            }
            long current = m.identitySchema().version();
            CtyType it = m.identitySchema().impliedType();
            byte[] json = req.rawIdentity() == null ? new byte[0] : req.rawIdentity().json();
            byte[] stored = json.length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : json;
            try {
                CtyValue v;
                if (req.version() == current) {
                    v = RawStates.decodeJson(stored, it);
                } else {
                    IdentityUpgrader upgrader = req.version() < current && m.handler() instanceof UpgradesIdentity u
                            ? u.identityUpgraders().get(req.version()) : null;
                    if (upgrader == null) {
                        diags.addError("Unable to Upgrade Resource Identity", "The stored identity of " + m.typeName()
                                + " has version " + req.version() + "; this provider reads version " + current
                                + (req.version() < current ? " and has no identity upgrader from version "
                                        + req.version() : ", which is older") + ".");
                        return new UpgradeResourceIdentity.Response(null, diags.toList());
                    }
                    CtyValue prior = upgrader.priorSchema() == null ? null
                            : RawStates.decodeJson(stored, upgrader.priorSchema().impliedType());
                    Object upgraded = upgrader.upgrade().apply(new UpgradeIdentityRequest(scope, req.version(),
                            new String(stored, StandardCharsets.UTF_8), prior));
                    if (upgraded == null) {
                        diags.addError("Missing Upgraded Resource Identity", "The identity upgrader from version "
                                + req.version() + " returned no identity.");
                        return new UpgradeResourceIdentity.Response(null, diags.toList());
                    }
                    v = TypedValues.encode(upgraded, it);
                }
                Failures.report(diags, ResultChecks.unknowns(v), it, "Invalid Upgraded Resource Identity",
                        "Upgraded identity must be wholly known. ");
                if (diags.hasErrors()) {
                    return new UpgradeResourceIdentity.Response(null, diags.toList());
                }
                return new UpgradeResourceIdentity.Response(new ResourceIdentityData(ValueCodec.encode(v, it)),
                        diags.toList());
            } catch (RuntimeException e) {
                diags.add(Failures.diagnostic(e, "UpgradeResourceIdentity", it));
                return new UpgradeResourceIdentity.Response(null, diags.toList());
            }
        });
    }

    public static Future<MoveResourceState.Response> move(Engine engine, ResourceModel m,
                                                          MoveResourceState.Request req, Scope scope) {
        return engine.workers().run(() -> move(m, req, scope));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MoveResourceState.Response move(ResourceModel m, MoveResourceState.Request req, Scope scope) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        if (!(m.handler() instanceof Movable movable)) {
            diags.addError("Unable to Move Resource State", "The target resource type " + m.typeName()
                    + " does not support moving state from other resource types.");
            return new MoveResourceState.Response(null, diags.toList(), null, null);
        }
        String json = req.sourceState() == null ? null : RawStates.jsonText(req.sourceState());
        PrivateState priv = new PrivateState();
        CtyValue moved = null;
        try {
            for (StateMover<?> mover : (List<StateMover<?>>) movable.stateMovers()) {
                CtyValue source = mover.sourceSchema() == null || req.sourceState() == null ? null
                        : RawStates.decode(req.sourceState(), mover.sourceSchema().root());
                Object result = mover.move().apply(new MoveStateRequest(scope, req.sourceProviderAddress(),
                        req.sourceTypeName(), req.sourceSchemaVersion(), json, source, priv));
                if (diags.hasErrors()) {
                    return new MoveResourceState.Response(null, diags.toList(), null, null);
                }
                if (result != null) {
                    moved = TypedValues.encode(result, t);
                    break;
                }
            }
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "MoveResourceState", t));
            return new MoveResourceState.Response(null, diags.toList(), null, null);
        }
        if (moved == null) {
            diags.addError("Unable to Move Resource State", "The target resource type " + m.typeName()
                    + " cannot move state from resource type \"" + req.sourceTypeName() + "\" of provider \""
                    + req.sourceProviderAddress() + "\".");
            return new MoveResourceState.Response(null, diags.toList(), null, null);
        }
        moved = Planning.nullWriteOnly(m.schema(), moved);
        Failures.report(diags, ResultChecks.unknowns(moved), t, "Invalid Moved Resource State",
                "Moved state must be wholly known. ");
        if (diags.hasErrors()) {
            return new MoveResourceState.Response(null, diags.toList(), null, null);
        }
        byte[] privBytes;
        try {
            privBytes = OpSupport.writePrivate(scope, priv, new byte[0]);
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "MoveResourceState", t));
            return new MoveResourceState.Response(null, diags.toList(), null, null);
        }
        return new MoveResourceState.Response(ValueCodec.encode(moved, t), diags.toList(), privBytes,
                Identities.of(m, moved));
    }
}
