package io.vertiform.hcl.ext;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Expressions;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.hclsyntax.HclSyntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type expressions (hcl's ext/typeexpr): {@code string}, {@code list(number)}, {@code object({a = bool})}... read
 * statically from an expression, never evaluated. Type constraints additionally allow {@code any} and
 * {@code optional(...)} attributes in objects.
 */
public final class TypeExpr {
    private static final String INVALID = "Invalid type specification";

    private TypeExpr() {
    }

    /** An exact type ({@code any} and {@code optional} are errors). */
    public static Result<CtyType> type(Expression expr) {
        Diagnostics diags = new Diagnostics();
        CtyType t = getType(expr, false, diags);
        return new Result<>(t, diags);
    }

    /** A type constraint: {@code any} stands for the dynamic pseudo-type; objects may mark attributes optional. */
    public static Result<CtyType> typeConstraint(Expression expr) {
        Diagnostics diags = new Diagnostics();
        CtyType t = getType(expr, true, diags);
        return new Result<>(t, diags);
    }

    private static CtyType getType(Expression expr, boolean constraint, Diagnostics diags) {
        String kw = Expressions.asKeyword(expr);
        switch (kw) {
            case "bool":
                return CtyType.BOOL;
            case "string":
                return CtyType.STRING;
            case "number":
                return CtyType.NUMBER;
            case "any":
                if (constraint) {
                    return CtyType.DYNAMIC;
                }
                return fail(diags, "The keyword " + GoQuote.quote(kw)
                        + " cannot be used in this type specification: an exact type is required.", expr.range(), null);
            case "list", "map", "set":
                return fail(diags, "The " + kw + " type constructor requires one argument specifying the element "
                        + "type.", expr.range(), null);
            case "object":
                return fail(diags, "The object type constructor requires one argument specifying the attribute "
                        + "types and values as a map.", expr.range(), null);
            case "tuple":
                return fail(diags, "The tuple type constructor requires one argument specifying the element types as "
                        + "a list.", expr.range(), null);
            case "":
                break;
            default:
                return fail(diags, "The keyword " + GoQuote.quote(kw) + " is not a valid type specification.",
                        expr.range(), null);
        }
        Result<Expression.StaticCall> callResult = Expressions.call(expr);
        if (callResult.hasErrors()) {
            return fail(diags, "A type specification is either a primitive type keyword (bool, number, string) or "
                    + "a complex type constructor call, like list(string).", expr.range(), null);
        }
        Expression.StaticCall call = callResult.value();
        String name = call.name();
        switch (name) {
            case "bool", "string", "number":
                return fail(diags, "Primitive type keyword " + GoQuote.quote(name) + " does not expect arguments.",
                        call.argsRange(), null);
            case "any":
                return fail(diags, "Type constraint keyword " + GoQuote.quote(name) + " does not expect arguments.",
                        call.argsRange(), null);
            default:
                break;
        }
        List<Expression> args = call.arguments();
        if (args.size() != 1) {
            Range subject = args.size() > 1
                    ? Range.between(args.get(1).range(), args.get(args.size() - 1).range()) : call.argsRange();
            switch (name) {
                case "list", "set", "map":
                    return fail(diags, "The " + name + " type constructor requires one argument specifying the "
                            + "element type.", subject, call.argsRange());
                case "object":
                    return fail(diags, "The object type constructor requires one argument specifying the attribute "
                            + "types and values as a map.", subject, call.argsRange());
                case "tuple":
                    return fail(diags, "The tuple type constructor requires one argument specifying the element "
                            + "types as a list.", subject, call.argsRange());
                default:
                    break;
            }
        }
        switch (name) {
            case "list":
                return CtyType.list(getType(args.get(0), constraint, diags));
            case "set":
                return CtyType.set(getType(args.get(0), constraint, diags));
            case "map":
                return CtyType.map(getType(args.get(0), constraint, diags));
            case "object":
                return object(expr, args.get(0), constraint, diags);
            case "tuple": {
                Result<List<Expression>> elems = Expressions.list(args.get(0));
                if (elems.hasErrors()) {
                    return fail(diags, "Tuple type constructor requires a list of element types.",
                            args.get(0).range(), expr.range());
                }
                List<CtyType> etys = new ArrayList<>();
                for (Expression e : elems.value()) {
                    etys.add(getType(e, constraint, diags));
                }
                return CtyType.tuple(etys);
            }
            case "optional":
                diags.add(Diagnostic.error(INVALID, "Keyword " + GoQuote.quote(name)
                        + " is valid only as a modifier for object type attributes.", call.nameRange()));
                return CtyType.DYNAMIC;
            default:
                return fail(diags, "Keyword " + GoQuote.quote(name) + " is not a valid type constructor.",
                        expr.range(), null);
        }
    }

    private static CtyType object(Expression expr, Expression arg, boolean constraint, Diagnostics diags) {
        Result<List<Expression.KeyValuePair>> defs = Expressions.map(arg);
        if (defs.hasErrors()) {
            return fail(diags, "Object type constructor requires a map whose keys are attribute names and whose "
                    + "values are the corresponding attribute types.", arg.range(), expr.range());
        }
        Map<String, CtyType> atys = new LinkedHashMap<>();
        Set<String> optional = new LinkedHashSet<>();
        for (Expression.KeyValuePair def : defs.value()) {
            String attrName = Expressions.asKeyword(def.key());
            if (attrName.isEmpty()) {
                diags.add(Diagnostic.error(INVALID, "Object constructor map keys must be attribute names.",
                        def.key().range(), expr.range()));
                continue;
            }
            Expression atyExpr = def.value();
            Result<Expression.StaticCall> call = Expressions.call(atyExpr);
            if (!call.hasErrors() && call.value().name().equals("optional")) {
                Expression.StaticCall c = call.value();
                if (c.arguments().isEmpty()) {
                    diags.add(Diagnostic.error(INVALID, "Optional attribute modifier requires the attribute type as "
                            + "its argument.", c.argsRange(), atyExpr.range()));
                    continue;
                }
                if (constraint) {
                    if (c.arguments().size() == 1) {
                        optional.add(attrName);
                    } else {
                        diags.add(Diagnostic.error(INVALID, "Optional attribute modifier expects only one argument: "
                                + "the attribute type.", c.argsRange(), atyExpr.range()));
                    }
                } else {
                    diags.add(Diagnostic.error(INVALID, "Optional attribute modifier is only for type constraints, "
                            + "not for exact types.", c.nameRange(), atyExpr.range()));
                }
                atyExpr = c.arguments().get(0);
            }
            atys.put(attrName, getType(atyExpr, constraint, diags));
        }
        return CtyType.objectWithOptional(atys, optional);
    }

    private static CtyType fail(Diagnostics diags, String detail, Range subject, Range context) {
        diags.add(Diagnostic.error(INVALID, detail, subject, context));
        return CtyType.DYNAMIC;
    }

    /** The type expression for {@code t} (hcl's {@code TypeString}); {@code any} for the dynamic pseudo-type. */
    public static String typeString(CtyType t) {
        switch (t.kind()) {
            case STRING:
                return "string";
            case BOOL:
                return "bool";
            case NUMBER:
                return "number";
            case DYNAMIC:
                return "any";
            case LIST:
                return "list(" + typeString(t.elementType()) + ")";
            case SET:
                return "set(" + typeString(t.elementType()) + ")";
            case MAP:
                return "map(" + typeString(t.elementType()) + ")";
            case OBJECT: {
                StringBuilder sb = new StringBuilder("object({");
                boolean first = true;
                for (Map.Entry<String, CtyType> e : t.attributeTypes().entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append(HclSyntax.validIdentifier(e.getKey()) ? e.getKey() : GoQuote.quote(e.getKey()));
                    sb.append('=').append(typeString(e.getValue()));
                }
                return sb.append("})").toString();
            }
            default: {
                StringBuilder sb = new StringBuilder("tuple([");
                boolean first = true;
                for (CtyType e : t.tupleElementTypes()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append(typeString(e));
                }
                return sb.append("])").toString();
            }
        }
    }
}
