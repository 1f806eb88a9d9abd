package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

/**
 * The primitive matrix: number and bool convert safely to string; string converts unsafely to number and bool;
 * there is nothing between number and bool, and no conversion from a primitive type to itself.
 */
final class PrimitiveConversions {
    private static final CtyValue STRING_TRUE = CtyValue.stringVal("true");
    private static final CtyValue STRING_FALSE = CtyValue.stringVal("false");

    private PrimitiveConversions() {
    }

    static PathConversion find(CtyType in, CtyType out, boolean unsafe) {
        if (out.equals(CtyType.STRING)) {
            if (in.equals(CtyType.NUMBER)) {
                return PrimitiveConversions::numberToString;
            }
            if (in.equals(CtyType.BOOL)) {
                return PrimitiveConversions::boolToString;
            }
            return null;
        }
        if (!unsafe || !in.equals(CtyType.STRING)) {
            return null;
        }
        if (out.equals(CtyType.NUMBER)) {
            return PrimitiveConversions::stringToNumber;
        }
        if (out.equals(CtyType.BOOL)) {
            return PrimitiveConversions::stringToBool;
        }
        return null;
    }

    private static CtyValue numberToString(CtyValue in, CtyPath path) {
        return CtyValue.stringVal(in.asBigFloat().text());
    }

    private static CtyValue boolToString(CtyValue in, CtyPath path) {
        return in.asBool() ? STRING_TRUE : STRING_FALSE;
    }

    private static CtyValue stringToNumber(CtyValue in, CtyPath path) {
        try {
            return CtyValue.parseNumberVal(in.asString());
        } catch (NumberFormatException e) {
            throw new ConversionException(path, "a number is required");
        }
    }

    private static CtyValue stringToBool(CtyValue in, CtyPath path) {
        String s = in.asString();
        switch (s) {
            case "true", "1":
                return CtyValue.TRUE;
            case "false", "0":
                return CtyValue.FALSE;
            default:
                break;
        }
        // Other spellings of the two words get a hint; the comparison folds case per code point like Go's
        // strings.ToLower (no locale rules).
        String lower = lowerPerCodePoint(s);
        if (lower.equals("true") || lower.equals("false")) {
            throw new ConversionException(path,
                    "a bool is required; to convert from string, use lowercase \"" + lower + "\"");
        }
        throw new ConversionException(path, "a bool is required");
    }

    private static String lowerPerCodePoint(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }
}
