package io.vertiform.cty.batch;

import io.vertiform.cty.richjson.JsonText;

/** Response lines of the batch protocol: compact JSON, {@code ok} always first, no trailing newline. */
final class BatchResponse {
    private BatchResponse() {
    }

    /** {@code {"ok":true,"<key>":<rawJson>}}. */
    static String success(String key, String rawJson) {
        StringBuilder sb = new StringBuilder(rawJson.length() + key.length() + 16);
        sb.append("{\"ok\":true,");
        JsonText.appendString(sb, key);
        return sb.append(':').append(rawJson).append('}').toString();
    }

    /** {@code {"ok":false,"error":"<message>"}}. */
    static String failure(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 24);
        sb.append("{\"ok\":false,\"error\":");
        JsonText.appendString(sb, message);
        return sb.append('}').toString();
    }
}
