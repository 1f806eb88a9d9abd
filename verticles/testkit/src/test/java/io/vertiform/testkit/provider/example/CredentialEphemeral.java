package io.vertiform.testkit.provider.example;

import io.vertiform.framework.annotation.EphemeralResource;
import io.vertiform.framework.ephemeral.CloseEphemeralRequest;
import io.vertiform.framework.ephemeral.CloseableEphemeral;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.ephemeral.OpenEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewableEphemeral;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * {@code example_credential}: a short-lived password, leased in a file below the root while open, renewed on
 * request and revoked (file removed) on close.
 */
@EphemeralResource("example_credential")
public final class CredentialEphemeral implements EphemeralResourceHandler<CredentialEphemeral.Credential>,
        RenewableEphemeral, CloseableEphemeral {

    public record Credential(String username, Value<String> password) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("username").required())
                .attribute(Attributes.string("password").computed().sensitive())
                .build();
    }

    @Override
    public Credential open(OpenEphemeralRequest<Credential> request) {
        byte[] raw = new byte[12];
        RANDOM.nextBytes(raw);
        String password = HexFormat.of().formatHex(raw);
        Path lease = lease(request.providerData(ExampleProvider.Files.class), request.config().username());
        write(lease, "renewals=0");
        request.privateState().set("lease", lease.toString());
        request.renewAt(Instant.now().plusSeconds(300));
        return new Credential(request.config().username(), Value.of(password));
    }

    @Override
    public void renew(RenewEphemeralRequest request) {
        Path lease = Path.of(request.privateState().get("lease").orElseThrow());
        int n = Integer.parseInt(read(lease).substring("renewals=".length())) + 1;
        write(lease, "renewals=" + n);
        request.renewAt(Instant.now().plusSeconds(300));
    }

    @Override
    public void close(CloseEphemeralRequest request) {
        try {
            Files.deleteIfExists(Path.of(request.privateState().get("lease").orElseThrow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path lease(ExampleProvider.Files files, String user) {
        return files.resolve(".leases/" + user);
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
