package io.vertiform.contracts.hub;

/** Argument checks shared by the hub records. */
final class Checks {
    private Checks() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Null stays null (a wildcard); blank is rejected because it is almost always a bug. */
    static String optional(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must be null (any) or non-blank");
        }
        return value;
    }
}
