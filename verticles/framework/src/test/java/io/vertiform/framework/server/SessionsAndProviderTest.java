package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.GetResourceIdentitySchemas;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.SessionEnded;
import io.vertiform.contracts.provider.StopProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.FakeCloud;
import io.vertiform.framework.support.Harness;
import io.vertiform.framework.support.ThingClient;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Provider-wide behaviour: schemas, the hub, per-session environments, configure, stop, provider meta. */
class SessionsAndProviderTest {

    static ThingClient c;

    @BeforeAll
    static void start() {
        c = new ThingClient("sessions-a");
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    @Test
    void twoSessionsInOneJvmSeeTheirOwnEnvironments() {
        FakeCloud b = FakeCloud.create("sessions-b");
        String other = c.harness.session(Map.of("FAKE_CLOUD", "sessions-b", "VERTIFORM_PRIVATE_STATE_SECRET", "other"),
                "/elsewhere");
        ConfigureProvider.Request configure = new ConfigureProvider.Request("1.9.0",
                Cty.dv(Cty.object(ThingClient.PROVIDER, Map.of()), ThingClient.PROVIDER), ThingClient.MODERN);
        assertThat(c.harness.<ConfigureProvider.Response>request(ProviderAddresses.CONFIGURE, configure, c.session)
                .diagnostics()).isEmpty();
        assertThat(c.harness.<ConfigureProvider.Response>request(ProviderAddresses.CONFIGURE, configure, other)
                .diagnostics()).isEmpty();

        CtyValue config = Cty.object(THING, Map.of("name", "same"), "rule");
        ThingClient.Created inA = c.create(config);
        PlanResourceChange.Response plan = c.harness.request(ThingClient.address(ProviderAddresses.PLAN),
                new PlanResourceChange.Request("test_thing", Cty.dv(CtyValue.nullVal(THING), THING),
                        Cty.dv(config, THING), Cty.dv(config, THING), null, null, ThingClient.MODERN, null, null), other);
        ApplyResourceChange.Response inB = c.harness.request(ThingClient.address(ProviderAddresses.APPLY),
                new ApplyResourceChange.Request("test_thing", Cty.dv(CtyValue.nullVal(THING), THING),
                        plan.plannedState(), Cty.dv(config, THING), null, null, null), other);

        assertThat(inA.state().getAttr("id").asString()).startsWith("sessions-a-");
        assertThat(Cty.read(inB.newState(), THING).getAttr("id").asString()).startsWith("sessions-b-");
        assertThat(PrivateStateCodec.decode(inB.privateData(), Optional.of("other")).get("created-by")).contains(other);
        assertThat(c.harness.deployment().sessions().resolved().get(other).context(null, 6).workingDirectory())
                .isEqualTo("/elsewhere");
        assertThat(c.harness.deployment().sessions().resolved().get(other).context(null, 6).terraformVersion())
                .isEqualTo("1.9.0");
    }

    @Test
    void anEndedSessionIsForgottenAndStartsAfreshWhenUsedAgain() throws InterruptedException {
        String gone = c.harness.session(Map.of("FAKE_CLOUD", "sessions-a"), "/first");
        ConfigureProvider.Request configure = new ConfigureProvider.Request("1.9.0",
                Cty.dv(Cty.object(ThingClient.PROVIDER, Map.of()), ThingClient.PROVIDER), ThingClient.MODERN);
        assertThat(c.harness.<ConfigureProvider.Response>request(ProviderAddresses.CONFIGURE, configure, gone)
                .diagnostics()).isEmpty();
        assertThat(c.harness.deployment().sessions().resolved()).containsKey(gone);

        c.harness.vertx().eventBus().publish(SessionEnded.ADDRESS, gone,
                new DeliveryOptions().addHeader(ProviderHeaders.SESSION, gone));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (c.harness.deployment().sessions().resolved().containsKey(gone) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(c.harness.deployment().sessions().resolved()).doesNotContainKey(gone);
        assertThat(c.harness.deployment().sessions().resolved()).containsKey(c.session);
    }

    @Test
    void unknownCloudFailsConfigureWithTheAuthorsDiagnostic() {
        String lost = c.harness.session(Map.of("FAKE_CLOUD", "nowhere"), "");
        ConfigureProvider.Response r = c.harness.request(ProviderAddresses.CONFIGURE, new ConfigureProvider.Request(
                "1.9.0", Cty.dv(Cty.object(ThingClient.PROVIDER, Map.of()), ThingClient.PROVIDER), ThingClient.MODERN),
                lost);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Unknown cloud");
            assertThat(d.detail()).contains("nowhere");
        });
    }

