package io.vertiform.foundation.error;

/** Checks that a subtype's code starts with its layer's prefix, so codes stay grouped by layer. */
final class LayerCodes {

    private LayerCodes() {
    }

    static String require(String prefix, String code) {
        if (code == null || !code.startsWith(prefix + '.')) {
            throw new IllegalArgumentException("code must start with '" + prefix + ".': " + code);
        }
        return code;
    }

    static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 120) {
            text = text.substring(0, 117) + "...";
        }
        return value instanceof CharSequence ? '"' + text + '"' : text;
    }
}
