package io.vertiform.framework.provider;

import io.vertiform.framework.schema.ComponentSchema;

/** A provider that reads modules' {@code provider_meta} blocks; resources see them as {@code providerMeta()}. */
public interface WithMetaSchema {

    ComponentSchema metaSchema();
}
