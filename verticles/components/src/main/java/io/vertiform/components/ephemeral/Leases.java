package io.vertiform.components.ephemeral;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time handling of leases: whole seconds, RFC 3339 in UTC ({@code 2026-01-02T03:04:05Z}). */
final class Leases {

    private Leases() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    static String rfc3339(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Terraform renews halfway through the lease, which leaves the other half for a slow plan step. */
    static Instant renewAt(Instant now, long durationSeconds) {
        return now.plusSeconds(Math.max(1, durationSeconds / 2));
    }
}
