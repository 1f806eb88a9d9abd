package io.vertiform.framework.provider;

import io.vertiform.framework.schema.ComponentSchema;

/**
 * The provider itself: its configuration schema and what configuring it yields for the components (an API
 * client, say). {@code C} mirrors the provider schema. Optional: {@link WithMetaSchema}, {@link Stoppable},
 * {@link io.vertiform.framework.validate.ValidatesConfig}, {@link io.vertiform.framework.validate.HasConfigValidators}.
 * One instance serves all sessions: keep per-session results in what {@code configure} returns.
 */
public interface ProviderHandler<C> {

    ComponentSchema schema();

    /**
     * Configures the provider for one session and returns the data components get from
     * {@code request.providerData(Type.class)}; may block. Values may be unknown (e.g. derived from resources not
     * yet created): check, and {@link ConfigureRequest#deferAll} if the client allows.
     */
    Object configure(ConfigureRequest<C> request);
}
