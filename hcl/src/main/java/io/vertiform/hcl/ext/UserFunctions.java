package io.vertiform.hcl.ext;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodyContent;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Expressions;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.function.FunctionException;
import io.vertiform.hcl.function.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Functions defined in configuration (hcl's ext/userfunc):
 * <pre>
 * function "add" {
 *   params         = [a, b]
 *   variadic_param = rest     # optional
 *   result         = a + b
 * }
 * </pre>
 * The result expression is evaluated in a child of the context the supplier gives, with the parameters (and the
 * variadic arguments as a tuple) as variables.
 */
public final class UserFunctions {
    private UserFunctions() {
    }

    /** The functions, the rest of the body, and diagnostics. */
    public record Decoded(Map<String, Function> functions, Body remain, Diagnostics diagnostics) {
    }

    private static final BodySchema FUNC_BODY = new BodySchema(List.of(
            new BodySchema.AttributeSchema("params", true),
            new BodySchema.AttributeSchema("variadic_param", false),
            new BodySchema.AttributeSchema("result", true)), List.of());

    public static Decoded decode(Body body, String blockType, Supplier<EvalContext> context) {
        BodySchema schema = new BodySchema(List.of(),
                List.of(new BodySchema.BlockHeaderSchema(blockType, List.of("name"))));
        Body.PartialContent partial = body.partialContent(schema);
        Diagnostics diags = partial.diagnostics();
        if (diags.hasErrors()) {
            return new Decoded(null, partial.remain(), diags);
        }
        Map<String, Function> funcs = new LinkedHashMap<>();
        blocks:
        for (Block block : partial.content().blocks()) {
            String name = block.labels().get(0);
            Result<BodyContent> content = block.body().content(FUNC_BODY);
            diags.addAll(content.diagnostics());
            if (content.hasErrors()) {
                continue;
            }
            Map<String, Attribute> attrs = content.value().attributes();
            Expression resultExpr = attrs.get("result").expr();
            Expression varParamExpr = attrs.containsKey("variadic_param") ? attrs.get("variadic_param").expr() : null;
            Result<List<Expression>> paramExprs = Expressions.list(attrs.get("params").expr());
            diags.addAll(paramExprs.diagnostics());
            if (paramExprs.hasErrors()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (Expression p : paramExprs.value()) {
                String param = Expressions.asKeyword(p);
                if (param.isEmpty()) {
                    diags.add(Diagnostic.error("Invalid param element", "Each parameter name must be an identifier.",
                            p.range()));
                    continue blocks;
                }
                params.add(param);
            }
            String varParam = null;
            if (varParamExpr != null) {
                varParam = Expressions.asKeyword(varParamExpr);
                if (varParam.isEmpty()) {
                    diags.add(Diagnostic.error("Invalid variadic_param",
                            "The variadic parameter name must be an identifier.", varParamExpr.range()));
                    continue;
                }
            }
            funcs.put(name, function(params, varParam, resultExpr, context));
        }
        return new Decoded(funcs, partial.remain(), diags);
    }

    private static Function function(List<String> params, String varParam, Expression resultExpr,
                                     Supplier<EvalContext> context) {
        List<Parameter> specParams = new ArrayList<>();
        for (String p : params) {
            specParams.add(Parameter.of(p, CtyType.DYNAMIC));
        }
        Parameter var = varParam == null ? null : Parameter.of(varParam, CtyType.DYNAMIC);
        Function.ImplFunc impl = (args, ret) -> {
            Map<String, CtyValue> vars = new LinkedHashMap<>();
            for (int i = 0; i < params.size(); i++) {
                vars.put(params.get(i), args.get(i));
            }
            if (varParam != null) {
                vars.put(varParam, CtyValue.tupleVal(args.subList(params.size(), args.size())));
            }
            Evaluated result = resultExpr.value(EvalContext.childOf(context.get(), vars));
            if (result.hasErrors()) {
                // hcl returns the diagnostics themselves as the error.
                throw new FunctionException(result.diagnostics().toString());
            }
            return result.value();
        };
        return new Function("", specParams, var, args -> impl.call(args, CtyType.DYNAMIC).type(), impl);
    }
}
