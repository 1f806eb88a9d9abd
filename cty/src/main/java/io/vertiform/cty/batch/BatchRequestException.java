package io.vertiform.cty.batch;

/**
 * A request that is wrong before any cty operation runs; its message names the offending field
 * ({@code type: ...}, {@code value: ...}, {@code hex: ...}, {@code request: ...}) like the Go oracle's.
 */
final class BatchRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchRequestException(String field, String message) {
        super(field + ": " + message, null, false, false);
    }
}
