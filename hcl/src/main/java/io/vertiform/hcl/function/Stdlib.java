package io.vertiform.hcl.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.text.GraphemeClusters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The go-cty stdlib functions that hcl's {@code cmd/hcldec} offers to spec files (its {@code spec_funcs.go}), with
 * go-cty's parameters, types and error texts. {@code substr} is not provided.
 */
public final class Stdlib {
    private Stdlib() {
    }

    public static final Function ABS = new Function("If the given number is negative then returns its positive "
            + "equivalent, or otherwise returns the given number unchanged.",
            List.of(Parameter.of("num", CtyType.NUMBER).allowingDynamicType().allowingMarked()), null,
            Function.staticReturnType(CtyType.NUMBER), (args, ret) -> CtyArithmetic.absolute(args.get(0)));

    public static final Function INT = new Function("Discards any fractional portion of the given number.",
            List.of(Parameter.of("num", CtyType.NUMBER).allowingDynamicType()), null,
            Function.staticReturnType(CtyType.NUMBER), (args, ret) -> {
                BigFloat f = args.get(0).asBigFloat();
                if (f.isInt()) {
                    return args.get(0);
                }
                if (f.isInfinite()) {
                    throw new IllegalStateException("big: Float.Int of an infinity");
                }
                return CtyValue.numberVal(BigFloat.of(f.toBigInteger()));
            });

    public static final Function MIN = extremum("Returns the numerically smallest of all of the given numbers.",
            true);
    public static final Function MAX = extremum("Returns the numerically greatest of all of the given numbers.",
            false);

    public static final Function COALESCE = new Function("Returns the first of the given arguments that isn't null, "
            + "or raises an error if there are no non-null arguments.", List.of(),
            Parameter.of("vals", CtyType.DYNAMIC).allowingUnknown().allowingDynamicType().allowingNull(),
            args -> {
                List<CtyType> types = new ArrayList<>();
                for (CtyValue v : args) {
                    types.add(v.type());
                }
                Optional<CtyType> t = Convert.unifyUnsafe(types);
                if (t.isEmpty()) {
                    throw new FunctionException("all arguments must have the same type");
                }
                return t.get();
            },
            (args, ret) -> {
                for (CtyValue v : args) {
                    if (!v.isKnown()) {
                        return CtyValue.unknownVal(ret);
                    }
                    if (v.isNull()) {
                        continue;
                    }
                    try {
                        return Convert.convert(v, ret);
                    } catch (ConversionException e) {
                        throw new FunctionException(e.rawMessage());
                    }
                }
                throw new FunctionException("no non-null arguments");
            });

    public static final Function HAS_INDEX = new Function("Returns true if if the given collection can be indexed "
            + "with the given key without producing an error, or false otherwise.",
            List.of(Parameter.of("collection", CtyType.DYNAMIC).allowingDynamicType(),
                    Parameter.of("key", CtyType.DYNAMIC).allowingDynamicType()), null,
            args -> {
                CtyType t = args.get(0).type();
                if (!(t.isTupleType() || t.isListType() || t.isMapType() || t.isDynamic())) {
                    throw new FunctionException("collection must be a list, a map or a tuple");
                }
                return CtyType.BOOL;
            },
            (args, ret) -> args.get(0).hasIndexValue(args.get(1)));

    public static final Function LENGTH = new Function("Returns the number of elements in the given collection.",
            List.of(Parameter.of("collection", CtyType.DYNAMIC).allowingDynamicType().allowingMarked()), null,
            args -> {
                CtyType t = args.get(0).type();
                if (!(t.isTupleType() || t.isListType() || t.isMapType() || t.isSetType() || t.isDynamic())) {
                    throw new FunctionException("collection must be a list, a map or a tuple");
                }
                return CtyType.NUMBER;
            },
            (args, ret) -> args.get(0).length());

    public static final Function UPPER = stringFunction("Returns the given string with all Unicode letters "
            + "translated to their uppercase equivalents.", CtyType.STRING,
            s -> CtyValue.stringVal(mapCodePoints(s, true)));

    public static final Function LOWER = stringFunction("Returns the given string with all Unicode letters "
            + "translated to their lowercase equivalents.", CtyType.STRING,
            s -> CtyValue.stringVal(mapCodePoints(s, false)));

    public static final Function STRLEN = stringFunction("Returns the number of Unicode characters (technically: "
            + "grapheme clusters) in the given string.", CtyType.NUMBER, s -> {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                return CtyValue.numberIntVal(GraphemeClusters.count(b, 0, b.length));
            });

    public static final Function REVERSE = stringFunction("Returns the given string with all of its Unicode "
            + "characters in reverse order.", CtyType.STRING, s -> {
                byte[] in = s.getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[in.length];
                int pos = out.length;
                for (int i = 0; i < in.length; ) {
                    int next = GraphemeClusters.next(in, i, in.length);
                    pos -= next - i;
                    System.arraycopy(in, i, out, pos, next - i);
                    i = next;
                }
                return CtyValue.stringVal(new String(out, StandardCharsets.UTF_8));
            });

    public static final Function JSON_ENCODE = new Function("Returns a string containing a JSON representation of "
            + "the given value.", List.of(Parameter.of("val", CtyType.DYNAMIC).allowingDynamicType().allowingNull()),
            null, Function.staticReturnType(CtyType.STRING), (args, ret) -> {
                CtyValue v = args.get(0);
                if (!v.isWhollyKnown()) {
                    return CtyValue.unknownVal(ret);
                }
                if (v.isNull()) {
                    return CtyValue.stringVal("null");
                }
                try {
                    return CtyValue.stringVal(ValueJson.marshal(v, v.type()));
                } catch (CtyException e) {
                    throw new FunctionException(e.getMessage());
                }
            });

