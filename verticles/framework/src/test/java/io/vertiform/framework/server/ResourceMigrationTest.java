package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ImportResourceState;
import io.vertiform.contracts.provider.MoveResourceState;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.RawState;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.contracts.provider.UpgradeResourceIdentity;
import io.vertiform.contracts.provider.UpgradeResourceState;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.ThingClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Import, identity, state upgrades and moves. */
class ResourceMigrationTest {

    static ThingClient c;
    static final CtyType IDENTITY = CtyType.object(Map.of("id", CtyType.STRING));

    @BeforeAll
    static void start() {
        c = new ThingClient("migrate");
        assertThat(c.configure().diagnostics()).isEmpty();
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    private static UpgradeResourceState.Response upgrade(long version, RawState raw) {
        return c.harness.request(ThingClient.address(ProviderAddresses.UPGRADE_STATE),
                new UpgradeResourceState.Request("test_thing", version, raw), c.session);
    }

    private static RawState json(String text) {
        return new RawState(text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void importByIdReturnsTheIdAndItsIdentity() {
        ImportResourceState.Response r = c.harness.request(ThingClient.address(ProviderAddresses.IMPORT),
                new ImportResourceState.Request("test_thing", "migrate-42", ThingClient.MODERN, null), c.session);
        assertThat(r.diagnostics()).isEmpty();
        ImportResourceState.ImportedResource imported = r.importedResources().get(0);
        CtyValue state = Cty.read(imported.state(), THING);
        assertThat(state.getAttr("id").asString()).isEqualTo("migrate-42");
        assertThat(state.getAttr("name").isNull()).isTrue();
        assertThat(Cty.read(imported.identity().identityData(), IDENTITY).getAttr("id").asString())
                .isEqualTo("migrate-42");
    }

    @Test
    void importByIdentity() {
        CtyValue identity = CtyValue.objectVal(Map.of("id", CtyValue.stringVal("migrate-7")));
        ImportResourceState.Response r = c.harness.request(ThingClient.address(ProviderAddresses.IMPORT),
                new ImportResourceState.Request("test_thing", "", ThingClient.MODERN,
                        new ResourceIdentityData(Cty.dv(identity, IDENTITY))), c.session);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Cty.read(r.importedResources().get(0).state(), THING).getAttr("id").asString()).isEqualTo("migrate-7");
    }

    @Test
    void upgradesJsonStateFromVersionZero() {
        UpgradeResourceState.Response r = upgrade(0, json(
                "{\"id\":\"migrate-1\",\"label\":\"old\",\"size\":\"12\",\"tags\":{\"a\":\"b\"},\"gone\":true}"));
        assertThat(r.diagnostics()).isEmpty();
        CtyValue v = Cty.read(r.upgradedState(), THING);
        assertThat(v.getAttr("name").asString()).isEqualTo("old");
        assertThat(v.getAttr("size")).isEqualTo(CtyValue.numberIntVal(12));
        assertThat(v.getAttr("tags").index("a").asString()).isEqualTo("b");
        assertThat(v.getAttr("fingerprint").asString()).isEqualTo("upgraded");
    }

    @Test
    void upgradesFlatmapStateFromVersionZero() {
        UpgradeResourceState.Response r = upgrade(0, new RawState(null, Map.of("id", "migrate-2", "label", "flat",
                "size", "3", "tags.%", "1", "tags.k", "v")));
        assertThat(r.diagnostics()).isEmpty();
        CtyValue v = Cty.read(r.upgradedState(), THING);
        assertThat(v.getAttr("name").asString()).isEqualTo("flat");
        assertThat(v.getAttr("size")).isEqualTo(CtyValue.numberIntVal(3));
        assertThat(v.getAttr("tags").index("k").asString()).isEqualTo("v");
    }

    @Test
    void currentVersionStateIsReadLenientlyAndWriteOnlyDropped() {
        UpgradeResourceState.Response r = upgrade(2, json("{\"id\":\"x\",\"name\":\"n\",\"size\":5,"
                + "\"password\":\"leaked\",\"removed_attribute\":1,\"rule\":[]}"));
        assertThat(r.diagnostics()).isEmpty();
        CtyValue v = Cty.read(r.upgradedState(), THING);
        assertThat(v.getAttr("name").asString()).isEqualTo("n");
        assertThat(v.getAttr("password").isNull()).isTrue();
        assertThat(v.getAttr("tags").isNull()).isTrue();
    }

    @Test
    void versionsWithoutUpgraderOrFromTheFutureFail() {
        assertThat(upgrade(3, json("{}")).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.detail()).contains("newer than this provider's version 2"));
        assertThat(upgrade(1, json("{}")).diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Version 1 never shipped");
    }

    @Test
    void movesStateFromAnotherResourceType() {
        MoveResourceState.Response r = c.harness.request(ThingClient.address(ProviderAddresses.MOVE),
                new MoveResourceState.Request("registry.terraform.io/acme/old", "old_thing", 0,
                        json("{\"id\":\"m-1\",\"title\":\"moved thing\"}"), "test_thing", null, null, 0), c.session);
        assertThat(r.diagnostics()).isEmpty();
        CtyValue v = Cty.read(r.targetState(), THING);
        assertThat(v.getAttr("name").asString()).isEqualTo("moved thing");
        assertThat(PrivateStateCodec.decode(r.targetPrivate(), Optional.of("test-secret")).get("moved-from"))
                .contains("registry.terraform.io/acme/old");
        assertThat(Cty.read(r.targetIdentity().identityData(), IDENTITY).getAttr("id").asString()).isEqualTo("m-1");

        MoveResourceState.Response refused = c.harness.request(ThingClient.address(ProviderAddresses.MOVE),
                new MoveResourceState.Request("registry.terraform.io/acme/old", "other_thing", 0, json("{}"),
                        "test_thing", null, null, 0), c.session);
        assertThat(refused.diagnostics()).extracting(Diagnostic::summary).containsExactly("Unable to Move Resource State");
        assertThat(refused.targetState()).isNull();
    }

    @Test
    void upgradesIdentityOfTheCurrentVersion() {
        UpgradeResourceIdentity.Response r = c.harness.request(ThingClient.address(ProviderAddresses.UPGRADE_IDENTITY),
                new UpgradeResourceIdentity.Request("test_thing", 1, json("{\"id\":\"i-1\"}")), c.session);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Cty.read(r.upgradedIdentity().identityData(), IDENTITY).getAttr("id").asString()).isEqualTo("i-1");
    }

    @Test
    void upgradesIdentityFromAnOlderVersionWithItsUpgrader() {
        UpgradeResourceIdentity.Response r = c.harness.request(ThingClient.address(ProviderAddresses.UPGRADE_IDENTITY),
                new UpgradeResourceIdentity.Request("test_thing", 0, json("{\"object_id\":\"i-0\"}")), c.session);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Cty.read(r.upgradedIdentity().identityData(), IDENTITY).getAttr("id").asString()).isEqualTo("i-0");
    }

    @Test
    void refusesIdentitiesNewerThanTheProviderOrMalformedOnes() {
        UpgradeResourceIdentity.Response newer = c.harness.request(
                ThingClient.address(ProviderAddresses.UPGRADE_IDENTITY),
                new UpgradeResourceIdentity.Request("test_thing", 2, json("{\"id\":\"i-2\"}")), c.session);
        assertThat(newer.diagnostics()).extracting(Diagnostic::summary)
                .containsExactly("Unable to Upgrade Resource Identity");
        assertThat(newer.diagnostics().get(0).detail()).contains("version 2").contains("reads version 1");
        UpgradeResourceIdentity.Response wrongShape = c.harness.request(
                ThingClient.address(ProviderAddresses.UPGRADE_IDENTITY),
                new UpgradeResourceIdentity.Request("test_thing", 0, json("{\"id\":\"i-0\"}")), c.session);
        assertThat(wrongShape.diagnostics()).isNotEmpty();
        assertThat(wrongShape.upgradedIdentity()).isNull();
    }
}
