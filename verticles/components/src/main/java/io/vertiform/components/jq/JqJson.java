package io.vertiform.components.jq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;

/**
 * JSON text ⇄ Jackson trees ⇄ cty values for jq. Numbers stay exact: integers of any size and decimals are
 * read as BigInteger/BigDecimal, so {@code 12345678901234567890.5} passes through an identity query unchanged.
 */
public final class JqJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        // Nesting deeper than this is an attack or a bug, never configuration; Jackson reports it as a parse error.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build());
    }

    private JqJson() {
    }

    /** Parses one JSON document; anything else (empty text, trailing garbage) is {@link JqException.Kind#INVALID_JSON}. */
    public static JsonNode parse(String json) {
        if (json == null) {
            throw new JqException(JqException.Kind.INVALID_JSON, "the JSON input is null", null);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new JqException(JqException.Kind.INVALID_JSON, "the JSON input is empty", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            if (e.getLocation() == null) {
                throw new JqException(JqException.Kind.INVALID_JSON, e.getOriginalMessage(), e);
            }
            int line = e.getLocation().getLineNr();
            int column = e.getLocation().getColumnNr();
            throw new JqException(JqException.Kind.INVALID_JSON,
                    e.getOriginalMessage() + " at line " + line + ", column " + column, line, column, e);
        }
    }

    /** Compact JSON text of a tree, as {@code jq -c} prints it. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new JqException(JqException.Kind.EVALUATION, "cannot write the jq result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The cty value Terraform's {@code jsondecode} would give for this tree: objects become cty objects, arrays
     * tuples, numbers exact numbers. Non-finite numbers (jq's {@code infinite}) cannot be expressed and are an
     * {@link JqException.Kind#EVALUATION} error.
     */
    public static CtyValue toCty(JsonNode node) {
        requireFinite(node);
        String text = write(node);
        try {
            CtyType type = ValueJson.impliedType(text);
            return ValueJson.unmarshal(text, type);
        } catch (RuntimeException e) {
            throw new JqException(JqException.Kind.EVALUATION, "cannot convert the jq result to a Terraform value: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The JSON tree of a wholly known, unmarked cty value (Terraform's {@code jsonencode}); unknown or marked
     * values are refused with an {@link JqException.Kind#INVALID_JSON} error.
     */
    public static JsonNode fromCty(CtyValue value) {
        try {
            return parse(ValueJson.marshal(value, value.type()));
        } catch (JqException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JqException(JqException.Kind.INVALID_JSON, "cannot encode the value as JSON: " + e.getMessage(), e);
        }
    }

    private static void requireFinite(JsonNode node) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new JqException(JqException.Kind.EVALUATION,
                    "the jq result holds a non-finite number, which Terraform cannot represent", null);
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                requireFinite(child);
            }
        }
    }
}
