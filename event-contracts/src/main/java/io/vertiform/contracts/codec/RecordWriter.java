package io.vertiform.contracts.codec;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msgpack.core.MessagePacker;

/** Writes one record as a MessagePack array; nulls become MessagePack nil. */
public final class RecordWriter {
    private final MessagePacker out;
    private final int expected;
    private final String typeName;
    private int written;

    private RecordWriter(MessagePacker out, int expected, String typeName) {
        this.out = out;
        this.expected = expected;
        this.typeName = typeName;
    }

    public static RecordWriter open(MessagePacker out, int fields, String typeName) throws IOException {
        out.packArrayHeader(fields);
        return new RecordWriter(Objects.requireNonNull(out, "out"), fields, typeName);
    }

    public RecordWriter string(String value) throws IOException {
        count();
        if (value == null) {
            out.packNil();
        } else {
            out.packString(value);
        }
        return this;
    }

    public RecordWriter int64(long value) throws IOException {
        count();
        out.packLong(value);
        return this;
    }

    public RecordWriter int32(int value) throws IOException {
        count();
        out.packInt(value);
        return this;
    }

    public RecordWriter bool(boolean value) throws IOException {
        count();
        out.packBoolean(value);
        return this;
    }

    public RecordWriter bytes(byte[] value) throws IOException {
        count();
        if (value == null) {
            out.packNil();
        } else {
            out.packBinaryHeader(value.length);
            out.writePayload(value);
        }
        return this;
    }

    /** A string-to-string map; iteration order of the given map is kept. */
    public RecordWriter stringMap(Map<String, String> value) throws IOException {
        count();
        if (value == null) {
            out.packNil();
            return this;
        }
        out.packMapHeader(value.size());
        for (Map.Entry<String, String> e : value.entrySet()) {
            out.packString(e.getKey());
            if (e.getValue() == null) {
                out.packNil();
            } else {
                out.packString(e.getValue());
            }
        }
        return this;
    }

    public <T> RecordWriter record(T value, WireFormat<T> format) throws IOException {
        count();
        if (value == null) {
            out.packNil();
        } else {
            format.writeRecord(out, value);
        }
        return this;
    }

    public <T> RecordWriter list(List<T> values, WireFormat<T> format) throws IOException {
        count();
        if (values == null) {
            out.packNil();
            return this;
        }
        out.packArrayHeader(values.size());
        for (T v : values) {
            format.writeRecord(out, v);
        }
        return this;
    }

    /** Confirms every declared field was written. */
    public void close() {
        if (written != expected) {
            throw new ContractCodecException(typeName + ": wrote " + written + " fields, declared " + expected);
        }
    }

    private void count() {
        if (written == expected) {
            throw new ContractCodecException(typeName + ": more fields written than the " + expected + " declared");
        }
        written++;
    }
}
