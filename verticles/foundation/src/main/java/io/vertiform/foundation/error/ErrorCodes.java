package io.vertiform.foundation.error;

import java.util.regex.Pattern;

/** Validation of error codes: lowercase dotted words, at least two ({@code layer.what}). */
final class ErrorCodes {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

    private ErrorCodes() {
    }

    static String requireValid(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error code must look like 'layer.what': " + code);
        }
        return code;
    }

    static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
