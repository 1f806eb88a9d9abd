package io.vertiform.foundation.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.vertx.config.spi.ConfigProcessor;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Vert.x Config has no TOML format; this processor (format name {@code toml}, registered through
 * {@code META-INF/services/io.vertx.config.spi.ConfigProcessor}) adds it with jackson-dataformat-toml.
 * Dates and times stay strings, as in the JSON and YAML formats.
 */
public final class TomlConfigProcessor implements ConfigProcessor {

    public static final String FORMAT = "toml";

    private static final TomlMapper MAPPER = new TomlMapper();

    @Override
    public String name() {
        return FORMAT;
    }

    @Override
    public Future<JsonObject> process(Vertx vertx, JsonObject configuration, Buffer input) {
        try {
            return Future.succeededFuture(parse(input.toString(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            return Future.failedFuture(e);
        }
    }

    /** Parses a TOML document into a JSON object; parsing is cheap and needs no Vert.x. */
    @SuppressWarnings("unchecked")
    public static JsonObject parse(String toml) throws JsonProcessingException {
        if (toml.isBlank()) {
            return new JsonObject();
        }
        Map<String, Object> map = MAPPER.readValue(toml, Map.class);
        return new JsonObject(map);
    }
}
