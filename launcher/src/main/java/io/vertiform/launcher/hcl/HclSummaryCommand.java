package io.vertiform.launcher.hcl;

import io.vertiform.hcl.tools.FileSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vertiform hcl summary FILE...}: one JSON line per file, in the order given, describing how it parses as
 * native syntax (the contract is in hcl/README.md; tests compare it with hcl v2's answer).
 */
@Command(name = "summary",
        mixinStandardHelpOptions = true,
        description = "Print one JSON line per file: error count, first error range, and (when it parses cleanly) "
                + "its attributes and blocks with ranges and static values.")
public final class HclSummaryCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "native syntax files")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        int status = 0;
        for (Path file : files) {
            byte[] src;
            try {
                src = Files.readAllBytes(file);
            } catch (IOException e) {
                out.flush();
                System.err.println("error: cannot read " + file + ": " + e.getMessage());
                status = 1;
                continue;
            }
            out.print(FileSummary.line(file.toString(), src));
            out.print('\n');
        }
        out.flush();
        return status;
    }
}
