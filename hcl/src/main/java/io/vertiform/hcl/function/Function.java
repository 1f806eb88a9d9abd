package io.vertiform.hcl.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function with go-cty's calling convention ({@code function.Function}). Immutable.
 */
public final class Function {

    /** Computes the return type from the (possibly unknown) arguments. */
    @FunctionalInterface
    public interface TypeFunc {
        CtyType returnType(List<CtyValue> args) throws FunctionException;
    }

    /** Computes the result from arguments that passed the parameter checks. */
    @FunctionalInterface
    public interface ImplFunc {
        CtyValue call(List<CtyValue> args, CtyType returnType) throws FunctionException;
    }

    private final String description;
    private final List<Parameter> params;
    private final Parameter varParam;
    private final TypeFunc type;
    private final ImplFunc impl;

    public Function(String description, List<Parameter> params, Parameter varParam, TypeFunc type, ImplFunc impl) {
        this.description = description;
        this.params = List.copyOf(params);
        this.varParam = varParam;
        this.type = type;
        this.impl = impl;
    }

    /** go-cty's {@code StaticReturnType}. */
    public static TypeFunc staticReturnType(CtyType t) {
        return args -> t;
    }

    public String description() {
        return description;
    }

    public List<Parameter> params() {
        return params;
    }

    /** The variadic parameter, or null. */
    public Parameter varParam() {
        return varParam;
    }

    /** The return type for these argument types (go-cty's {@code ReturnType}). */
    public CtyType returnType(List<CtyType> argTypes) throws FunctionException {
        List<CtyValue> vals = new ArrayList<>(argTypes.size());
        for (CtyType t : argTypes) {
            vals.add(CtyValue.unknownVal(t));
        }
        return returnTypeForValues(vals);
    }

    /** The return type for these arguments, after go-cty's parameter checks (go-cty's {@code ReturnTypeForValues}). */
    public CtyType returnTypeForValues(List<CtyValue> args) throws FunctionException {
        if (varParam == null && args.size() != params.size()) {
            throw new FunctionException("wrong number of arguments (" + params.size() + " required; "
                    + args.size() + " given)");
        }
        if (varParam != null && args.size() < params.size()) {
            throw new FunctionException("wrong number of arguments (at least " + params.size() + " required; "
                    + args.size() + " given)");
        }
        List<CtyValue> typeArgs = new ArrayList<>(args);
        for (int i = 0; i < args.size(); i++) {
            boolean positional = i < params.size();
            Parameter spec = positional ? params.get(i) : varParam;
            CtyValue val = args.get(i);
            if (val.containsMarked() && !spec.allowMarked()) {
                typeArgs.set(i, val.unmarkDeep());
            }
            if (val.isNull() && !spec.allowNull()) {
                throw new FunctionException(i, "argument must not be null");
            }
            if (val.type().isDynamic()) {
                if (!spec.allowDynamicType()) {
                    return CtyType.DYNAMIC;
                }
            } else {
                List<PathError> errs = val.type().testConformance(spec.type());
                if (!errs.isEmpty()) {
                    // go-cty reports variadic conformance errors with the index within the variadic arguments.
                    throw new FunctionException(positional ? i : i - params.size(), errs.get(0).rawMessage());
                }
            }
        }
        try {
            return type.returnType(typeArgs);
        } catch (FunctionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw panic(e);
        }
    }

    /** Calls the function (go-cty's {@code Call}). */
    public CtyValue call(List<CtyValue> args) throws FunctionException {
        CtyType expected = returnTypeForValues(args);
        List<CtyValue> callArgs = new ArrayList<>(args);
        Set<Object> resultMarks = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            Parameter spec = i < params.size() ? params.get(i) : varParam;
            CtyValue val = args.get(i);
            if (!val.isKnown() && !spec.allowUnknown()) {
                return CtyValue.unknownVal(expected);
            }
            if (!spec.allowMarked() && val.containsMarked()) {
                resultMarks.addAll(val.deepMarks());
                callArgs.set(i, val.unmarkDeep());
            }
        }
        CtyValue ret;
        try {
            ret = impl.call(callArgs, expected);
        } catch (FunctionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw panic(e);
        }
        if (!resultMarks.isEmpty()) {
            ret = ret.withMarks(resultMarks);
        }
        if (!ret.type().testConformance(expected).isEmpty()) {
            throw new IllegalStateException("returned value " + ret.goString()
                    + " does not conform to expected return type " + expected.goString());
        }
        return ret;
    }

    // go-cty turns implementation panics into an error; its text also carries a Go stack trace, which has no
    // Java equivalent worth printing.
    private static FunctionException panic(RuntimeException e) {
        return new FunctionException("panic in function implementation: " + e.getMessage());
    }
}
