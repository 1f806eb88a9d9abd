package io.vertiform.testkit.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.example.CredentialEphemeral;
import io.vertiform.testkit.provider.example.ExampleProvider;
import io.vertiform.testkit.provider.example.FileInfoDataSource;
import io.vertiform.testkit.provider.example.FileResource;
import io.vertiform.testkit.provider.example.NoteResource;
import io.vertiform.testkit.provider.example.Sha256Function;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example provider, end to end through the testkit. */
@ProviderTest(components = {ExampleProvider.class, FileResource.class, FileInfoDataSource.class,
        Sha256Function.class, CredentialEphemeral.class, NoteResource.class}, env = "VERTIFORM_PRIVATE_STATE_SECRET=example-secret")
class ExampleProviderTest {

    private static final String HELLO_SHA = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    private static Path cwd(ProviderClient client) {
        return Path.of(client.workingDirectory());
    }

    @Test
    void fileLifecycleCreateUpdateReplaceImportDestroy(ProviderClient client) {
        Path cwd = cwd(client);
        ResourceLifecycle.of(client, "example_file")
                .providerConfig(Map.of("root", "out"))
                .step(Step.config(Map.of("path", "a.txt", "content", "hello"))
                        .check(StateChecks.attribute("size", 5), StateChecks.attribute("sha256", HELLO_SHA),
                                StateChecks.attribute("permissions", "0644"), StateChecks.attribute("id", "a.txt"),
                                state -> assertThat(cwd.resolve("out/a.txt")).hasContent("hello")))
                .step(Step.config(Map.of("path", "a.txt", "content", "hello, world", "permissions", "0600"))
                        .check(StateChecks.attribute("size", 12)))
                .step(Step.config(Map.of("path", "b.txt", "content", "moved")).expectReplace()
                        .check(state -> assertThat(cwd.resolve("out/a.txt")).doesNotExist())
                        .importVerify("permissions"))
                .checkDestroy(last -> assertThat(cwd.resolve("out/b.txt")).doesNotExist())
                .run();
    }

    @Test
    void writeOnlyContentIsUsedButNeverStored(ProviderClient client) {
        Path cwd = cwd(client);
        ResourceLifecycle.of(client, "example_file")
                .step(Step.config(Map.of("path", "key.txt", "content", "public", "secret_content", "s3cr3t"))
                        .check(StateChecks.attributeNull("secret_content"),
                                state -> assertThat(cwd.resolve("key.txt.secret")).hasContent("s3cr3t")))
                .run();
    }

