package io.vertiform.components.ephemeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.CloseEphemeralResource;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ValidateEphemeralResourceConfig;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.testkit.provider.Configs;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, LeaseEphemeral.class},
        env = "VERTIFORM_PRIVATE_STATE_SECRET=lease-test-secret")
class LeaseEphemeralTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "vertiform_lease";

    @Test
    void openRenewCloseLifecycle(ProviderClient client) throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "deploy", "duration", 120));
        assertThat(errors(opened.diagnostics())).isEmpty();
        assertThat(opened.result().getAttr("path").asString()).isEqualTo("deploy.lease");
        assertThat(opened.result().getAttr("duration").asBigFloat().toLong()).isEqualTo(120);
        String leaseId = opened.result().getAttr("lease_id").asString();
        Instant expires = Instant.parse(opened.result().getAttr("expires_at").asString());
        assertThat(expires).isBetween(before.plusSeconds(120), Instant.now().plusSeconds(121));
        assertThat(opened.result().getAttr("expires_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(opened.renewAt()).isBetween(before.plusSeconds(59), Instant.now().plusSeconds(61));

        Path file = Path.of(client.workingDirectory(), "deploy.lease");
        JsonNode onDisk = JSON.readTree(Files.readString(file));
        assertThat(onDisk.get("lease_id").asText()).isEqualTo(leaseId);
        assertThat(onDisk.get("name").asText()).isEqualTo("deploy");
        assertThat(Instant.parse(onDisk.get("expires_at").asText())).isEqualTo(expires);
        assertThat(onDisk.get("renewals").asLong()).isZero();

        Thread.sleep(1100); // whole-second timestamps: make the renewal visibly later
        RenewEphemeralResource.Response renewed = client.renewEphemeral(TYPE, opened.privateData());
        assertThat(errors(renewed.diagnostics())).isEmpty();
        assertThat(renewed.renewAt()).isAfter(opened.renewAt());
        JsonNode afterRenew = JSON.readTree(Files.readString(file));
        assertThat(afterRenew.get("lease_id").asText()).isEqualTo(leaseId);
        assertThat(afterRenew.get("renewals").asLong()).isEqualTo(1);
        assertThat(Instant.parse(afterRenew.get("expires_at").asText())).isAfter(expires);

        CloseEphemeralResource.Response closed = client.closeEphemeral(TYPE, renewed.privateData());
        assertThat(closed.diagnostics()).isEmpty();
        assertThat(file).doesNotExist();
        // Closing twice (Terraform retrying) is harmless.
        assertThat(client.closeEphemeral(TYPE, renewed.privateData()).diagnostics()).isEmpty();
    }

    @Test
    void explicitPathAndDefaults(ProviderClient client) throws IOException {
        ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "x", "path", "locks/run.lease"));
        assertThat(errors(opened.diagnostics())).isEmpty();
        assertThat(opened.result().getAttr("path").asString()).isEqualTo("locks/run.lease");
        assertThat(opened.result().getAttr("duration").asBigFloat().toLong()).isEqualTo(LeaseEphemeral.DEFAULT_DURATION);
        Path file = Path.of(client.workingDirectory(), "locks", "run.lease");
        assertThat(file).exists();
        Instant expires = Instant.parse(opened.result().getAttr("expires_at").asString());
        assertThat(Duration.between(Instant.now(), expires).toSeconds()).isBetween(298L, 300L);
        client.closeEphemeral(TYPE, opened.privateData());
        assertThat(file).doesNotExist();
    }

    @Test
    void aHeldLeaseIsRefusedUntilItIsClosed(ProviderClient client) {
        ProviderClient.Opened first = client.openEphemeral(TYPE, Map.of("name", "shared"));
        assertThat(errors(first.diagnostics())).isEmpty();
        ProviderClient.Opened second = client.openEphemeral(TYPE, Map.of("name", "shared"));
        assertThat(second.result()).isNull();
        Diagnostic d = errors(second.diagnostics()).get(0);
        assertThat(d.summary()).isEqualTo("Lease is held");
        assertThat(d.detail()).contains(first.result().getAttr("lease_id").asString());
        assertThat(d.attribute()).isEqualTo(AttributePath.of("path"));
        client.closeEphemeral(TYPE, first.privateData());
        assertThat(errors(client.openEphemeral(TYPE, Map.of("name", "shared")).diagnostics())).isEmpty();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldHolderLeavesItAlone(ProviderClient client) throws IOException {
        Path file = Path.of(client.workingDirectory(), "old.lease");
        new LeaseFile("stale-id", "old", Instant.now().minusSeconds(5), 3).write(file);
        ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "old"));
        assertThat(errors(opened.diagnostics())).isEmpty();
        String ours = opened.result().getAttr("lease_id").asString();
        assertThat(ours).isNotEqualTo("stale-id");

        // Someone else takes the file over: our renew fails, our close leaves their lease in place.
        new LeaseFile("someone-else", "old", Instant.now().plusSeconds(600), 0).write(file);
        RenewEphemeralResource.Response renewed = client.renewEphemeral(TYPE, opened.privateData());
        assertThat(errors(renewed.diagnostics())).extracting(Diagnostic::summary).containsExactly("Lease lost");
        CloseEphemeralResource.Response closed = client.closeEphemeral(TYPE, opened.privateData());
        assertThat(closed.diagnostics()).extracting(Diagnostic::summary).containsExactly("Lease taken over");
        assertThat(LeaseFile.read(file)).get().extracting(LeaseFile::leaseId).isEqualTo("someone-else");
    }

    @Test
    void renewAfterTheFileVanishedIsAnError(ProviderClient client) throws IOException {
        ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "gone"));
        Files.delete(Path.of(client.workingDirectory(), "gone.lease"));
        RenewEphemeralResource.Response renewed = client.renewEphemeral(TYPE, opened.privateData());
        assertThat(errors(renewed.diagnostics())).hasSize(1);
        assertThat(renewed.diagnostics().get(0).detail()).contains("was deleted");
    }

    @Test
    void aFileThatIsNotALeaseIsNeverOverwritten(ProviderClient client) throws IOException {
        Path file = Path.of(client.workingDirectory(), "notes.txt");
        Files.writeString(file, "precious");
        ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "n", "path", "notes.txt"));
        Diagnostic d = errors(opened.diagnostics()).get(0);
        assertThat(d.attribute()).isEqualTo(AttributePath.of("path"));
        assertThat(d.detail()).contains("is not a vertiform lease file");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void anUnwritablePathIsADiagnosticAtPath(ProviderClient client) throws IOException {
        Path locked = Files.createDirectory(Path.of(client.workingDirectory(), "locked"));
        boolean posix = locked.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            // A path below a regular file can never be created, whoever runs the test (even root).
            Files.writeString(Path.of(client.workingDirectory(), "plain"), "x");
            for (String path : List.of("plain/sub/x.lease", posix && !isRoot() ? "locked/x.lease" : "plain/y.lease")) {
                ProviderClient.Opened opened = client.openEphemeral(TYPE, Map.of("name", "w", "path", path));
                assertThat(opened.result()).isNull();
                Diagnostic d = errors(opened.diagnostics()).get(0);
                assertThat(d.summary()).isEqualTo("Cannot write lease file");
                assertThat(d.attribute()).isEqualTo(AttributePath.of("path"));
            }
        } finally {
            if (posix) {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void badConfigurationIsReportedAtTheAttribute(ProviderClient client) {
        assertThat(validate(client, Map.of("name", "ok", "duration", 60))).isEmpty();
        assertThat(validate(client, Map.of("name", "../escape"))).extracting(Diagnostic::attribute)
                .containsExactly(AttributePath.of("name"));
        assertThat(validate(client, Map.of("name", "d", "duration", 0))).extracting(Diagnostic::attribute)
                .containsExactly(AttributePath.of("duration"));
        assertThat(validate(client, Map.of("name", "d", "path", ""))).extracting(Diagnostic::attribute)
                .containsExactly(AttributePath.of("path"));
        // open checks again: Terraform validates first, other clients may not.
        ProviderClient.Opened escaping = client.openEphemeral(TYPE, Map.of("name", "../escape"));
        assertThat(errors(escaping.diagnostics())).extracting(Diagnostic::attribute)
                .containsExactly(AttributePath.of("name"));
        assertThat(Path.of(client.workingDirectory()).resolveSibling("escape.lease")).doesNotExist();
        ProviderClient.Opened zero = client.openEphemeral(TYPE, Map.of("name", "d", "duration", 0));
        assertThat(errors(zero.diagnostics())).extracting(Diagnostic::attribute)
                .containsExactly(AttributePath.of("duration"));
    }

    private static List<Diagnostic> validate(ProviderClient client, Map<String, ?> config) {
        Schema.Block block = client.ephemeralSchema(TYPE);
        CtyValue cfg = Configs.decode(block, config);
        ValidateEphemeralResourceConfig.Response r = client.send(
                ProviderAddresses.of(ProviderAddresses.Family.EPHEMERAL_RESOURCE, TYPE, ProviderAddresses.VALIDATE),
                new ValidateEphemeralResourceConfig.Request(TYPE, ValueCodec.encode(cfg, SchemaTypes.block(block))));
        return errors(r.diagnostics());
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<Diagnostic> errors(List<Diagnostic> diags) {
        return diags.stream().filter(Diagnostic::isError).toList();
    }
}
