package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.ReadDataSource;
import io.vertiform.contracts.provider.ValidateDataResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.context.Deferral;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.rules.PlanValidity;
import io.vertiform.framework.rules.ResultChecks;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertiform.framework.value.TypedValues;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** ValidateDataResourceConfig and ReadDataSource. */
public final class DataSourceOps {

    private DataSourceOps() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Future<ValidateDataResourceConfig.Response> validate(Engine engine, DataSourceModel m,
                                                                      ValidateDataResourceConfig.Request req,
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
                diags.add(Failures.diagnostic(e, "ValidateDataResourceConfig", m.type()));
            }
            return new ValidateDataResourceConfig.Response(diags.toList());
        });
    }

    public static Future<ReadDataSource.Response> read(Engine engine, DataSourceModel m, ReadDataSource.Request req,
                                                       Scope scope) {
        CtyType t = m.type();
        Deferred.Reason sessionDefer = scope.session().deferAll();
        if (sessionDefer != null && scope.context().clientCapabilities().deferralAllowed()) {
            return Future.succeededFuture(new ReadDataSource.Response(ValueCodec.encode(CtyValue.unknownVal(t), t),
                    List.of(), new Deferred(sessionDefer)));
        }
        Deferral deferral = new Deferral();
        CtyValue[] config = new CtyValue[1];
        return engine.workers().run(() -> {
            config[0] = ValueCodec.decode(req.config(), t);
            return new DataSourceReadRequest<>(scope, OpSupport.view(config[0], m.stateType()),
                    OpSupport.providerMeta(engine.providerMeta(), req.providerMeta()), deferral);
        }).compose(m::read).transform(ar -> engine.workers().run(() -> finish(m, scope, config[0], ar, deferral)));
    }

    private static ReadDataSource.Response finish(DataSourceModel m, Scope scope, CtyValue config,
                                                  AsyncResult<Object> outcome, Deferral deferral) {
        Diagnostics diags = scope.diagnostics();
        CtyType t = m.type();
        if (outcome.failed()) {
            diags.add(Failures.diagnostic(outcome.cause(), "Read", t));
            return new ReadDataSource.Response(null, diags.toList(), null);
        }
        Deferred deferred = Deferrals.resolve(deferral.reason(), null, scope.context().clientCapabilities(), diags);
        if (deferred != null) {
            return new ReadDataSource.Response(ValueCodec.encode(CtyValue.unknownVal(t), t), diags.toList(), deferred);
        }
        if (diags.hasErrors()) {
            return new ReadDataSource.Response(null, diags.toList(), null);
        }
        if (outcome.result() == null) {
            diags.addError("Missing Data Source State", "The data source's read returned nothing; return the data, "
                    + "every computed attribute set.");
            return new ReadDataSource.Response(null, diags.toList(), null);
        }
        CtyValue state;
        try {
            state = TypedValues.encode(outcome.result(), t);
        } catch (RuntimeException e) {
            diags.add(Failures.diagnostic(e, "Read", t));
            return new ReadDataSource.Response(null, diags.toList(), null);
        }
        List<PathError> errs = new ArrayList<>(ResultChecks.unknowns(state));
        if (errs.isEmpty()) {
            errs.addAll(PlanValidity.check(m.contract().block(), CtyValue.nullVal(t), config, state));
        }
        if (!errs.isEmpty()) {
            Failures.report(diags, errs, t, "Provider produced invalid object",
                    "The data source's result breaks Terraform's rules (configured values must come back unchanged, "
                            + "every value known): ");
            return new ReadDataSource.Response(null, diags.toList(), null);
        }
        return new ReadDataSource.Response(ValueCodec.encode(state, t), diags.toList(), null);
    }
}
