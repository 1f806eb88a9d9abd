package io.vertiform.components.ephemeral;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.EphemeralResource;
import io.vertiform.framework.ephemeral.CloseEphemeralRequest;
import io.vertiform.framework.ephemeral.CloseableEphemeral;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.ephemeral.OpenEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewableEphemeral;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code vertiform_lease}: a file-based lease held while Terraform runs. Open writes the lease file (refusing a
 * file that is not a lease, or a lease someone else holds that has not expired), renew pushes its expiry out by
 * {@code duration} again, close deletes it — but only while it is still ours. Where the file is and which lease
 * is ours travel in the (encrypted) private state, so the session needs {@code VERTIFORM_PRIVATE_STATE_SECRET}.
 */
@EphemeralResource("vertiform_lease")
public final class LeaseEphemeral implements EphemeralResourceHandler<LeaseEphemeral.Lease>, RenewableEphemeral,
        CloseableEphemeral {

    public record Lease(String name, Value<String> path, Value<Long> duration, Value<String> leaseId,
                        Value<String> expiresAt) {
    }

    static final long DEFAULT_DURATION = 300;
    static final long MAX_DURATION = 366L * 24 * 3600;
    static final Pattern SAFE_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");
    static final String PRIVATE_PATH = "path";
    static final String PRIVATE_LEASE_ID = "lease_id";
    static final String PRIVATE_DURATION = "duration";

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("A lease held in a local file for the duration of a Terraform run: **open**"
                        + " writes the file (lease id and expiry), **renew** extends the expiry, **close** deletes"
                        + " the file. A second holder is refused until the lease expires.")
                .attribute(Attributes.string("name").required()
                        .description("Name of the lease; also names the default file.")
                        .validators(Validators.lengthBetween(1, 128),
                                Validators.regex(SAFE_NAME.pattern())))
                .attribute(Attributes.string("path").optional().computed()
                        .description("Lease file, relative to Terraform's working directory unless absolute"
                                + " (default \"<name>.lease\").")
                        .validators(Validators.lengthAtLeast(1)))
                .attribute(Attributes.int64("duration").optional().computed()
                        .description("Seconds the lease lasts from open or the last renewal (default "
                                + DEFAULT_DURATION + ").")
                        .validators(Validators.between(1, MAX_DURATION)))
                .attribute(Attributes.string("lease_id").computed().description("Random id of this lease."))
                .attribute(Attributes.string("expires_at").computed()
                        .description("When the lease expires unless renewed (RFC 3339, UTC)."))
                .build();
    }

    @Override
    public Lease open(OpenEphemeralRequest<Lease> request) {
        Lease config = request.config();
        long duration = requireDuration(config.duration());
        if (config.path().isNull() && !SAFE_NAME.matcher(config.name()).matches()) {
            // Validation refuses such names first; a client that skips it must not write outside the directory.
            throw ProviderException.validation(AttributePath.of("name"), "Invalid lease name",
                    "The name names the default lease file, so it must match " + SAFE_NAME.pattern() + ".");
        }
        String relative = config.path().isNull() ? config.name() + ".lease" : config.path().orElse(null);
        if (relative == null) {
            throw ProviderException.validation(AttributePath.of("path"), "Unknown lease path",
                    "The lease path must be known when the lease is opened.");
        }
        Path file = resolve(request.session().workingDirectory(), relative);
        Instant now = Leases.now();
        LeaseFile lease = new LeaseFile(UUID.randomUUID().toString(), config.name(), now.plusSeconds(duration), 0);
        try {
            Optional<LeaseFile> existing = LeaseFile.read(file);
            if (existing.isPresent() && existing.get().expiresAt().isAfter(now)) {
                throw ProviderException.validation(AttributePath.of("path"), "Lease is held",
                        file + " is held by lease " + existing.get().leaseId() + " (\"" + existing.get().name()
                                + "\") until " + Leases.rfc3339(existing.get().expiresAt()) + ".");
            }
            lease.write(file);
        } catch (IOException | SecurityException e) {
            throw ProviderException.validation(AttributePath.of("path"), "Cannot write lease file",
                    "Writing " + file + " failed: " + describe(e));
        }
        PrivateState priv = request.privateState();
        priv.set(PRIVATE_PATH, file.toString());
        priv.set(PRIVATE_LEASE_ID, lease.leaseId());
        priv.set(PRIVATE_DURATION, Long.toString(duration));
        request.renewAt(Leases.renewAt(now, duration));
        return new Lease(config.name(), Value.of(relative), Value.of(duration), Value.of(lease.leaseId()),
                Value.of(Leases.rfc3339(lease.expiresAt())));
    }

    @Override
    public void renew(RenewEphemeralRequest request) {
        Held held = Held.of(request.privateState());
        Instant now = Leases.now();
        try {
            LeaseFile current = held.current("renew");
            current.renewed(now.plusSeconds(held.duration)).write(held.path);
        } catch (IOException e) {
            throw ProviderException.error("Cannot renew lease", "Renewing " + held.path + " failed: " + describe(e));
        }
        request.renewAt(Leases.renewAt(now, held.duration));
    }

    @Override
    public void close(CloseEphemeralRequest request) {
        Held held = Held.of(request.privateState());
        try {
            Optional<LeaseFile> current = LeaseFile.read(held.path);
            if (current.isEmpty()) {
                return;
            }
            if (!current.get().leaseId().equals(held.leaseId)) {
                request.diagnostics().addWarning("Lease taken over",
                        held.path + " now holds lease " + current.get().leaseId() + "; it was left in place.");
                return;
            }
            Files.deleteIfExists(held.path);
        } catch (IOException e) {
            throw ProviderException.error("Cannot release lease", "Deleting " + held.path + " failed: "
                    + describe(e));
        }
    }

    private static long requireDuration(Value<Long> d) {
        if (d.isUnknown()) {
            throw ProviderException.validation(AttributePath.of("duration"), "Unknown lease duration",
                    "The duration must be known when the lease is opened.");
        }
        long duration = d.orElse(DEFAULT_DURATION);
        if (duration < 1 || duration > MAX_DURATION) {
            throw ProviderException.validation(AttributePath.of("duration"), "Invalid lease duration",
                    "duration must be between 1 and " + MAX_DURATION + " seconds, got " + duration + ".");
        }
        return duration;
    }

    /** The path as given, against the session's working directory (never the JVM's own). */
    private static Path resolve(String workingDirectory, String relative) {
        try {
            Path p = Path.of(relative);
            if (p.isAbsolute()) {
                return p.normalize();
            }
            if (workingDirectory.isEmpty()) {
                throw ProviderException.validation(AttributePath.of("path"), "Relative lease path",
                        "Terraform did not report its working directory; give an absolute path.");
            }
            return Path.of(workingDirectory).resolve(p).normalize();
        } catch (InvalidPathException e) {
            throw ProviderException.validation(AttributePath.of("path"), "Invalid lease path", e.getMessage());
        }
    }

    private static String describe(Exception e) {
        if (e instanceof LeaseFile.NotALease) {
            return e.getMessage() + "; refusing to overwrite or delete it.";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** What open left in the private state. */
    private record Held(Path path, String leaseId, long duration) {
        static Held of(PrivateState priv) {
            Optional<String> path = priv.get(PRIVATE_PATH);
            Optional<String> id = priv.get(PRIVATE_LEASE_ID);
            Optional<String> duration = priv.get(PRIVATE_DURATION);
            if (path.isEmpty() || id.isEmpty() || duration.isEmpty()) {
                throw ProviderException.error("Lease not found in private state",
                        "The private data Terraform handed back does not describe a vertiform_lease.");
            }
            return new Held(Path.of(path.get()), id.get(), Long.parseLong(duration.get()));
        }

        LeaseFile current(String operation) throws IOException {
            Optional<LeaseFile> f = LeaseFile.read(path);
            if (f.isEmpty() || !f.get().leaseId().equals(leaseId)) {
                throw ProviderException.error("Lease lost", "Cannot " + operation + ": " + path
                        + (f.isEmpty() ? " was deleted." : " now holds lease " + f.get().leaseId() + "."));
            }
            return f.get();
        }
    }
}
