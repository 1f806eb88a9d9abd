package io.vertiform.framework.value;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The attribute view of a record class: component ↔ attribute name, accessors and the canonical constructor. */
final class RecordModel {

    private static final Map<Class<?>, RecordModel> CACHE = new ConcurrentHashMap<>();

    /** One component. */
    record Component(String attribute, String javaName, Type type, Method accessor) {
    }

    private final Class<?> type;
    private final Map<String, Component> byAttribute;
    private final List<Component> components;
    private final Constructor<?> constructor;

    private RecordModel(Class<?> type) {
        this.type = type;
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] params = new Class<?>[rcs.length];
        Map<String, Component> map = new LinkedHashMap<>();
        List<Component> list = new ArrayList<>();
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            params[i] = rc.getType();
            Name n = rc.getAnnotation(Name.class);
            String attr = n != null ? n.value() : snakeCase(rc.getName());
            Method accessor = rc.getAccessor();
            accessor.setAccessible(true);
            Component c = new Component(attr, rc.getName(), rc.getGenericType(), accessor);
            if (map.put(attr, c) != null) {
                throw new IllegalArgumentException(type.getName() + ": two components map to attribute " + attr);
            }
            list.add(c);
        }
        this.byAttribute = map;
        this.components = List.copyOf(list);
        try {
            this.constructor = type.getDeclaredConstructor(params);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    static RecordModel of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return CACHE.computeIfAbsent(type, RecordModel::new);
    }

    Class<?> type() {
        return type;
    }

    List<Component> components() {
        return components;
    }

    Component component(String attribute) {
        return byAttribute.get(attribute);
    }

    Object construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("constructing " + type.getName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    Object get(Component c, Object record) {
        try {
            return c.accessor().invoke(record);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("reading " + c.javaName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.javaName(), e);
        }
    }

    /** {@code instanceType} → {@code instance_type}, {@code httpURL} → {@code http_url}, {@code ipV4} → {@code ip_v4}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || Character.isDigit(name.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLowerOrDigit || acronymEnd) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
