package io.vertiform.cty.batch;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.richjson.JsonTree;
import io.vertiform.cty.richjson.RichJson;

import java.util.HexFormat;
import java.util.Map;

/** Typed access to the fields of one parsed request object. */
final class BatchRequest {
    private final Map<?, ?> fields;

    private BatchRequest(Map<?, ?> fields) {
        this.fields = fields;
    }

    static BatchRequest parse(String line) {
        if (line.isBlank()) {
            throw new BatchRequestException("request", "empty line");
        }
        Object tree;
        try {
            tree = JsonTree.parse(line);
        } catch (RuntimeException e) {
            throw new BatchRequestException("request", "a JSON object is required");
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new BatchRequestException("request", "a JSON object is required");
        }
        return new BatchRequest(map);
    }

    String op() {
        if (!(fields.get("op") instanceof String op)) {
            throw new BatchRequestException("request", "\"op\" must be a string");
        }
        return op;
    }

    CtyType type(String name) {
        if (!fields.containsKey(name)) {
            throw new BatchRequestException(name, "missing");
        }
        try {
            return TypeJson.unmarshal(JsonTree.write(fields.get(name)));
        } catch (RuntimeException e) {
            throw new BatchRequestException(name, "invalid type: " + e.getMessage());
        }
    }

    CtyValue value(CtyType type) {
        if (!fields.containsKey("value")) {
            throw new BatchRequestException("value", "missing");
        }
        try {
            return RichJson.fromTree(fields.get("value"), type);
        } catch (RuntimeException e) {
            throw new BatchRequestException("value", e.getMessage());
        }
    }

    byte[] hex() {
        if (!(fields.get("hex") instanceof String hex)) {
            throw new BatchRequestException("hex", "a string of hex digits is required");
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new BatchRequestException("hex", "invalid hex digits");
        }
    }
}
