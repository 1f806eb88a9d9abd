package io.vertiform.components.resource;

import java.util.List;

/** The resource components of the {@code vertiform} provider, for registries and tests that list them. */
public final class ResourceComponents {

    public static final List<Class<?>> ALL = List.of(FileContentResource.class, LocalDirectoryResource.class,
            TimedTokenResource.class, PrivateStateVerifierResource.class, WarningExampleResource.class,
            SecretNoteResource.class, NestedResourceTestResource.class);

    private ResourceComponents() {
    }
}
