package io.vertiform.cty.richjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes generic JSON trees: {@code null}, {@link String}, {@link Boolean}, {@link JsonNumber},
 * {@code List<Object>} and {@code Map<String,Object>} (insertion-ordered; a repeated key keeps its last value, as
 * Go's encoding/json does).
 */
public final class JsonTree {

    // Go's encoding/json has no number-length limit and nests up to 10000 levels; match it closely enough that
    // generated test data is never rejected by only one side.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(1_000_000)
                    .maxNestingDepth(10_000)
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private JsonTree() {
    }

    /**
     * Parses exactly one JSON value; anything but whitespace after it is an error.
     *
     * @throws RichJsonException with a message starting "invalid JSON"
     */
    public static Object parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new RichJsonException("invalid JSON: no value");
            }
            Object tree = read(p, first);
            if (p.nextToken() != null) {
                throw new RichJsonException("invalid JSON: unexpected data after the value");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new RichJsonException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RichJsonException("invalid JSON: " + e.getMessage());
        }
    }

    private static Object read(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    map.remove(key);
                    map.put(key, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(read(p, t));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNumber(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new RichJsonException("invalid JSON: unexpected " + token);
        }
    }

    /** Writes a tree as compact JSON (strings escaped by {@link JsonText}). */
    public static String write(Object tree) {
        StringBuilder sb = new StringBuilder();
        write(tree, sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object tree, StringBuilder sb) {
        if (tree == null) {
            sb.append("null");
        } else if (tree instanceof String s) {
            JsonText.appendString(sb, s);
        } else if (tree instanceof Boolean || tree instanceof JsonNumber) {
            sb.append(tree);
        } else if (tree instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(list.get(i), sb);
            }
            sb.append(']');
        } else if (tree instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                JsonText.appendString(sb, e.getKey());
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON tree node: " + tree.getClass().getName());
        }
    }
}
