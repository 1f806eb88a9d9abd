package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.GenerateResourceConfig;
import io.vertiform.contracts.provider.GetResourceIdentitySchemas;
import io.vertiform.contracts.provider.ImportResourceState;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderHarness;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretNoteResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_secret_note";
    static final CtyType IDENTITY = CtyType.object(Map.of("name", CtyType.STRING));

    private static Path note(ProviderClient client, String name) {
        return cwd(client).resolve(".vertiform/secret-notes/" + name + ".note");
    }

    private static Outcome create(ProviderClient client, String name, String secret, String version) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("name", name, "secret_value", secret,
                "secret_version", version));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        return client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
    }

    @Test
    void lifecycleSecretIsAppliedOnlyWhenTheVersionChanges(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("name", "n1", "secret_value", "s1", "secret_version", "1"))
                        .check(StateChecks.attribute("digest", Digests.sha256Hex("s1")),
                                StateChecks.attributeNull("secret_value"), StateChecks.attribute("id", "n1"),
                                state -> assertThat(note(client, "n1")).content().doesNotContain("=s1")
                                        .contains(Digests.sha256Hex("s1")))
                        .importVerify())
                .step(Step.config(Map.of("name", "n1", "secret_value", "changed-but-same-version",
                        "secret_version", "1")).planOnly())
                .step(Step.config(Map.of("name", "n1", "secret_value", "s2", "secret_version", "2"))
                        .check(StateChecks.attribute("digest", Digests.sha256Hex("s2")),
                                StateChecks.attribute("secret_version", "2")))
                .step(Step.config(Map.of("name", "n2", "secret_value", "s2")).expectReplace()
                        .check(state -> assertThat(note(client, "n1")).doesNotExist(),
                                StateChecks.attributeNull("secret_version"))
                        .importVerify())
                .checkDestroy(last -> assertThat(note(client, "n2")).doesNotExist())
                .run();
    }

    @Test
    void versionChangePlansTheDigestUnknown(ProviderClient client) {
        Outcome created = create(client, "v", "s", "1");
        CtyValue bumped = client.resourceConfig(TYPE, Map.of("name", "v", "secret_value", "t", "secret_version", "2"));
        Outcome plan = client.plan(TYPE, created.value(), bumped, created.privateData()).orFail("plan");
        assertThat(plan.value().getAttr("digest").isKnown()).isFalse();
        assertThat(plan.value().getAttr("secret_value").isNull()).isTrue();
        assertThat(plan.requiresReplace()).isEmpty();
    }

    @Test
    void importByIdentityAndIdentitySchema(ProviderClient client) {
        create(client, "ident", "s", "7");
        CtyValue identity = CtyValue.objectVal(Map.of("name", CtyValue.stringVal("ident")));
        ImportResourceState.Response r = client.send(ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, TYPE,
                ProviderAddresses.IMPORT), new ImportResourceState.Request(TYPE, "", ProviderHarness.MODERN_CLIENT,
                new ResourceIdentityData(ValueCodec.encode(identity, IDENTITY))));
        assertThat(r.diagnostics()).isEmpty();
        CtyType t = SchemaTypes.block(client.resourceSchema(TYPE));
        CtyValue state = ValueCodec.decode(r.importedResources().get(0).state(), t);
        assertThat(state.getAttr("digest").asString()).isEqualTo(Digests.sha256Hex("s"));
        assertThat(state.getAttr("secret_version").asString()).isEqualTo("7");
        assertThat(ValueCodec.decode(r.importedResources().get(0).identity().identityData(), IDENTITY))
                .isEqualTo(identity);

        GetResourceIdentitySchemas.Response schemas = client.send(ProviderAddresses.IDENTITY_SCHEMAS,
                new GetResourceIdentitySchemas.Request());
        assertThat(schemas.identitySchemas().get(TYPE).identityAttributes()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("name"));
    }

    @Test
    void importOfAnUnknownNoteFails(ProviderClient client) {
        Outcome o = client.importState(TYPE, "missing");
        assertThat(o.diagnostics()).extracting(Diagnostic::summary).contains("Cannot import non-existent remote object");
    }

    @Test
    void generatedConfigurationKeepsNameAndVersionAndAsksForTheSecret(ProviderClient client) {
        Outcome created = create(client, "gen", "s", "3");
        CtyType t = SchemaTypes.block(client.resourceSchema(TYPE));
        GenerateResourceConfig.Response r = client.send(ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, TYPE,
                ProviderAddresses.GENERATE_CONFIG), new GenerateResourceConfig.Request(TYPE,
                ValueCodec.encode(created.value(), t)));
        CtyValue config = ValueCodec.decode(r.config(), t);
        assertThat(config.getAttr("name").asString()).isEqualTo("gen");
        assertThat(config.getAttr("secret_version").asString()).isEqualTo("3");
        assertThat(config.getAttr("digest").isNull()).isTrue();
        assertThat(config.getAttr("id").isNull()).isTrue();
        assertThat(config.getAttr("secret_value").isNull()).isTrue();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.attribute().toString()).isEqualTo("secret_value");
        });
    }

    @Test
    void readDetectsDeletedAndChangedNotes(ProviderClient client) throws IOException {
        Outcome created = create(client, "drift", "s", "1");
        create(client, "drift", "other", "9");
        Outcome read = client.read(TYPE, created.value(), created.privateData()).orFail("read");
        assertThat(read.value().getAttr("digest").asString()).isEqualTo(Digests.sha256Hex("other"));
        assertThat(read.value().getAttr("secret_version").asString()).isEqualTo("9");
        Files.delete(note(client, "drift"));
        assertThat(client.read(TYPE, created.value(), created.privateData()).orFail("read").value().isNull()).isTrue();
    }

    @Test
    void noteDirectoryComesFromTheSessionEnvironment(ProviderClient client, ProviderHarness harness)
            throws IOException {
        Path dir = Files.createTempDirectory("vertiform-notes");
        try {
            ProviderClient other = harness.session(Map.of(NoteStore.DIR_VARIABLE, dir.toString()),
                    client.workingDirectory());
            create(other, "elsewhere", "s", "1");
            assertThat(dir.resolve("elsewhere.note")).exists();
            assertThat(note(client, "elsewhere")).doesNotExist();
        } finally {
            FileContentResourceTest.deleteTree(dir);
        }
    }

    @Test
    void badNamesAndEmptySecretsAreRefused(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("name", "../escape", "secret_value", "s")).expectError("letters, digits"))
                .step(Step.config(Map.of("name", "ok", "secret_value", "")).expectError("at least 1"))
                .run();
        Outcome o = client.validateResource(TYPE, client.resourceConfig(TYPE, Map.of("name", "a/b", "secret_value", "s")));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> assertThat(d.attribute().toString()).isEqualTo("name"));
    }
}
