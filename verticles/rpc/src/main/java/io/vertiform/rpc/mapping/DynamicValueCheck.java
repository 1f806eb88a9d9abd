package io.vertiform.rpc.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertiform.contracts.provider.DynamicValue;
import java.io.IOException;
import java.util.Optional;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * Structural check of a {@link DynamicValue} before it goes on the bus: exactly one well-formed MessagePack (or
 * JSON) value, nothing after it. The schema-aware decoding is the component's job; this only catches garbage
 * early, where a clear diagnostic can still name the request field.
 */
public final class DynamicValueCheck {

    private static final JsonFactory JSON = new JsonFactory();

    private DynamicValueCheck() {
    }

    /** What is wrong with {@code value}, or empty when it is well-formed. */
    public static Optional<String> problem(DynamicValue value) {
        if (value.isMsgpack()) {
            return msgpackProblem(value.msgpack());
        }
        if (value.json().length > 0) {
            return jsonProblem(value.json());
        }
        return Optional.of("neither msgpack nor json is set");
    }

    static Optional<String> msgpackProblem(byte[] bytes) {
        try (MessageUnpacker in = MessagePack.newDefaultUnpacker(bytes)) {
            in.skipValue();
            if (in.hasNext()) {
                return Optional.of("malformed msgpack: " + (bytes.length - in.getTotalReadBytes())
                        + " trailing bytes after the value");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("malformed msgpack: " + describe(e));
        }
    }

    static Optional<String> jsonProblem(byte[] bytes) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return Optional.of("malformed json: no value");
            }
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            return after == null ? Optional.empty() : Optional.of("malformed json: data after the value");
        } catch (IOException | RuntimeException e) {
            return Optional.of("malformed json: " + describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