    public static final Function JSON_DECODE = new Function("Parses the given string as JSON and returns a value "
            + "corresponding to what the JSON document describes.", List.of(Parameter.of("str", CtyType.STRING)),
            null, args -> {
                CtyValue s = args.get(0);
                if (!s.isKnown()) {
                    return CtyType.DYNAMIC;
                }
                try {
                    return ValueJson.impliedType(s.asString());
                } catch (CtyException e) {
                    throw new FunctionException(e.getMessage());
                }
            }, (args, ret) -> {
                try {
                    return ValueJson.unmarshal(args.get(0).asString(), ret);
                } catch (CtyException e) {
                    throw new FunctionException(e.getMessage());
                }
            });

    public static final Function CONCAT = new Function("Concatenates together all of the given lists or tuples into "
            + "a single sequence, preserving the input order.", List.of(),
            Parameter.of("seqs", CtyType.DYNAMIC).allowingMarked(), Stdlib::concatType, Stdlib::concat);

    /** The functions cmd/hcldec makes available to spec files, by name. */
    public static Map<String, Function> hcldecFunctions() {
        Map<String, Function> m = new LinkedHashMap<>();
        m.put("abs", ABS);
        m.put("coalesce", COALESCE);
        m.put("concat", CONCAT);
        m.put("hasindex", HAS_INDEX);
        m.put("int", INT);
        m.put("jsondecode", JSON_DECODE);
        m.put("jsonencode", JSON_ENCODE);
        m.put("length", LENGTH);
        m.put("lower", LOWER);
        m.put("max", MAX);
        m.put("min", MIN);
        m.put("reverse", REVERSE);
        m.put("strlen", STRLEN);
        m.put("upper", UPPER);
        return m;
    }

    @FunctionalInterface
    private interface StringImpl {
        CtyValue apply(String s) throws FunctionException;
    }

    private static Function stringFunction(String description, CtyType ret, StringImpl impl) {
        return new Function(description, List.of(Parameter.of("str", CtyType.STRING).allowingDynamicType()), null,
                Function.staticReturnType(ret), (args, r) -> impl.apply(args.get(0).asString()));
    }

    // Go's strings.ToUpper/ToLower map each code point with the simple (one-to-one) case mapping.
    private static String mapCodePoints(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp)
                : Character.toLowerCase(cp)));
        return sb.toString();
    }

    // go-cty starts from its infinity constants and keeps the first argument that beats the current best, so
    // min() of infinities alone returns the constant itself (which modulo treats specially).
    private static Function extremum(String description, boolean min) {
        return new Function(description, List.of(),
                Parameter.of("numbers", CtyType.NUMBER).allowingDynamicType(), Function.staticReturnType(
                CtyType.NUMBER), (args, ret) -> {
                    if (args.isEmpty()) {
                        throw new FunctionException("must pass at least one number");
                    }
                    CtyValue best = min ? CtyValue.POSITIVE_INFINITY : CtyValue.NEGATIVE_INFINITY;
                    for (CtyValue v : args) {
                        CtyValue better = min ? v.lessThan(best) : v.greaterThan(best);
                        if (better.isKnown() && better.asBool()) {
                            best = v;
                        }
                    }
                    return best;
                });
    }

    private static CtyType concatType(List<CtyValue> args) throws FunctionException {
        if (args.isEmpty()) {
            throw new FunctionException("at least one argument is required");
        }
        if (args.get(0).type().isListType()) {
            List<CtyType> types = new ArrayList<>();
            boolean allLists = true;
            for (CtyValue v : args) {
                if (!v.type().isListType()) {
                    allLists = false;
                    break;
                }
                types.add(v.type());
            }
            if (allLists) {
                Optional<CtyType> common = Convert.unifyUnsafe(types);
                if (common.isPresent()) {
                    return common.get();
                }
            }
        }
        List<CtyType> etys = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            CtyValue v = args.get(i).unmarkDeep();
            CtyType t = v.type();
            if (t.isTupleType()) {
                etys.addAll(t.tupleElementTypes());
            } else if (t.isListType()) {
                if (!v.isKnown()) {
                    return CtyType.DYNAMIC;
                }
                for (int j = 0; j < v.lengthInt(); j++) {
                    etys.add(t.elementType());
                }
            } else {
                throw new FunctionException(i, "all arguments must be lists or tuples; got " + t.friendlyName());
            }
        }
        return CtyType.tuple(etys);
    }

    private static CtyValue concat(List<CtyValue> args, CtyType ret) throws FunctionException {
        List<CtyValue> vals = new ArrayList<>();
        Set<Object> marks = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            CtyValue seq = args.get(i);
            if (ret.isListType()) {
                try {
                    seq = Convert.convert(seq, ret);
                } catch (ConversionException e) {
                    throw new FunctionException(i, e.rawMessage());
                }
            }
            marks.addAll(seq.marks());
            vals.addAll(seq.unmark().elements());
        }
        if (ret.isListType()) {
            CtyValue list = vals.isEmpty() ? CtyValue.listValEmpty(ret.elementType()) : CtyValue.listVal(vals);
            return list.withMarks(marks);
        }
        return CtyValue.tupleVal(vals).withMarks(marks);
    }
}
