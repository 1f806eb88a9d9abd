package io.vertiform.cty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** go-cty's {@code Value.GoString} rendering, used for diagnostics and {@link CtyValue#toString()}. */
final class ValueGoString {
    private ValueGoString() {
    }

    static String of(CtyValue v) {
        if (v.isMarked()) {
            String base = of(v.unmark());
            List<String> marks = new ArrayList<>();
            for (Object m : v.marks()) {
                marks.add(markString(m));
            }
            marks.sort(String::compareTo);
            if (marks.size() == 1) {
                return base + ".Mark(" + marks.get(0) + ")";
            }
            return base + ".WithMarks(cty.NewValueMarks(" + String.join(", ", marks) + "))";
        }
        CtyType t = v.type();
        if (v.isNull()) {
            return "cty.NullVal(" + t.goString() + ")";
        }
        if (!v.isKnown()) {
            if (t.isDynamic()) {
                return "cty.DynamicVal";
            }
            String calls = v.unknownRefinement().goString();
            String suffix = calls.isEmpty() ? "" : calls.equals(".NotNull()") ? ".RefineNotNull()"
                    : ".Refine()" + calls + ".NewValue()";
            return "cty.UnknownVal(" + t.goString() + ")" + suffix;
        }
        switch (t.kind()) {
            case BOOL:
                return v.asBool() ? "cty.True" : "cty.False";
            case NUMBER: {
                BigFloat f = v.asBigFloat();
                if (f.isInt()) {
                    return "cty.NumberIntVal(" + GoNumberFormat.shortestG(f) + ")";
                }
                if (f.isExactDouble()) {
                    return "cty.NumberFloatVal(" + GoNumberFormat.shortestG(BigFloat.of(f.toDouble())) + ")";
                }
                return "cty.MustParseNumberVal(" + GoStrings.quote(f.text()) + ")";
            }
            case STRING:
                return "cty.StringVal(" + GoStrings.quote(v.asString()) + ")";
            case SET:
                return v.elements().isEmpty() ? "cty.SetValEmpty(" + t.elementType().goString() + ")"
                        : "cty.SetVal(" + slice(v.elements()) + ")";
            case LIST:
                return v.elements().isEmpty() ? "cty.ListValEmpty(" + t.elementType().goString() + ")"
                        : "cty.ListVal(" + slice(v.elements()) + ")";
            case MAP:
                return v.mapEntries().isEmpty() ? "cty.MapValEmpty(" + t.elementType().goString() + ")"
                        : "cty.MapVal(" + map(v.mapEntries()) + ")";
            case TUPLE:
                return v.elements().isEmpty() ? "cty.EmptyTupleVal" : "cty.TupleVal(" + slice(v.elements()) + ")";
            case OBJECT:
                return v.mapEntries().isEmpty() ? "cty.EmptyObjectVal" : "cty.ObjectVal(" + map(v.mapEntries()) + ")";
            default:
                return "cty.DynamicVal";
        }
    }

    private static String markString(Object mark) {
        return mark instanceof String s ? GoStrings.quote(s) : String.valueOf(mark);
    }

    private static String slice(List<CtyValue> elems) {
        List<String> parts = new ArrayList<>(elems.size());
        for (CtyValue e : elems) {
            parts.add(of(e));
        }
        return "[]cty.Value{" + String.join(", ", parts) + "}";
    }

    private static String map(Map<String, CtyValue> entries) {
        List<String> parts = new ArrayList<>(entries.size());
        entries.forEach((k, e) -> parts.add(GoStrings.quote(k) + ":" + of(e)));
        return "map[string]cty.Value{" + String.join(", ", parts) + "}";
    }
}
