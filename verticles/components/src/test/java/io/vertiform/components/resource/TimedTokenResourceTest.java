package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderHarness;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TimedTokenResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_timed_token";

    private static Outcome create(ProviderClient client, String name) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("name", name));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        return client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config);
    }

    @Test
    void lifecycleCreateRenameKeepsTheTokenDestroy(ProviderClient client) {
        AtomicReference<String> first = new AtomicReference<>();
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("name", "ci"))
                        .check(StateChecks.attributeMatches("token", "^[A-Za-z0-9_-]{43}$"),
                                StateChecks.attributeMatches("id", "^timed-token-[0-9a-f-]{36}$"),
                                state -> first.set(state.getAttr("token").asString()),
                                state -> assertThat(OffsetDateTime.parse(state.getAttr("expires_at").asString())
                                        .toInstant()).isCloseTo(Instant.now().plus(Duration.ofHours(1)),
                                                within(2, ChronoUnit.MINUTES))))
                .step(Step.config(Map.of("name", "cd"))
                        .check(StateChecks.attribute("name", "cd"),
                                state -> assertThat(state.getAttr("token").asString()).isEqualTo(first.get())))
                .run();
    }

    @Test
    void theTokenLivesInEncryptedPrivateStateAndRepairsTheState(ProviderClient client) {
        Outcome created = create(client, "p").orFail("apply");
        String token = created.value().getAttr("token").asString();
        PrivateState priv = PrivateStateCodec.decode(created.privateData(), Optional.of(SECRET));
        assertThat(priv.get("token")).contains(token);
        assertThat(priv.get("expires_at")).contains(created.value().getAttr("expires_at").asString());
        assertThat(new String(created.privateData(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);

        Map<String, CtyValue> edited = new LinkedHashMap<>(created.value().type().attributeTypes().size());
        created.value().type().attributeTypes().keySet().forEach(k -> edited.put(k, created.value().getAttr(k)));
        edited.put("token", CtyValue.stringVal("forged"));
        Outcome read = client.read(TYPE, CtyValue.objectVal(edited), created.privateData()).orFail("read");
        assertThat(read.value().getAttr("token").asString()).isEqualTo(token);
    }

    @Test
    void everyTokenIsFreshAndTheTokenIsSensitive(ProviderClient client) {
        String a = create(client, "a").orFail("apply").value().getAttr("token").asString();
        String b = create(client, "a").orFail("apply").value().getAttr("token").asString();
        assertThat(a).isNotEqualTo(b);
        Schema.Block schema = client.resourceSchema(TYPE);
        assertThat(schema.attributes()).anySatisfy(attr -> {
            assertThat(attr.name()).isEqualTo("token");
            assertThat(attr.sensitive()).isTrue();
            assertThat(attr.computed()).isTrue();
        });
    }

    @Test
    void withoutAPrivateStateSecretCreateFailsClearly(ProviderClient client, ProviderHarness harness) {
        ProviderClient noSecret = harness.session(Map.of(), client.workingDirectory());
        Outcome failed = create(noSecret, "x");
        assertThat(failed.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.summary()).isEqualTo("Private state secret missing");
        });
        assertThat(failed.value().isNull()).isTrue();
    }

    @Test
    void nameIsRequired(ProviderClient client) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.resourceConfig(TYPE, Map.of()))
                .hasMessageContaining("\"name\" is required");
    }
}
