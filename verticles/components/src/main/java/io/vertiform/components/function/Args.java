package io.vertiform.components.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionException;
import java.util.List;

/**
 * Argument handling shared by the functions: optional trailing arguments (the protocol has no optional
 * parameters, so they are a variadic tail with a maximum), whole-number options and sequences. Every failure is a
 * {@link FunctionException} naming the argument, so Terraform underlines the right expression.
 */
final class Args {

    private Args() {
    }

    /**
     * The optional arguments after the fixed ones; more than {@code max} is an error at the first extra one.
     */
    static List<CtyValue> optionals(FunctionCall call, int max, String function) {
        List<CtyValue> extra = call.variadic();
        if (extra.size() > max) {
            int fixed = call.arguments().size() - extra.size();
            throw FunctionException.argument(fixed + max, function + " takes at most " + (fixed + max)
                    + " arguments, got " + call.arguments().size() + ".");
        }
        return extra;
    }

    /** The i-th optional argument, or null when it was not given or given as null (both mean "the default"). */
    static CtyValue optional(List<CtyValue> optionals, int i) {
        if (i >= optionals.size() || optionals.get(i).isNull()) {
            return null;
        }
        return optionals.get(i);
    }

    /** {@code v} converted to {@code type} as Terraform would, or an error at argument {@code index}. */
    static CtyValue convert(CtyValue v, CtyType type, int index, String name) {
        try {
            return Convert.convert(v, type);
        } catch (ConversionException e) {
            throw FunctionException.argument(index, "Invalid value for \"" + name + "\": " + e.getMessage() + ".");
        }
    }

    /** A whole number in [min, max] (numbers are exact: 2.0 is whole, 2.5 is not). */
    static int wholeNumber(CtyValue v, int index, String name, int min, int max) {
        BigFloat n = convert(v, CtyType.NUMBER, index, name).asBigFloat();
        if (n.isInfinite() || !n.isInt() || !n.isInt64() || n.toLong() < min || n.toLong() > max) {
            throw FunctionException.argument(index, "Invalid value for \"" + name + "\": must be a whole number from "
                    + min + " to " + max + ", got " + n.text() + ".");
        }
        return (int) n.toLong();
    }

    /** The elements of a list, set or tuple; anything else is an error at argument {@code index}. */
    static List<CtyValue> sequence(CtyValue v, int index, String name) {
        CtyType t = v.type();
        if (!t.isListType() && !t.isSetType() && !t.isTupleType()) {
            throw FunctionException.argument(index, "Invalid value for \"" + name + "\": a list, set or tuple is "
                    + "required, got " + t.friendlyName() + ".");
        }
        return v.elements();
    }

    /** Strings of a sequence's elements ({@link Stringify}); a null element is an error naming its position. */
    static List<String> strings(List<CtyValue> elements, int index, String name) {
        return java.util.stream.IntStream.range(0, elements.size()).mapToObj(i -> {
            CtyValue e = elements.get(i);
            if (e.isNull()) {
                throw FunctionException.argument(index, "Invalid value for \"" + name + "\": element " + i
                        + " is null.");
            }
            return Stringify.of(e);
        }).toList();
    }
}
