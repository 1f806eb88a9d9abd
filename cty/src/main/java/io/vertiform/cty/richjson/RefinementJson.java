package io.vertiform.cty.richjson;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.ValueRange;

import java.util.List;
import java.util.Map;

/**
 * The {@code "$refine"} object of an unknown value. Keys (all optional, printed in this order, only when they add
 * information): {@code notNull} (true), {@code prefix} (string), {@code numberMin}/{@code numberMax} (number) with
 * {@code numberMinInclusive}/{@code numberMaxInclusive} (bool, default true), {@code lengthMin}/{@code lengthMax}
 * (non-negative integers, inclusive).
 */
final class RefinementJson {
    private static final List<String> KEYS = List.of("notNull", "prefix", "numberMin", "numberMinInclusive",
            "numberMax", "numberMaxInclusive", "lengthMin", "lengthMax");

    private RefinementJson() {
    }

    static CtyValue apply(CtyValue unknown, Object refineNode, CtyPath path) {
        if (!(refineNode instanceof Map<?, ?> refine)) {
            throw new RichJsonException(path, "$refine must be an object");
        }
        for (Object k : refine.keySet()) {
            if (!KEYS.contains(k)) {
                throw new RichJsonException(path, "unknown refinement " + JsonText.quote((String) k));
            }
        }
        try {
            var builder = unknown.refine();
            if (refine.containsKey("notNull")) {
                if (!(refine.get("notNull") instanceof Boolean notNull)) {
                    throw new RichJsonException(path, "$refine.notNull must be a bool");
                }
                if (notNull) {
                    builder = builder.notNull();
                }
            }
            if (refine.containsKey("prefix")) {
                if (!(refine.get("prefix") instanceof String prefix)) {
                    throw new RichJsonException(path, "$refine.prefix must be a string");
                }
                builder = builder.stringPrefix(prefix);
            }
            if (refine.containsKey("numberMin")) {
                builder = builder.numberRangeLowerBound(bound(refine.get("numberMin"), path),
                        inclusive(refine, "numberMinInclusive", path));
            } else if (refine.containsKey("numberMinInclusive")) {
                throw new RichJsonException(path, "$refine.numberMinInclusive needs numberMin");
            }
            if (refine.containsKey("numberMax")) {
                builder = builder.numberRangeUpperBound(bound(refine.get("numberMax"), path),
                        inclusive(refine, "numberMaxInclusive", path));
            } else if (refine.containsKey("numberMaxInclusive")) {
                throw new RichJsonException(path, "$refine.numberMaxInclusive needs numberMax");
            }
            if (refine.containsKey("lengthMin")) {
                builder = builder.collectionLengthLowerBound(length(refine.get("lengthMin"), "lengthMin", path));
            }
            if (refine.containsKey("lengthMax")) {
                builder = builder.collectionLengthUpperBound(length(refine.get("lengthMax"), "lengthMax", path));
            }
            return builder.newValue();
        } catch (RichJsonException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RichJsonException(path, "invalid refinement: " + e.getMessage(), e);
        }
    }

    private static CtyValue bound(Object node, CtyPath path) {
        return RichJsonParser.parse(node, CtyType.NUMBER, path);
    }

    private static boolean inclusive(Map<?, ?> refine, String key, CtyPath path) {
        if (!refine.containsKey(key)) {
            return true;
        }
        if (!(refine.get(key) instanceof Boolean b)) {
            throw new RichJsonException(path, "$refine." + key + " must be a bool");
        }
        return b;
    }

    private static int length(Object node, String key, CtyPath path) {
        if (node instanceof JsonNumber n) {
            try {
                int v = Integer.parseInt(n.text());
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new RichJsonException(path, "$refine." + key + " must be a non-negative integer");
    }

    /** Appends {@code ,"$refine":{...}} when the unknown value carries refinements worth writing. */
    static void appendIfRefined(StringBuilder sb, CtyValue unknown) {
        if (unknown.type().isDynamic()) {
            return;
        }
        ValueRange range = unknown.range();
        StringBuilder body = new StringBuilder();
        if (range.definitelyNotNull()) {
            field(body, "notNull").append("true");
        }
        CtyType type = unknown.type();
        if (type.equals(CtyType.STRING) && !range.stringPrefix().isEmpty()) {
            JsonText.appendString(field(body, "prefix"), range.stringPrefix());
        }
        if (type.equals(CtyType.NUMBER)) {
            CtyValue lower = range.numberLowerBound();
            if (!(lower.asBigFloat().isInfinite() && lower.asBigFloat().signum() < 0)) {
                RichJsonPrinter.appendNumber(field(body, "numberMin"), lower.asBigFloat());
                field(body, "numberMinInclusive").append(range.numberLowerInclusive());
            }
            CtyValue upper = range.numberUpperBound();
            if (!(upper.asBigFloat().isInfinite() && upper.asBigFloat().signum() > 0)) {
                RichJsonPrinter.appendNumber(field(body, "numberMax"), upper.asBigFloat());
                field(body, "numberMaxInclusive").append(range.numberUpperInclusive());
            }
        }
        if (type.isCollectionType()) {
            if (range.lengthLowerBound() > 0) {
                field(body, "lengthMin").append(range.lengthLowerBound());
            }
            if (range.lengthUpperBound() < Integer.MAX_VALUE) {
                field(body, "lengthMax").append(range.lengthUpperBound());
            }
        }
        if (body.length() > 0) {
            sb.append(",\"$refine\":{").append(body).append('}');
        }
    }

    private static StringBuilder field(StringBuilder body, String key) {
        if (body.length() > 0) {
            body.append(',');
        }
        return body.append('"').append(key).append("\":");
    }
}
