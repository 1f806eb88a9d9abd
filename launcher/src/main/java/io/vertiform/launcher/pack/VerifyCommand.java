package io.vertiform.launcher.pack;

import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.tools.flavorpack.sign.KeyFiles;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import io.vertiform.tools.flavorpack.verify.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vertiform verify FILE [--key PUB]}: the launcher's strict checks, reported; exit 1 on any failure. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a packed provider: checksums of every part and the Ed25519 signature.",
                "Without --key the check proves integrity only (the key travels inside the package)."})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The package.")
    Path file;

    @Option(names = "--key", paramLabel = "PUB", description = "Trusted Ed25519 public key (PEM or raw 32 bytes).")
    Path key;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            byte[] trusted = key == null ? null : KeyFiles.readPublic(key);
            VerificationReport report = PackageVerifier.verify(file, trusted);
            if (!report.verified()) {
                err.println("error: " + file + " failed verification:");
                report.problems().forEach(p -> err.println("  " + p));
                err.flush();
                return CliFailures.EXIT_FAILURE;
            }
            out.println("verified " + file + ": " + report.metadata().name() + " " + report.metadata().version()
                    + ", " + report.metadata().slots().size() + " slots, signed by " + report.keyFingerprint()
                    + (report.trustedKey() ? " (trusted key)" : " (embedded key: integrity, not authorship)"));
            out.flush();
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        }
    }
}