    @Test
    void validatorsStopBadConfigurationsWithTheirPaths(ProviderClient client) {
        ResourceLifecycle.of(client, "example_file")
                .step(Step.config(Map.of("path", "../escape", "content", "x")).expectError("must not contain"))
                .step(Step.config(Map.of("path", "ok", "content", "x", "permissions", "0777"))
                        .expectError("value must be one of"))
                .run();
        Outcome o = client.validateResource("example_file",
                client.resourceConfig("example_file", Map.of("path", "../x", "content", "x")));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> assertThat(d.attribute().toString()).isEqualTo("path"));
    }

    @Test
    void unknownContentPlansUnknownSizeAndDigest(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig("example_file", Map.of("path", "u.txt",
                "content", CtyValue.unknownVal(CtyType.STRING)));
        Outcome plan = client.plan("example_file", CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        assertThat(plan.value().getAttr("size").isKnown()).isFalse();
        assertThat(plan.value().getAttr("sha256").isKnown()).isFalse();
        assertThat(plan.value().getAttr("permissions")).isEqualTo(CtyValue.stringVal("0644"));
    }

    @Test
    void driftIsDetectedAndRepaired(ProviderClient client) throws IOException {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig("example_file", Map.of("path", "d.txt", "content", "v1"));
        Outcome plan = client.plan("example_file", CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome created = client.apply("example_file", CtyValue.nullVal(config.type()), plan, config).orFail("apply");
        Files.writeString(cwd(client).resolve("d.txt"), "edited by hand");
        Outcome refreshed = client.read("example_file", created.value(), created.privateData()).orFail("read");
        assertThat(refreshed.value().getAttr("content").asString()).isEqualTo("edited by hand");
        Outcome repair = client.plan("example_file", refreshed.value(), config, refreshed.privateData()).orFail("plan");
        assertThat(repair.value().getAttr("content").asString()).isEqualTo("v1");
        assertThat(repair.requiresReplace()).isEmpty();
        Files.delete(cwd(client).resolve("d.txt"));
        assertThat(client.read("example_file", created.value(), created.privateData()).value().isNull()).isTrue();
    }

    @Test
    void dataSourceFunctionAndEphemeralResource(ProviderClient client) throws IOException {
        client.configure(Map.of()).orFail("configure");
        Files.writeString(cwd(client).resolve("info.txt"), "hello");
        Outcome info = client.readDataSource("example_file_info", Map.of("path", "info.txt")).orFail("read");
        assertThat(info.value().getAttr("exists")).isEqualTo(CtyValue.TRUE);
        assertThat(info.value().getAttr("sha256").asString()).isEqualTo(HELLO_SHA);
        Outcome missing = client.readDataSource("example_file_info", Map.of("path", "nope")).orFail("read");
        assertThat(missing.value().getAttr("exists")).isEqualTo(CtyValue.FALSE);

        ProviderClient.FunctionResult sha = client.call("sha256", CtyValue.stringVal("hello"));
        assertThat(sha.error()).isNull();
        assertThat(sha.value().asString()).isEqualTo(HELLO_SHA);
        assertThat(client.call("sha256", CtyValue.nullVal(CtyType.STRING)).error().functionArgument()).isZero();

        ProviderClient.Opened opened = client.openEphemeral("example_credential", Map.of("username", "ci"));
        assertThat(opened.diagnostics()).isEmpty();
        assertThat(opened.result().getAttr("password").asString()).hasSize(24);
        Path lease = cwd(client).resolve(".leases/ci");
        assertThat(lease).hasContent("renewals=0");
        var renewed = client.renewEphemeral("example_credential", opened.privateData());
        assertThat(renewed.diagnostics()).isEmpty();
        assertThat(lease).hasContent("renewals=1");
        assertThat(client.closeEphemeral("example_credential", renewed.privateData()).diagnostics()).isEmpty();
        assertThat(lease).doesNotExist();
    }

    @Test
    void sessionsWorkInTheirOwnDirectories(ProviderClient client, ProviderHarness harness) throws IOException {
        Path otherDir = Files.createTempDirectory("vertiform-other-session");
        try {
            ProviderClient other = harness.session(Map.of(), otherDir.toString());
            for (ProviderClient c : new ProviderClient[] {client, other}) {
                c.configure(Map.of()).orFail("configure");
                CtyValue config = c.resourceConfig("example_file", Map.of("path", "same.txt", "content", c.sessionId()));
                Outcome plan = c.plan("example_file", CtyValue.nullVal(config.type()), config, new byte[0]);
                c.apply("example_file", CtyValue.nullVal(config.type()), plan, config).orFail("apply");
            }
            assertThat(cwd(client).resolve("same.txt")).hasContent(client.sessionId());
            assertThat(otherDir.resolve("same.txt")).hasContent(other.sessionId());
        } finally {
            try (var files = Files.walk(otherDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void configurationMistakesUseTerraformsWording(ProviderClient client) {
        assertThatThrownBy(() -> client.resourceConfig("example_file", Map.of("content", "x")))
                .hasMessage("Missing required argument: The argument \"path\" is required, but no definition was found.");
        assertThatThrownBy(() -> client.resourceConfig("example_file", Map.of("path", "p", "content", "x", "colour", 1)))
                .hasMessage("Unsupported argument: An argument named \"colour\" is not expected here.");
        assertThatThrownBy(() -> client.resourceConfig("example_file", Map.of("path", "p", "content", "x", "size", 1)))
                .hasMessageStartingWith("Value for unconfigurable attribute");
    }

    @Test
    void noteStateOfSchemaVersion0IsUpgradedToVersion1(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        Outcome upgraded = client.upgradeState("example_note", 0,
                "{\"id\":\"todo\",\"name\":\"todo\",\"priority\":\"3\"}").orFail("upgrade");
        assertThat(upgraded.value().getAttr("title").asString()).isEqualTo("todo");
        assertThat(upgraded.value().getAttr("priority")).isEqualTo(CtyValue.numberIntVal(3));
        assertThat(upgraded.value().getAttr("id").asString()).isEqualTo("todo");
        CtyValue config = client.resourceConfig("example_note", Map.of("title", "todo", "priority", 3));
        Outcome plan = client.plan("example_note", upgraded.value(), config, new byte[0]).orFail("plan");
        assertThat(plan.value()).isEqualTo(upgraded.value());

        Outcome unparsable = client.upgradeState("example_note", 0, "{\"id\":\"x\",\"name\":\"x\",\"priority\":\"high\"}");
        assertThat(unparsable.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.summary()).isEqualTo("Invalid stored priority"));
        assertThat(client.upgradeState("example_note", 2, "{}").hasErrors()).isTrue();
    }
}
