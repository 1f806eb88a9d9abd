package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrivateStateVerifierResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_private_state_verifier";

    private static Outcome create(ProviderClient client, String input) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("input_value", input));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        return client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
    }

    @Test
    void lifecycleSecretTravelsThroughPlannedPrivateState(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("input_value", "abc"))
                        .check(StateChecks.attribute("decrypted_token", "SECRET_FOR_ABC")))
                .step(Step.config(Map.of("input_value", "Grüße"))
                        .check(StateChecks.attribute("decrypted_token", "SECRET_FOR_GRÜSSE")))
                .run();
    }

    @Test
    void planWritesTheSecretEncrypted(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("input_value", "plan"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        assertThat(plan.value().getAttr("decrypted_token").isKnown()).isFalse();
        PrivateState priv = PrivateStateCodec.decode(plan.privateData(), Optional.of(SECRET));
        assertThat(priv.asMap()).isEqualTo(Map.of("secret_token", "SECRET_FOR_PLAN"));
    }

    @Test
    void tamperedPrivateStateIsAnError(ProviderClient client) {
        Outcome created = create(client, "t");
        byte[] tampered = created.privateData().clone();
        tampered[tampered.length - 1] ^= 0x01;
        Outcome read = client.read(TYPE, created.value(), tampered);
        assertThat(read.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.summary()).isEqualTo("Invalid Private State");
        });
    }

    @Test
    void authenticPrivateStateThatDisagreesWithTheStateIsAnError(ProviderClient client) {
        Outcome created = create(client, "t");
        byte[] other = PrivateStateCodec.encode(new PrivateState(Map.of("secret_token", "SECRET_FOR_OTHER")),
                Optional.of(SECRET));
        assertThat(client.read(TYPE, created.value(), other).diagnostics()).extracting(d -> d.summary())
                .contains("Private state mismatch");
        assertThat(client.read(TYPE, created.value(), new byte[0]).diagnostics()).extracting(d -> d.summary())
                .contains("Private state missing");
        assertThat(client.read(TYPE, created.value(), created.privateData()).orFail("read").value())
                .isEqualTo(created.value());
    }

    @Test
    void applyWithoutThePlannedPrivateStateFails(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("input_value", "lost"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome stripped = new Outcome(plan.value(), new byte[0], List.of(), null, List.of());
        Outcome applied = client.apply(TYPE, CtyValue.nullVal(config.type()), stripped, config);
        assertThat(applied.diagnostics()).extracting(d -> d.summary()).contains("Private state not received");
        assertThat(applied.value().isNull()).isTrue();
    }
}
