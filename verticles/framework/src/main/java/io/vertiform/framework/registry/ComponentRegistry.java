package io.vertiform.framework.registry;

import io.vertiform.contracts.provider.ProviderAddresses;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The components one provider serves, by kind and name. Built from the component index that the annotation
 * processor writes ({@link #fromIndex}) or by hand ({@link #builder()}), e.g. in tests.
 */
public final class ComponentRegistry {

    private final Map<ComponentKind, Map<String, ComponentDescriptor>> byKind;

    private ComponentRegistry(Map<ComponentKind, Map<String, ComponentDescriptor>> byKind) {
        this.byKind = byKind;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything listed in the {@code META-INF/vertiform/components} files visible to {@code loader}. */
    public static ComponentRegistry fromIndex(ClassLoader loader) {
        Builder b = builder();
        for (ComponentIndex.Entry e : ComponentIndex.read(loader)) {
            b.add(e.type());
        }
        return b.build();
    }

    /** The provider, when one is registered (a registry without one serves an empty provider schema). */
    public Optional<ComponentDescriptor> provider() {
        return all(ComponentKind.PROVIDER).stream().findFirst();
    }

    /** Components of a kind, sorted by name. */
    public List<ComponentDescriptor> all(ComponentKind kind) {
        return List.copyOf(byKind.getOrDefault(kind, Map.of()).values());
    }

    public Optional<ComponentDescriptor> find(ComponentKind kind, String name) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(name));
    }

    /** Every component, providers first, then by kind and name. */
    public List<ComponentDescriptor> all() {
        List<ComponentDescriptor> out = new ArrayList<>();
        for (ComponentKind k : ComponentKind.values()) {
            out.addAll(all(k));
        }
        return out;
    }

    public static final class Builder {
        private final Map<ComponentKind, Map<String, ComponentDescriptor>> byKind = new EnumMap<>(ComponentKind.class);

        private Builder() {
        }

        /** Adds an annotated class, instantiated through its public no-argument constructor. */
        public Builder add(Class<?> type) {
            Annotation a = annotationOf(type);
            ComponentKind kind = kindOf(a);
            return add(kind, ComponentKind.nameOf(a), type, constructorFactory(type));
        }

        /** Adds an already-built instance of an annotated class (its configuration came from elsewhere). */
        public Builder add(Object instance) {
            Objects.requireNonNull(instance, "instance");
            Annotation a = annotationOf(instance.getClass());
            return add(kindOf(a), ComponentKind.nameOf(a), instance.getClass(), () -> instance);
        }

        public Builder add(ComponentKind kind, String name, Class<?> type, Supplier<?> factory) {
            Objects.requireNonNull(kind, "kind");
            if (!ProviderAddresses.isValidTypeName(name)) {
                throw new ComponentException("invalid " + kind.hubKind() + " name \"" + name + "\" on "
                        + type.getName() + ": use letters, digits, underscores and dashes, not starting with a digit");
            }
            Map<String, ComponentDescriptor> names = byKind.computeIfAbsent(kind, k -> new TreeMap<>());
            if (kind == ComponentKind.PROVIDER && !names.isEmpty()) {
                throw new ComponentException("two providers registered: " + names.values().iterator().next().type()
                        .getName() + " and " + type.getName() + "; build a registry per provider with "
                        + "ComponentRegistry.builder()");
            }
            ComponentDescriptor clash = names.get(name);
            if (clash != null) {
                throw new ComponentException("two " + kind.hubKind() + " components named " + name + ": "
                        + clash.type().getName() + " and " + type.getName());
            }
            names.put(name, new ComponentDescriptor(kind, name, type, factory));
            return this;
        }

        public ComponentRegistry build() {
            Map<ComponentKind, Map<String, ComponentDescriptor>> copy = new EnumMap<>(ComponentKind.class);
            byKind.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            return new ComponentRegistry(Collections.unmodifiableMap(copy));
        }

        private static Annotation annotationOf(Class<?> type) {
            Annotation found = null;
            for (ComponentKind k : ComponentKind.values()) {
                Annotation a = type.getAnnotation(k.annotation());
                if (a != null) {
                    if (found != null) {
                        throw new ComponentException(type.getName() + " carries both @"
                                + found.annotationType().getSimpleName() + " and @" + a.annotationType().getSimpleName());
                    }
                    found = a;
                }
            }
            if (found == null) {
                throw new ComponentException(type.getName() + " has no component annotation (@Provider, @Resource, "
                        + "@DataSource, @Function or @EphemeralResource)");
            }
            return found;
        }

        private static ComponentKind kindOf(Annotation a) {
            for (ComponentKind k : ComponentKind.values()) {
                if (k.annotation() == a.annotationType()) {
                    return k;
                }
            }
            throw new ComponentException("not a component annotation: " + a);
        }

        private static Supplier<?> constructorFactory(Class<?> type) {
            if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
                throw new ComponentException(type.getName() + " is abstract; components must be concrete classes");
            }
            Constructor<?> ctor;
            try {
                ctor = type.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new ComponentException(type.getName() + " needs a public no-argument constructor", e);
            }
            if (!Modifier.isPublic(ctor.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                throw new ComponentException(type.getName() + " and its no-argument constructor must be public");
            }
            return () -> {
                try {
                    return ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw new ComponentException("cannot instantiate " + type.getName() + ": " + cause, cause);
                }
            };
        }
    }
}
