package io.vertiform.components.function;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The case conversions of pyvider's functions (provide-foundation's text utilities): snake and kebab case insert
 * a separator where a lower-case ASCII letter or digit meets an upper-case one and turn the other separator into
 * theirs, then lower-case everything; camel case splits on runs of '-', '_' and white space and capitalises every
 * part but the first (all of them with {@code upperFirst}).
 */
final class TextCase {

    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextCase() {
    }

    static String snake(String text) {
        return HUMP.matcher(text.replace('-', '_')).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    static String kebab(String text) {
        return HUMP.matcher(text.replace('_', '-')).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    static String camel(String text, boolean upperFirst) {
        String[] parts = SEPARATORS.split(text, -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < parts.length; i++) {
            out.append(i == 0 && !upperFirst ? parts[i].toLowerCase(Locale.ROOT) : capitalize(parts[i]));
        }
        return out.toString();
    }

    /** Python's {@code str.capitalize}: the first character in title case, the rest lower case. */
    private static String capitalize(String part) {
        if (part.isEmpty()) {
            return part;
        }
        int first = part.codePointAt(0);
        int width = Character.charCount(first);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(part.substring(width).toLowerCase(Locale.ROOT)).toString();
    }
}
