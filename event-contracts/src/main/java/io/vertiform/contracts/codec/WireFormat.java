package io.vertiform.contracts.codec;

import java.io.IOException;
import java.util.Objects;

/**
 * How one contract type is written to and read from MessagePack.
 *
 * <p>Records are written as a MessagePack array of their fields in declaration order. Readers accept
 * arrays with extra trailing fields (they are skipped), so a newer node may add fields at the end
 * without breaking older readers.
 *
 * @param <T> the contract type
 */
public interface WireFormat<T> {

    /** The exact class the codec is registered for. */
    Class<T> type();

    /** Stable codec name, sent on the clustered bus with every message; never change it once released. */
    String name();

    void write(RecordWriter out, T value) throws IOException;

    T read(RecordReader in) throws IOException;

    /** Number of fields {@link #write} emits; the writer checks it so a forgotten field fails fast. */
    int fieldCount();

    /** Writes {@code value} as its own record. */
    default void writeRecord(org.msgpack.core.MessagePacker packer, T value) throws IOException {
        RecordWriter out = RecordWriter.open(packer, fieldCount(), name());
        write(out, value);
        out.close();
    }

    /** Reads one record written by {@link #writeRecord}. */
    default T readRecord(org.msgpack.core.MessageUnpacker unpacker) throws IOException {
        RecordReader in = RecordReader.open(unpacker, name());
        T value = read(in);
        in.close();
        return value;
    }

    /** Writes the fields of one value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(RecordWriter out, T value) throws IOException;
    }

    /** Reads the fields of one value, in the order they were written. */
    @FunctionalInterface
    interface Reader<T> {
        T read(RecordReader in) throws IOException;
    }

    static <T> WireFormat<T> of(Class<T> type, String name, int fieldCount, Writer<T> writer, Reader<T> reader) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reader, "reader");
        if (fieldCount < 0) {
            throw new IllegalArgumentException("fieldCount must be >= 0: " + fieldCount);
        }
        return new WireFormat<>() {
            @Override public Class<T> type() { return type; }
            @Override public String name() { return name; }
            @Override public int fieldCount() { return fieldCount; }
            @Override public void write(RecordWriter out, T value) throws IOException { writer.write(out, value); }
            @Override public T read(RecordReader in) throws IOException { return reader.read(in); }
            @Override public String toString() { return "WireFormat[" + name + "]"; }
        };
    }
}
