package io.vertiform.framework.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertiform.contracts.provider.RawState;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.framework.schema.BlockSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Decodes stored state as written by some schema version: JSON (attributes the schema no longer has are
 * dropped, attributes it gained read as null) or a legacy SDKv1 flatmap.
 */
public final class RawStates {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private RawStates() {
    }

    /** The stored state decoded against {@code schema}'s implied type. */
    public static CtyValue decode(RawState raw, BlockSpec schema) {
        if (raw.json().length > 0) {
            return decodeJson(raw.json(), schema.impliedType());
        }
        if (!raw.flatmap().isEmpty()) {
            return Flatmap.decode(raw.flatmap(), schema);
        }
        return CtyValue.nullVal(schema.impliedType());
    }

    /** The JSON text of a raw state, or null when it is a flatmap. */
    public static String jsonText(RawState raw) {
        return raw.json().length == 0 ? null : new String(raw.json(), StandardCharsets.UTF_8);
    }

    /** Lenient JSON decoding: unknown attributes are dropped before go-cty's strict unmarshalling. */
    public static CtyValue decodeJson(byte[] json, CtyType type) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("stored state is not valid JSON: " + e.getMessage(), e);
        }
        prune(tree, type);
        try {
            return ValueJson.unmarshal(JSON.writeValueAsBytes(tree), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot re-encode stored state", e);
        }
    }

    private static void prune(JsonNode node, CtyType type) {
        if (node == null || node.isNull() || type.isDynamic()) {
            return;
        }
        if (type.isObjectType() && node instanceof ObjectNode obj) {
            List<String> drop = new ArrayList<>();
            for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!type.hasAttribute(name)) {
                    drop.add(name);
                }
            }
            obj.remove(drop);
            for (Map.Entry<String, CtyType> e : type.attributeTypes().entrySet()) {
                prune(obj.get(e.getKey()), e.getValue());
            }
        } else if ((type.isListType() || type.isSetType()) && node instanceof ArrayNode arr) {
            arr.forEach(e -> prune(e, type.elementType()));
        } else if (type.isMapType() && node instanceof ObjectNode obj) {
            obj.forEach(e -> prune(e, type.elementType()));
        } else if (type.isTupleType() && node instanceof ArrayNode arr) {
            for (int i = 0; i < Math.min(arr.size(), type.tupleLength()); i++) {
                prune(arr.get(i), type.tupleElementTypes().get(i));
            }
        }
    }
}
