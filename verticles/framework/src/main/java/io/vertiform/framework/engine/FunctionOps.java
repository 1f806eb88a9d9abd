package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.CallFunction;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.FunctionError;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.foundation.error.VertiformException;
import io.vertiform.framework.context.Scope;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * CallFunction: arguments are decoded with their parameter types, null and unknown arguments are handled as
 * the parameters declare, errors name the argument at fault.
 */
public final class FunctionOps {

    private FunctionOps() {
    }

    public static Future<CallFunction.Response> call(Engine engine, String name, FunctionHandler handler,
                                                     FunctionDefinition def, CallFunction.Request req, Scope scope) {
        return engine.workers().run(() -> call(name, handler, def, req, scope));
    }

    private static CallFunction.Response call(String name, FunctionHandler handler, FunctionDefinition def,
                                              CallFunction.Request req, Scope scope) {
        List<DynamicValue> raw = req.arguments();
        int fixed = def.parameters().size();
        if (raw.size() < fixed || (def.variadic() == null && raw.size() > fixed)) {
            return error("Function \"" + name + "\" takes " + (def.variadic() == null ? "" : "at least ") + fixed
                    + " argument" + (fixed == 1 ? "" : "s") + ", got " + raw.size() + ".", null);
        }
        List<CtyValue> args = new ArrayList<>(raw.size());
        boolean unknown = false;
        for (int i = 0; i < raw.size(); i++) {
            Parameter p = i < fixed ? def.parameters().get(i) : def.variadic();
            CtyValue v;
            try {
                v = Convert.convert(ValueCodec.decode(raw.get(i), p.type()), p.type());
            } catch (ConversionException e) {
                return error("Invalid value for \"" + p.name() + "\" parameter: " + e.getMessage() + ".", i);
            } catch (RuntimeException e) {
                return error("Invalid value for \"" + p.name() + "\" parameter: " + e.getMessage(), i);
            }
            if (v.isNull() && !p.allowNull()) {
                return error("Invalid value for \"" + p.name() + "\" parameter: argument must not be null.", i);
            }
            if (!v.isWhollyKnown() && !p.allowUnknown()) {
                unknown = true;
            }
            args.add(v);
        }
        CtyType rt = def.returnType();
        if (unknown) {
            return new CallFunction.Response(ValueCodec.encode(CtyValue.unknownVal(rt), rt), null);
        }
        try {
            CtyValue result = handler.call(new FunctionCall(scope, def, args));
            if (result == null) {
                return error("Function \"" + name + "\" returned no value; this is a bug in the provider.", null);
            }
            CtyValue converted = rt.isDynamic() ? result : Convert.convert(result, rt);
            return new CallFunction.Response(ValueCodec.encode(converted, rt), null);
        } catch (FunctionException e) {
            return error(e.getMessage(), e.argumentIndex() == null ? null : e.argumentIndex().intValue());
        } catch (VertiformException e) {
            return error(e.summary() + (e.detail().isEmpty() ? "" : ": " + e.detail()), null);
        } catch (ConversionException e) {
            return error("Function \"" + name + "\" returned a value that does not fit its return type: "
                    + e.getMessage(), null);
        } catch (RuntimeException e) {
            return error("Function \"" + name + "\" failed unexpectedly; this is a bug in the provider: " + e, null);
        }
    }

    private static CallFunction.Response error(String text, Integer argument) {
        return new CallFunction.Response(null, new FunctionError(text, argument == null ? null : (long) argument));
    }
}
