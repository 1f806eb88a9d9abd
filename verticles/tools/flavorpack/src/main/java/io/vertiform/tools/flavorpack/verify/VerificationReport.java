package io.vertiform.tools.flavorpack.verify;

import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import java.util.List;

/**
 * The outcome of verifying a package: {@code problems} is empty exactly when it verified. {@code index} and
 * {@code metadata} are null when the file was too broken to read them; {@code keyFingerprint} names the key the
 * signature was checked against, {@code trustedKey} says whether that key came from outside the package.
 */
public record VerificationReport(List<String> problems, IndexBlock index, PackageMetadata metadata,
                                 String keyFingerprint, boolean trustedKey) {

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean verified() {
        return problems.isEmpty();
    }
}
