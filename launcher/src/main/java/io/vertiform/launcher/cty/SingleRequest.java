package io.vertiform.launcher.cty;

import io.vertiform.cty.batch.BatchEngine;
import io.vertiform.cty.richjson.JsonTree;
import io.vertiform.cty.richjson.RichJsonException;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one batch request for the human-facing subcommands, so they behave exactly like {@code cty batch}. */
final class SingleRequest {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SingleRequest(String op) {
        fields.put("op", op);
    }

    static SingleRequest op(String op) {
        return new SingleRequest(op);
    }

    /** Adds an option's JSON text; malformed JSON is reported against the option's name. */
    SingleRequest json(String field, String option, String text) {
        try {
            fields.put(field, JsonTree.parse(text));
        } catch (RichJsonException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
        return this;
    }

    SingleRequest string(String field, String text) {
        fields.put(field, text);
        return this;
    }

    /** Prints the response's {@code resultField} on stdout (exit 0) or its error on stderr (exit 1). */
    int run(String resultField) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String response = new BatchEngine().handle(JsonTree.write(fields));
        Map<?, ?> parsed = (Map<?, ?>) JsonTree.parse(response);
        if (Boolean.TRUE.equals(parsed.get("ok"))) {
            Object result = parsed.get(resultField);
            out.println(result instanceof String s ? s : JsonTree.write(result));
            return 0;
        }
        System.err.println("error: " + parsed.get("error"));
        return 1;
    }
}
