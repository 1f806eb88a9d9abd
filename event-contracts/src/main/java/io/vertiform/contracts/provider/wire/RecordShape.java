package io.vertiform.contracts.provider.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The components of a record class, with fast accessors and its canonical constructor.
 *
 * <p>Provider contracts are plain records whose component names mirror the plugin protocol's field names; the
 * bus codec and the RPC layer's protobuf mapping both walk them through this one description instead of a
 * hand-written converter per message (there are over a hundred of them, in two protocol versions).
 *
 * @param <R> the record type
 */
public final class RecordShape<R extends Record> {

    private static final ClassValue<RecordShape<?>> CACHE = new ClassValue<>() {
        @Override
        protected RecordShape<?> computeValue(Class<?> type) {
            return build(type.asSubclass(Record.class));
        }
    };

    private final Class<R> type;
    private final List<Component> components;
    private final MethodHandle constructor;

    private RecordShape(Class<R> type, List<Component> components, MethodHandle constructor) {
        this.type = type;
        this.components = List.copyOf(components);
        this.constructor = constructor;
    }

    /** The (cached) shape of {@code type}. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordShape<R> of(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return (RecordShape<R>) CACHE.get(type);
    }

    public Class<R> type() {
        return type;
    }

    public List<Component> components() {
        return components;
    }

    /** Calls the canonical constructor (so its validation and normalisation run) with values in component order. */
    public R construct(Object... values) {
        try {
            return type.cast(constructor.invokeWithArguments(values));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot construct " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** {@code typeName} → {@code type_name}: the protocol's field naming. */
    public static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static <R extends Record> RecordShape<R> build(Class<R> type) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        RecordComponent[] raw = type.getRecordComponents();
        List<Component> components = new ArrayList<>(raw.length);
        Class<?>[] types = new Class<?>[raw.length];
        try {
            for (int i = 0; i < raw.length; i++) {
                RecordComponent rc = raw[i];
                types[i] = rc.getType();
                WireName alias = rc.getAnnotation(WireName.class);
                components.add(new Component(i, rc.getName(),
                        alias != null ? alias.value() : snakeCase(rc.getName()),
                        rc.getType(), rc.getGenericType(), lookup.unreflect(rc.getAccessor())));
            }
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return new RecordShape<>(type, components, lookup.unreflectConstructor(ctor));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("record " + type.getName() + " must be public with a public canonical"
                    + " constructor: " + e.getMessage(), e);
        }
    }

    /**
     * One record component.
     *
     * @param index       position in the canonical constructor
     * @param name        component name (camelCase of the protocol's snake_case field)
     * @param wireName    the protocol field name: {@link WireName} if given, else {@code name} in snake_case
     * @param type        erased type
     * @param genericType full type, for the element types of lists and maps
     * @param accessor    bound to the record's accessor method
     */
    public record Component(int index, String name, String wireName, Class<?> type, Type genericType, MethodHandle accessor) {
        public Component {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(wireName, "wireName");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(genericType, "genericType");
            Objects.requireNonNull(accessor, "accessor");
        }

        /** This component's value in {@code record}. */
        public Object get(Record record) {
            try {
                return accessor.invoke(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
