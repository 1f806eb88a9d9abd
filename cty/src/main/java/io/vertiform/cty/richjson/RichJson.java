package io.vertiform.cty.richjson;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

/**
 * Vertiform's "rich JSON" dialect for cty values, used by tests, tools and {@code vertiform cty batch}; specified
 * in the module README ("Rich JSON"). The Go oracle implements the same dialect, and both print byte-identical text
 * for equal values.
 */
public final class RichJson {
    private RichJson() {
    }

    /**
     * Reads rich JSON text as a value of {@code type}.
     *
     * @throws RichJsonException on malformed JSON or a shape that does not fit the type
     */
    public static CtyValue parse(String json, CtyType type) {
        return fromTree(JsonTree.parse(json), type);
    }

    /** Reads an already-parsed {@link JsonTree} as a value of {@code type}. */
    public static CtyValue fromTree(Object tree, CtyType type) {
        try {
            return RichJsonParser.parse(tree, type, CtyPath.root());
        } catch (RichJsonException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // cty constructors reject inconsistent input like go-cty's panics; report it the same way.
            throw new RichJsonException(CtyPath.root(), "cty rejected the value: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code value} (which must conform to {@code type}) as compact rich JSON.
     *
     * @throws RichJsonException if the value does not conform or cannot be expressed
     */
    public static String print(CtyValue value, CtyType type) {
        StringBuilder sb = new StringBuilder();
        print(value, type, sb);
        return sb.toString();
    }

    public static void print(CtyValue value, CtyType type, StringBuilder sb) {
        if (!value.type().testConformance(type).isEmpty()) {
            throw new RichJsonException("value of type " + value.type().friendlyName() + " does not conform to "
                    + type.friendlyName());
        }
        RichJsonPrinter.print(value, type, sb, CtyPath.root());
    }
}
