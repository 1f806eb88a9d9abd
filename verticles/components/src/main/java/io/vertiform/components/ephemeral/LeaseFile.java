package io.vertiform.components.ephemeral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The lease file: a small JSON object ({@code lease_id}, {@code name}, {@code expires_at} in RFC 3339,
 * {@code renewals}) that other processes can read to see who holds the lease and until when. Written to a
 * temporary sibling and moved into place, so a reader never sees half a lease.
 */
record LeaseFile(String leaseId, String name, Instant expiresAt, long renewals) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The lease stored at {@code path}; empty when there is no file, {@link NotALease} when it is something else. */
    static Optional<LeaseFile> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject() || !n.path("lease_id").isTextual() || !n.path("expires_at").isTextual()) {
                throw new NotALease(path);
            }
            return Optional.of(new LeaseFile(n.get("lease_id").asText(), n.path("name").asText(""),
                    Instant.parse(n.get("expires_at").asText()), n.path("renewals").asLong(0)));
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new NotALease(path);
        }
    }

    void write(Path path) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("lease_id", leaseId);
        n.put("name", name);
        n.put("expires_at", Leases.rfc3339(expiresAt));
        n.put("renewals", renewals);
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".lease-", ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    LeaseFile renewed(Instant newExpiry) {
        return new LeaseFile(leaseId, name, newExpiry, renewals + 1);
    }

    /** The path holds a file that is not a lease: never overwrite or delete it. */
    static final class NotALease extends IOException {
        private static final long serialVersionUID = 1L;

        NotALease(Path path) {
            super(path + " exists and is not a vertiform lease file");
        }
    }
}
