package io.vertiform.framework.registry;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One registered component: its family, its Terraform name, the author's class and how to make the instance.
 * One instance serves every session; per-session facts reach it through the request context.
 */
public record ComponentDescriptor(ComponentKind kind, String name, Class<?> type, Supplier<?> factory) {

    public ComponentDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
    }

    public Object newInstance() {
        Object instance = factory.get();
        if (!type.isInstance(instance)) {
            throw new ComponentException("the factory of " + kind.hubKind() + " " + name + " made a "
                    + (instance == null ? "null" : instance.getClass().getName()) + ", not a " + type.getName());
        }
        return instance;
    }
}
