package io.vertiform.framework.engine;

import io.vertiform.framework.schema.ComponentSchema;

/**
 * What the operations of every component of one provider deployment share.
 *
 * @param workers          the worker pool author code runs on
 * @param providerMeta     the provider's {@code provider_meta} schema, or null
 */
public record Engine(Workers workers, ComponentSchema providerMeta) {
}
