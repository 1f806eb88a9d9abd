package io.vertiform.components.function;

import java.util.List;

/**
 * Python's {@code str.format} for positional text values, which is what pyvider's {@code format} applies:
 * {@code {}} takes the next value, {@code {0}} a value by index, {@code {{}} and {@code }}} are literal braces.
 * Python forbids mixing automatic and manual numbering and so does this. Format specifications
 * ({@code {0:>5}}), conversions ({@code {0!r}}), named fields and element access are refused: every value is
 * already text, so they would have nothing to act on.
 */
final class FormatTemplate {

    /** What is wrong: the template itself, or the values it was given. */
    static final class FormatError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean blameValues;

        FormatError(String message, boolean blameValues) {
            super(message);
            this.blameValues = blameValues;
        }
    }

    private FormatTemplate() {
    }

    static String format(String template, List<String> values) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int auto = 0;
        boolean usedAuto = false;
        boolean usedManual = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new FormatError("Single '}' encountered in format string at position " + i + ".", false);
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int close = template.indexOf('}', i + 1);
            if (close < 0) {
                throw new FormatError("Single '{' encountered in format string at position " + i + ".", false);
            }
            String field = template.substring(i + 1, close);
            int index;
            if (field.isEmpty()) {
                if (usedManual) {
                    throw new FormatError("cannot switch from manual field specification to automatic field "
                            + "numbering.", false);
                }
                usedAuto = true;
                index = auto++;
            } else if (field.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                if (usedAuto) {
                    throw new FormatError("cannot switch from automatic field numbering to manual field "
                            + "specification.", false);
                }
                usedManual = true;
                index = field.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(field);
            } else {
                throw new FormatError("unsupported replacement field {" + field + "}: only {} and {N} with a "
                        + "position are supported (no names, format specifications or conversions).", false);
            }
            if (index >= values.size()) {
                throw new FormatError("Formatting failed: not enough values for template '" + template + "' ("
                        + values.size() + " given, field {" + field + "} needs value " + index + ").", true);
            }
            out.append(values.get(index));
            i = close + 1;
        }
        return out.toString();
    }
}
