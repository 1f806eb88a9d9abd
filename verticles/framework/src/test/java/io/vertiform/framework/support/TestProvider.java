package io.vertiform.framework.support;

import io.vertiform.contracts.provider.Deferred;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.provider.Stoppable;
import io.vertiform.framework.provider.WithMetaSchema;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.session.SessionContext;
import io.vertiform.framework.value.Value;

/** The test provider: which fake cloud to use comes from configuration or the session's FAKE_CLOUD variable. */
@Provider("test")
public final class TestProvider implements ProviderHandler<TestProvider.Config>, WithMetaSchema, Stoppable {

    public record Config(Value<String> cloud, String region) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("cloud").optional())
                .attribute(Attributes.string("region").optional().deprecated("regions are global now"))
                .build();
    }

    @Override
    public ComponentSchema metaSchema() {
        return ComponentSchema.builder().attribute(Attributes.string("module_name").optional()).build();
    }

    @Override
    public Object configure(ConfigureRequest<Config> request) {
        Config c = request.config();
        if (c.cloud().isUnknown()) {
            request.deferAll(Deferred.Reason.PROVIDER_CONFIG_UNKNOWN);
            return null;
        }
        String name = c.cloud().isKnown() ? c.cloud().get() : request.session().env("FAKE_CLOUD").orElse("");
        FakeCloud cloud = FakeCloud.find(name);
        if (cloud == null) {
            throw ProviderException.error("Unknown cloud", "No fake cloud named \"" + name + "\".");
        }
        return cloud;
    }

    @Override
    public void stop(SessionContext session) {
        session.env("FAKE_CLOUD").map(FakeCloud::find).ifPresent(c -> c.stops.add(session.id()));
    }
}
