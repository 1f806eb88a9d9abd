package io.vertiform.rpc.mapping;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.UnsafeByteOperations;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import io.vertiform.contracts.provider.wire.RecordShape;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.json.TypeJson;
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
 * Maps protocol messages (tfplugin5 or tfplugin6) to the neutral records of {@code io.vertiform.contracts.provider}
 * and back, by field name: a record component {@code typeName} is the message field {@code type_name}. The
 * two protocol versions share nearly every field name, so one mapping serves both; fields one side lacks are
 * left at their defaults (callers check the differences that matter, see {@link ProtocolFeatures}).
 *
 * <p>Bytes going out are wrapped, not copied: records are treated as immutable.
 */
public final class ProtoRecords {

    private record PlanKey(Descriptor descriptor, Class<?> type) {
    }

    /** Message fields aligned with record components; null where the message has no such field. */
    private static final Map<PlanKey, FieldDescriptor[]> PLANS = new ConcurrentHashMap<>();

    private ProtoRecords() {
    }

    /** The record for {@code message}; its canonical constructor normalises absent values. */
    public static <R extends Record> R toRecord(Message message, Class<R> type) {
        RecordShape<R> shape = RecordShape.of(type);
        FieldDescriptor[] fields = plan(message.getDescriptorForType(), type);
        Object[] values = new Object[fields.length];
        for (RecordShape.Component c : shape.components()) {
            FieldDescriptor f = fields[c.index()];
            values[c.index()] = f == null ? defaultFor(c.type()) : readField(message, f, c.genericType());
        }
        try {
            return shape.construct(values);
        } catch (RuntimeException e) {
            throw new ProtoMappingException(message.getDescriptorForType().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Fills {@code builder} from {@code record}; components the message lacks are ignored. */
    public static <B extends Message.Builder> B fill(Record record, B builder) {
        FieldDescriptor[] fields = plan(builder.getDescriptorForType(), record.getClass());
        for (RecordShape.Component c : RecordShape.of(record.getClass()).components()) {
            FieldDescriptor f = fields[c.index()];
            Object value = c.get(record);
            if (f == null || value == null) {
                continue;
            }
            writeField(builder, f, value);
        }
        return builder;
    }

    /** Record components that the message type has no field for: what this protocol version cannot carry. */
    public static List<String> unmappedComponents(Descriptor descriptor, Class<? extends Record> type) {
        FieldDescriptor[] fields = plan(descriptor, type);
        List<String> missing = new ArrayList<>();
        for (RecordShape.Component c : RecordShape.of(type).components()) {
            if (fields[c.index()] == null) {
                missing.add(c.name());
            }
        }
        return missing;
    }

    private static FieldDescriptor[] plan(Descriptor descriptor, Class<? extends Record> type) {
        return PLANS.computeIfAbsent(new PlanKey(descriptor, type), key -> {
            List<RecordShape.Component> components = RecordShape.of(type).components();
            FieldDescriptor[] fields = new FieldDescriptor[components.size()];
            for (RecordShape.Component c : components) {
                fields[c.index()] = descriptor.findFieldByName(c.wireName());
            }
            return fields;
        });
    }

    // ---- message → record ----

    @SuppressWarnings("unchecked")
    private static Object readField(Message message, FieldDescriptor f, Type target) {
        if (f.isMapField()) {
            Type valueType = typeArgument(target, 1);
            Descriptor entry = f.getMessageType();
            FieldDescriptor keyField = entry.findFieldByNumber(1);
            FieldDescriptor valueField = entry.findFieldByNumber(2);
            Map<String, Object> map = new LinkedHashMap<>();
            for (Message e : (List<Message>) message.getField(f)) {
                map.put((String) e.getField(keyField), fromProto(e.getField(valueField), valueType));
            }
            return map;
        }
        if (f.isRepeated()) {
            Type elementType = typeArgument(target, 0);
            List<Object> values = new ArrayList<>();
            for (Object item : (List<Object>) message.getField(f)) {
                values.add(fromProto(item, elementType));
            }
            return values;
        }
        if (f.hasPresence() && !message.hasField(f)) {
            return null;
        }
        return fromProto(message.getField(f), target);
    }

    private static Object fromProto(Object value, Type target) {
        Class<?> type = rawType(target);
        if (value instanceof ByteString bytes) {
            if (type == CtyType.class) {
                return bytes.isEmpty() ? null : ctyType(bytes);
            }
            return bytes.toByteArray();
        }
        if (value instanceof EnumValueDescriptor e) {
            return enumConstant(type, e.getName());
        }
        if (value instanceof Message m) {
            if (type == Instant.class) {
                Timestamp t = (Timestamp) m;
                return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
            }
            if (type == AttributePath.class) {
                return attributePath(m);
            }
            if (type == Diagnostic.class) {
                return diagnostic(m);
            }
            return toRecord(m, type.asSubclass(Record.class));
        }
        return value;
    }

    private static CtyType ctyType(ByteString bytes) {
        try {
            return TypeJson.unmarshal(bytes.toByteArray());
        } catch (RuntimeException e) {
            throw new ProtoMappingException("invalid type " + bytes.toStringUtf8() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        if (!type.isEnum()) {
            throw new ProtoMappingException("enum value " + name + " cannot go into " + type.getName());
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum) constant).name().equals(name)) {
                return constant;
            }
        }
        return null; // INVALID/UNKNOWN markers and values from a newer protocol: absent
    }

    private static AttributePath attributePath(Message m) {
        AttributePath path = AttributePath.EMPTY;
        FieldDescriptor stepsField = m.getDescriptorForType().findFieldByName("steps");
        for (Object o : (List<?>) m.getField(stepsField)) {
            Message step = (Message) o;
            Descriptor d = step.getDescriptorForType();
            FieldDescriptor name = d.findFieldByName("attribute_name");
            FieldDescriptor key = d.findFieldByName("element_key_string");
            FieldDescriptor index = d.findFieldByName("element_key_int");
            if (step.hasField(name)) {
                path = path.attribute((String) step.getField(name));
            } else if (step.hasField(key)) {
                path = path.key((String) step.getField(key));
            } else if (step.hasField(index)) {
                path = path.index((Long) step.getField(index));
            } else {
                throw new ProtoMappingException("attribute path step without a selector");
            }
        }
        return path;
    }

    private static Diagnostic diagnostic(Message m) {
        Descriptor d = m.getDescriptorForType();
        String severity = ((EnumValueDescriptor) m.getField(d.findFieldByName("severity"))).getName();
        FieldDescriptor attribute = d.findFieldByName("attribute");
        return new Diagnostic("WARNING".equals(severity) ? Severity.WARNING : Severity.ERROR,
                (String) m.getField(d.findFieldByName("summary")),
                (String) m.getField(d.findFieldByName("detail")),
                m.hasField(attribute) ? attributePath((Message) m.getField(attribute)) : AttributePath.EMPTY);
    }

    // ---- record → message ----

    private static void writeField(Message.Builder builder, FieldDescriptor f, Object value) {
        if (f.isMapField()) {
            Descriptor entry = f.getMessageType();
            FieldDescriptor keyField = entry.findFieldByNumber(1);
            FieldDescriptor valueField = entry.findFieldByNumber(2);
            for (Map.Entry<?, ?> e : new TreeMap<>((Map<?, ?>) value).entrySet()) {
                Message.Builder eb = builder.newBuilderForField(f);
                eb.setField(keyField, e.getKey());
                eb.setField(valueField, toProto(eb, valueField, e.getValue()));
                builder.addRepeatedField(f, eb.build());
            }
        } else if (f.isRepeated()) {
            for (Object item : (List<?>) value) {
                builder.addRepeatedField(f, toProto(builder, f, item));
            }
        } else {
            builder.setField(f, toProto(builder, f, value));
        }
    }

    private static Object toProto(Message.Builder parent, FieldDescriptor f, Object value) {
        if (value instanceof byte[] bytes) {
            return UnsafeByteOperations.unsafeWrap(bytes);
        }
        if (value instanceof CtyType type) {
            return UnsafeByteOperations.unsafeWrap(TypeJson.marshalBytes(type));
        }
        if (value instanceof Enum<?> e) {
            EnumValueDescriptor d = f.getEnumType().findValueByName(e.name());
            if (d == null) {
                throw new ProtoMappingException(f.getFullName() + " has no value " + e.name());
            }
            return d;
        }
        if (value instanceof Instant i) {
            return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
        }
        if (value instanceof AttributePath path) {
            return attributePath(parent.newBuilderForField(f), path);
        }
        if (value instanceof Diagnostic d) {
            return diagnostic(parent.newBuilderForField(f), d);
        }
        if (value instanceof Record r) {
            return fill(r, parent.newBuilderForField(f)).build();
        }
        return value;
    }

    private static Message attributePath(Message.Builder builder, AttributePath path) {
        FieldDescriptor stepsField = builder.getDescriptorForType().findFieldByName("steps");
        for (AttributePath.Step step : path.steps()) {
            Message.Builder sb = builder.newBuilderForField(stepsField);
            Descriptor d = sb.getDescriptorForType();
            if (step instanceof AttributePath.AttributeName a) {
                sb.setField(d.findFieldByName("attribute_name"), a.name());
            } else if (step instanceof AttributePath.ElementKeyString k) {
                sb.setField(d.findFieldByName("element_key_string"), k.key());
            } else {
                sb.setField(d.findFieldByName("element_key_int"), ((AttributePath.ElementKeyInt) step).index());
            }
            builder.addRepeatedField(stepsField, sb.build());
        }
        return builder.build();
    }

    private static Message diagnostic(Message.Builder builder, Diagnostic diagnostic) {
        Descriptor d = builder.getDescriptorForType();
        FieldDescriptor severity = d.findFieldByName("severity");
        builder.setField(severity, severity.getEnumType().findValueByName(diagnostic.severity().name()));
        builder.setField(d.findFieldByName("summary"), diagnostic.summary());
        builder.setField(d.findFieldByName("detail"), diagnostic.detail());
        if (!diagnostic.attribute().isEmpty()) {
            FieldDescriptor attribute = d.findFieldByName("attribute");
            builder.setField(attribute, attributePath(builder.newBuilderForField(attribute), diagnostic.attribute()));
        }
        return builder.build();
    }

    // ---- helpers ----

    static Object defaultFor(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new ProtoMappingException("unsupported component type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new ProtoMappingException("a repeated field needs a List or Map component, not " + type);
    }
}
