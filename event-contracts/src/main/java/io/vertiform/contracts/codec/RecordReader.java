package io.vertiform.contracts.codec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageUnpacker;

/** Reads one record written by {@link RecordWriter}, field by field, in order. */
public final class RecordReader {
    private final MessageUnpacker in;
    private final int fields;
    private final String typeName;
    private int read;

    private RecordReader(MessageUnpacker in, int fields, String typeName) {
        this.in = in;
        this.fields = fields;
        this.typeName = typeName;
    }

    public static RecordReader open(MessageUnpacker in, String typeName) throws IOException {
        return new RecordReader(in, in.unpackArrayHeader(), typeName);
    }

    public String string() throws IOException {
        next("string");
        return in.tryUnpackNil() ? null : in.unpackString();
    }

    public long int64() throws IOException {
        next("int64");
        return in.unpackLong();
    }

    public int int32() throws IOException {
        next("int32");
        return in.unpackInt();
    }

    public boolean bool() throws IOException {
        next("bool");
        return in.unpackBoolean();
    }

    public byte[] bytes() throws IOException {
        next("bytes");
        if (in.tryUnpackNil()) {
            return null;
        }
        return in.readPayload(in.unpackBinaryHeader());
    }

    /** A string-to-string map, in wire order. */
    public Map<String, String> stringMap() throws IOException {
        next("map");
        if (in.tryUnpackNil()) {
            return null;
        }
        int size = in.unpackMapHeader();
        Map<String, String> map = new LinkedHashMap<>(Math.max(4, size * 2));
        for (int i = 0; i < size; i++) {
            String key = in.unpackString();
            map.put(key, in.tryUnpackNil() ? null : in.unpackString());
        }
        return map;
    }

    public <T> T record(WireFormat<T> format) throws IOException {
        next(format.name());
        return in.tryUnpackNil() ? null : format.readRecord(in);
    }

    public <T> List<T> list(WireFormat<T> format) throws IOException {
        next("list of " + format.name());
        if (in.tryUnpackNil()) {
            return null;
        }
        int size = in.unpackArrayHeader();
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(format.readRecord(in));
        }
        return values;
    }

    /** Skips fields a newer writer appended that this reader does not know. */
    public void close() throws IOException {
        while (read < fields) {
            in.skipValue();
            read++;
        }
    }

    private void next(String what) {
        if (read == fields) {
            throw new ContractCodecException(typeName + ": record has " + fields
                    + " fields, reader wanted another (" + what + ")");
        }
        read++;
    }
}
