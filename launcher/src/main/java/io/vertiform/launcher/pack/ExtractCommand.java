package io.vertiform.launcher.pack;

import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.tools.flavorpack.extract.Extractor;
import io.vertiform.tools.flavorpack.io.PackageReader;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import io.vertiform.tools.flavorpack.verify.VerificationPolicy;
import io.vertiform.tools.flavorpack.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vertiform extract FILE DIR}: every slot into DIR ({@code {workenv}} = DIR), after the same strict
 * verification the launcher makes ({@code VERTIFORM_VERIFICATION=none} skips it, with a warning).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Verify a packed provider, then unpack all its slots into a directory.")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The package.")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "Target directory (created; must be empty).")
    Path dir;

    @Option(names = "--force", description = "Extract into a non-empty directory, overwriting files.")
    boolean force;

    private final Map<String, String> env;

    public ExtractCommand() {
        this(System.getenv());
    }

    ExtractCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (VerificationPolicy.fromEnvironment(env) == VerificationPolicy.NONE) {
                err.println("warning: not verifying " + file + " (" + VerificationPolicy.ENV + "=none)");
                err.flush();
            } else {
                VerificationReport report = PackageVerifier.verify(file);
                if (!report.verified()) {
                    err.println("error: refusing to extract " + file + ", it failed verification:");
                    report.problems().forEach(p -> err.println("  " + p));
                    err.flush();
                    return CliFailures.EXIT_FAILURE;
                }
            }
            if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
                err.println("error: " + dir + " is not empty (pass --force to overwrite)");
                err.flush();
                return CliFailures.EXIT_FAILURE;
            }
            Extractor.Result result;
            try (PackageReader reader = PackageReader.open(file)) {
                result = Extractor.extractAll(reader, dir, force);
            }
            out.println("extracted " + result.files() + " files (" + Sizes.bytes(result.bytes()) + ") from "
                    + result.slots() + " slots into " + dir);
            out.flush();
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
