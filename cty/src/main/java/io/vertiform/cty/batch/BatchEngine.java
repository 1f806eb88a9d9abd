package io.vertiform.cty.batch;

import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.Convert;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.cty.richjson.JsonText;
import io.vertiform.cty.richjson.RichJson;

import java.util.HexFormat;

/**
 * The {@code vertiform cty batch} protocol (module README, "Batch protocol"): one JSON request line in, one compact
 * JSON response line out. Stateless and thread-safe; {@link #handle} never throws.
 */
public final class BatchEngine {

    /**
     * Answers one request line (without its newline) with one response line (without a newline).
     */
    public String handle(String line) {
        try {
            BatchRequest request = BatchRequest.parse(line);
            String op = request.op();
            return switch (op) {
                case "msgpack-encode" -> msgpackEncode(request);
                case "msgpack-decode" -> msgpackDecode(request);
                case "json-encode" -> jsonEncode(request);
                case "convert" -> convert(request);
                default -> BatchResponse.failure("request: unknown op " + JsonText.quote(op));
            };
        } catch (BatchRequestException e) {
            return BatchResponse.failure(e.getMessage());
        } catch (CtyException e) {
            return BatchResponse.failure(String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            return BatchResponse.failure("request: nested too deeply");
        } catch (RuntimeException | OutOfMemoryError | AssertionError e) {
            // go-cty would panic here; the oracle reports "go-cty panic: ...", we report the Java equivalent.
            return BatchResponse.failure("internal error: " + e);
        }
    }

    private static String msgpackEncode(BatchRequest request) {
        CtyType type = request.type("type");
        CtyValue value = request.value(type);
        return BatchResponse.success("hex", JsonText.quote(HexFormat.of().formatHex(MsgpackCodec.marshal(value, type))));
    }

    private static String msgpackDecode(BatchRequest request) {
        CtyType type = request.type("type");
        byte[] bytes = request.hex();
        return printed(MsgpackCodec.unmarshal(bytes, type), type);
    }

    private static String jsonEncode(BatchRequest request) {
        CtyType type = request.type("type");
        CtyValue value = request.value(type);
        return BatchResponse.success("json", JsonText.quote(ValueJson.marshal(value, type)));
    }

    private static String convert(BatchRequest request) {
        CtyType type = request.type("type");
        CtyValue value = request.value(type);
        CtyType to = request.type("to");
        return printed(Convert.convert(value, to), to);
    }

    private static String printed(CtyValue value, CtyType type) {
        String text;
        try {
            text = RichJson.print(value, type);
        } catch (CtyException e) {
            return BatchResponse.failure("result: " + e.getMessage());
        }
        return BatchResponse.success("value", text);
    }
}