    @Test
    void schemasListEveryComponent() {
        GetProviderSchema.Response s = c.harness.request(ProviderAddresses.SCHEMA, new GetProviderSchema.Request(),
                c.session);
        assertThat(s.resourceSchemas()).containsOnlyKeys("test_thing");
        assertThat(s.resourceSchemas().get("test_thing").version()).isEqualTo(2);
        assertThat(s.dataSourceSchemas()).containsOnlyKeys("test_thing_lookup");
        assertThat(s.ephemeralResourceSchemas()).containsOnlyKeys("test_token");
        assertThat(s.functions()).containsOnlyKeys("join");
        assertThat(s.functions().get("join").variadicParameter().name()).isEqualTo("parts");
        assertThat(s.providerMeta().block().attributes()).extracting(a -> a.name()).containsExactly("module_name");
        assertThat(s.serverCapabilities().moveResourceState()).isTrue();
        assertThat(s.serverCapabilities().planDestroy()).isTrue();
        var password = s.resourceSchemas().get("test_thing").block().attributes().stream()
                .filter(a -> a.name().equals("password")).findFirst().orElseThrow();
        assertThat(password.writeOnly()).isTrue();
        assertThat(password.sensitive()).isTrue();

        GetResourceIdentitySchemas.Response ids = c.harness.request(ProviderAddresses.IDENTITY_SCHEMAS,
                new GetResourceIdentitySchemas.Request(), c.session);
        assertThat(ids.identitySchemas().get("test_thing").identityAttributes()).singleElement()
                .satisfies(a -> assertThat(a.requiredForImport()).isTrue());
    }

    @Test
    void everyComponentIsRegisteredInTheHub() {
        Hub hub = Hub.create(c.harness.vertx());
        List<ComponentRegistration> resources = Harness.await(hub.discover(ComponentKinds.RESOURCE, "test_thing"));
        assertThat(resources).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("vertiform.provider.resource.test_thing");
            assertThat(r.metadata()).containsEntry("provider", "test");
        });
        assertThat(Harness.await(hub.discover(ComponentKinds.FUNCTION, "join"))).hasSize(1);
        assertThat(Harness.await(hub.discover(ComponentKinds.EPHEMERAL_RESOURCE, "test_token"))).hasSize(1);
        assertThat(Harness.await(hub.discover(ComponentKinds.DATA_SOURCE, "test_thing_lookup"))).hasSize(1);
        assertThat(Harness.await(hub.discover(ComponentKinds.PROVIDER, "test"))).hasSize(1);
    }

    @Test
    void stopReachesTheProvidersHook() throws InterruptedException {
        c.configure();
        c.harness.vertx().eventBus().publish(ProviderAddresses.STOP, new StopProvider.Request(),
                new DeliveryOptions().addHeader(ProviderHeaders.SESSION, c.session));
        for (int i = 0; i < 100 && c.cloud.stops.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(c.cloud.stops).containsExactly(c.session);
    }

    @Test
    void providerMetaReachesTheResource() {
        c.configure();
        CtyType metaType = CtyType.object(Map.of("module_name", CtyType.STRING));
        CtyValue meta = CtyValue.objectVal(Map.of("module_name", CtyValue.stringVal("network")));
        CtyValue config = Cty.object(THING, Map.of("name", "meta"), "rule");
        PlanResourceChange.Response plan = c.plan(CtyValue.nullVal(THING), config, config);
        ApplyResourceChange.Response r = c.harness.request(ThingClient.address(ProviderAddresses.APPLY),
                new ApplyResourceChange.Request("test_thing", Cty.dv(CtyValue.nullVal(THING), THING),
                        plan.plannedState(), Cty.dv(config, THING), null, Cty.dv(meta, metaType), null), c.session);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(PrivateStateCodec.decode(r.privateData(), Optional.of("test-secret")).get("module"))
                .contains("network");
    }
}
