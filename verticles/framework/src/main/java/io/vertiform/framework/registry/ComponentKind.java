package io.vertiform.framework.registry;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.annotation.EphemeralResource;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.annotation.Resource;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * The component families the framework serves. List resources, actions and state stores become further
 * constants (with their annotation, hub kind and bus family) plus a verticle factory in
 * {@code io.vertiform.framework.server.ComponentVerticles}; nothing else keys on the set of kinds.
 */
public enum ComponentKind {
    PROVIDER(Provider.class, ComponentKinds.PROVIDER, null, "provider"),
    RESOURCE(Resource.class, ComponentKinds.RESOURCE, ProviderAddresses.Family.RESOURCE, "resource"),
    DATA_SOURCE(DataSource.class, ComponentKinds.DATA_SOURCE, ProviderAddresses.Family.DATA_SOURCE, "data-source"),
    EPHEMERAL_RESOURCE(EphemeralResource.class, ComponentKinds.EPHEMERAL_RESOURCE,
            ProviderAddresses.Family.EPHEMERAL_RESOURCE, "ephemeral-resource"),
    FUNCTION(Function.class, ComponentKinds.FUNCTION, ProviderAddresses.Family.FUNCTION, "function");

    private final Class<? extends Annotation> annotation;
    private final String hubKind;
    private final ProviderAddresses.Family family;
    private final String indexName;

    ComponentKind(Class<? extends Annotation> annotation, String hubKind, ProviderAddresses.Family family,
                  String indexName) {
        this.annotation = annotation;
        this.hubKind = hubKind;
        this.family = family;
        this.indexName = indexName;
    }

    public Class<? extends Annotation> annotation() {
        return annotation;
    }

    /** The kind string under which the hub registers components of this family. */
    public String hubKind() {
        return hubKind;
    }

    /** The per-type bus address family; empty for the provider, which owns the provider-wide addresses. */
    public Optional<ProviderAddresses.Family> family() {
        return Optional.ofNullable(family);
    }

    /** The first column of a component index line. */
    public String indexName() {
        return indexName;
    }

    public static Optional<ComponentKind> ofIndexName(String name) {
        for (ComponentKind k : values()) {
            if (k.indexName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The component name an annotation carries ({@code @Resource("x")} → {@code x}). */
    public static String nameOf(Annotation a) {
        if (a instanceof Provider p) {
            return p.value();
        }
        if (a instanceof Resource r) {
            return r.value();
        }
        if (a instanceof DataSource d) {
            return d.value();
        }
        if (a instanceof EphemeralResource e) {
            return e.value();
        }
        if (a instanceof Function f) {
            return f.value();
        }
        throw new IllegalArgumentException("not a component annotation: " + a.annotationType().getName());
    }
}
