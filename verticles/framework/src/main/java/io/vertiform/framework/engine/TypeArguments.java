package io.vertiform.framework.engine;

import io.vertiform.framework.registry.ComponentException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/** Finds what a component class binds a generic interface's type parameter to (its state type). */
public final class TypeArguments {

    private TypeArguments() {
    }

    /** The type argument {@code index} of {@code target} as implemented by {@code type}; null when not implemented. */
    public static Type resolve(Class<?> type, Class<?> target, int index) {
        return resolve(type, target, index, new HashMap<>());
    }

    private static Type resolve(Type type, Class<?> target, int index, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof ParameterizedType p) {
            raw = (Class<?>) p.getRawType();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length; i++) {
                Type a = args[i];
                bindings.put(vars[i], a instanceof TypeVariable<?> tv && bindings.containsKey(tv) ? bindings.get(tv) : a);
            }
        } else if (type instanceof Class<?> c) {
            raw = c;
        } else {
            return null;
        }
        if (raw == target) {
            Type t = type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : null;
            if (t instanceof TypeVariable<?> tv) {
                t = bindings.get(tv);
            }
            if (t == null || t instanceof TypeVariable<?>) {
                throw new ComponentException("cannot tell the state type of " + target.getSimpleName()
                        + ": implement it with a concrete type argument");
            }
            return t;
        }
        for (Type i : raw.getGenericInterfaces()) {
            Type found = resolve(i, target, index, bindings);
            if (found != null) {
                return found;
            }
        }
        Type sup = raw.getGenericSuperclass();
        return sup == null ? null : resolve(sup, target, index, bindings);
    }
}
