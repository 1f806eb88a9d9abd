package io.vertiform.contracts.provider.wire;

import io.vertiform.contracts.codec.ContractCodecException;
import io.vertiform.contracts.codec.RecordReader;
import io.vertiform.contracts.codec.RecordWriter;
import io.vertiform.contracts.codec.WireFormat;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.json.TypeJson;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives the bus {@link WireFormat} of a contract record from its components, in declaration order.
 *
 * <p>Supported component types: {@code String}, {@code long}, {@code Long} (nullable), {@code int}, {@code boolean}, {@code byte[]}, enums
 * (by constant name), {@link Instant} (ISO-8601), {@link CtyType} (go-cty's type JSON), {@link AttributePath},
 * other records, and {@code List}/{@code Map<String, ?>} of any of these. Lists of non-records travel as
 * one-field records and maps as lists of key/value records, so everything stays inside the shared
 * {@link RecordWriter} conventions (append-only evolution, nil for absent values).
 */
public final class RecordWire {

    private static final Map<Class<?>, WireFormat<?>> FORMATS = new ConcurrentHashMap<>();

    private RecordWire() {
    }

    /** The (cached) wire format of a record class. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> WireFormat<R> of(Class<R> type) {
        return (WireFormat<R>) FORMATS.computeIfAbsent(type, t -> build(type));
    }

    /** Codec name of a contract type: its canonical class name without the leading {@code io.}. */
    public static String nameOf(Class<?> type) {
        String name = type.getCanonicalName();
        return name.startsWith("io.") ? name.substring(3) : name;
    }

    private static <R extends Record> WireFormat<R> build(Class<R> type) {
        RecordShape<R> shape = RecordShape.of(type);
        List<Slot> slots = new ArrayList<>();
        for (RecordShape.Component c : shape.components()) {
            slots.add(slotFor(c.genericType(), type.getSimpleName() + "." + c.name()));
        }
        return WireFormat.of(type, nameOf(type), slots.size(),
                (out, value) -> {
                    for (RecordShape.Component c : shape.components()) {
                        slots.get(c.index()).write(out, c.get(value));
                    }
                },
                in -> {
                    Object[] values = new Object[slots.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = slots.get(i).read(in);
                    }
                    return shape.construct(values);
                });
    }

    /** How one value of a given type is written as a record field. */
    private interface Slot {
        void write(RecordWriter out, Object value) throws IOException;

        Object read(RecordReader in) throws IOException;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Slot slotFor(Type generic, String where) {
        if (generic instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return listSlot(args[0], where);
            }
            if (raw == Map.class && args[0] == String.class) {
                WireFormat<Entry> entries = entryFormat(slotFor(args[1], where + "[value]"), where);
                return new Slot() {
                    @Override public void write(RecordWriter out, Object v) throws IOException {
                        if (v == null) {
                            out.list(null, entries);
                            return;
                        }
                        List<Entry> list = new ArrayList<>();
                        new TreeMap<>((Map<String, Object>) v).forEach((k, val) -> list.add(new Entry(k, val)));
                        out.list(list, entries);
                    }
                    @Override public Object read(RecordReader in) throws IOException {
                        List<Entry> list = in.list(entries);
                        if (list == null) {
                            return null;
                        }
                        Map<String, Object> map = new LinkedHashMap<>();
                        for (Entry e : list) {
                            map.put(e.key, e.value);
                        }
                        return map;
                    }
                };
            }
            throw new IllegalArgumentException(where + ": unsupported contract component type " + generic);
        }
        Class<?> type = (Class<?>) generic;
        if (type == String.class) {
            return slot((out, v) -> out.string((String) v), RecordReader::string);
        }
        if (type == long.class) {
            return slot((out, v) -> out.int64((Long) v), RecordReader::int64);
        }
        if (type == Long.class) {
            // Nullable int64 (protobuf "optional int64"): text keeps "absent" distinct from every number.
            return slot((out, v) -> out.string(v == null ? null : v.toString()),
                    in -> {
                        String text = in.string();
                        return text == null ? null : Long.valueOf(text);
                    });
        }
        if (type == int.class) {
            return slot((out, v) -> out.int32((Integer) v), RecordReader::int32);
        }
        if (type == boolean.class) {
            return slot((out, v) -> out.bool((Boolean) v), RecordReader::bool);
        }
        if (type == byte[].class) {
            return slot((out, v) -> out.bytes((byte[]) v), RecordReader::bytes);
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            return slot((out, v) -> out.string(v == null ? null : ((Enum<?>) v).name()),
                    in -> {
                        String name = in.string();
                        try {
                            return name == null ? null : Enum.valueOf(enumType, name);
                        } catch (IllegalArgumentException e) {
                            throw new ContractCodecException(where + ": unknown " + enumType.getSimpleName() + " " + name);
                        }
                    });
        }
        if (type == Instant.class) {
            return slot((out, v) -> out.string(v == null ? null : v.toString()),
                    in -> {
                        String text = in.string();
                        return text == null ? null : Instant.parse(text);
                    });
        }
        if (type == CtyType.class) {
            return slot((out, v) -> out.string(v == null ? null : TypeJson.marshal((CtyType) v)),
                    in -> {
                        String text = in.string();
                        return text == null ? null : TypeJson.unmarshal(text);
                    });
        }
        if (type == AttributePath.class) {
            return slot((out, v) -> out.record((AttributePath) v, AttributePathWire.FORMAT),
                    in -> in.record(AttributePathWire.FORMAT));
        }
        if (type.isRecord()) {
            Class<? extends Record> recordType = type.asSubclass(Record.class);
            // Resolved at use, not now: schema records nest recursively (a block holds blocks).
            return slot((out, v) -> out.record((Record) v, (WireFormat<Record>) of(recordType)),
                    in -> in.record(of(recordType)));
        }
        throw new IllegalArgumentException(where + ": unsupported contract component type " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Slot listSlot(Type element, String where) {
        if (element == AttributePath.class || (element instanceof Class<?> c && c.isRecord())) {
            // Records are looked up at use: schema records nest recursively.
            java.util.function.Supplier<WireFormat> format = element == AttributePath.class
                    ? () -> AttributePathWire.FORMAT
                    : () -> of(((Class<?>) element).asSubclass(Record.class));
            return new Slot() {
                @Override public void write(RecordWriter out, Object v) throws IOException {
                    out.list((List) v, format.get());
                }
                @Override public Object read(RecordReader in) throws IOException {
                    return in.list(format.get());
                }
            };
        }
        Slot slot = slotFor(element, where + "[]");
        WireFormat<Box> boxes = WireFormat.of(Box.class, where + "[]", 1,
                (out, b) -> slot.write(out, b.value), in -> new Box(slot.read(in)));
        return new Slot() {
            @Override public void write(RecordWriter out, Object v) throws IOException {
                if (v == null) {
                    out.list(null, boxes);
                    return;
                }
                List<Box> list = new ArrayList<>();
                for (Object o : (List<?>) v) {
                    list.add(new Box(o));
                }
                out.list(list, boxes);
            }
            @Override public Object read(RecordReader in) throws IOException {
                List<Box> list = in.list(boxes);
                if (list == null) {
                    return null;
                }
                List<Object> values = new ArrayList<>(list.size());
                for (Box b : list) {
                    values.add(b.value);
                }
                return values;
            }
        };
    }

    private static WireFormat<Entry> entryFormat(Slot value, String where) {
        return WireFormat.of(Entry.class, where + "{}", 2,
                (out, e) -> {
                    out.string(e.key);
                    value.write(out, e.value);
                },
                in -> new Entry(in.string(), value.read(in)));
    }

    private static Slot slot(Writer writer, Reader reader) {
        return new Slot() {
            @Override public void write(RecordWriter out, Object value) throws IOException {
                writer.write(out, value);
            }
            @Override public Object read(RecordReader in) throws IOException {
                return reader.read(in);
            }
        };
    }

    @FunctionalInterface
    private interface Writer {
        void write(RecordWriter out, Object value) throws IOException;
    }

    @FunctionalInterface
    private interface Reader {
        Object read(RecordReader in) throws IOException;
    }

    /** A list element that is not itself a record. */
    private record Box(Object value) {
    }

    private record Entry(String key, Object value) {
    }
}
