package io.vertiform.launcher.pack;

import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.tools.flavorpack.sign.Ed25519;
import io.vertiform.tools.flavorpack.sign.KeyFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vertiform keygen}: an Ed25519 signing key pair; the private key file is 0600 from its creation. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Create an Ed25519 key pair for `pack --key` (private) and `verify --key` (public).")
public final class KeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "keys", description = "Directory (default: keys).")
    Path outDir;

    @Option(names = "--name", defaultValue = "provider",
            description = "File name stem: <name>-private.key and <name>-public.key (default: provider).")
    String name;

    @Option(names = "--force", description = "Replace existing key files.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            KeyPair pair = Ed25519.generate();
            byte[] raw = Ed25519.raw(pair.getPublic());
            Path privateFile = outDir.resolve(name + "-private.key");
            Path publicFile = outDir.resolve(name + "-public.key");
            KeyFiles.writePrivate(privateFile, Ed25519.seed(pair.getPrivate()), force);
            KeyFiles.writePublic(publicFile, raw, force);
            out.println("private key " + privateFile + " (mode 0600: keep it secret, pass it to `pack --key`)");
            out.println("public key  " + publicFile + " (share it: `verify --key`)");
            out.println("fingerprint " + Ed25519.fingerprint(raw));
            out.flush();
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(spec.commandLine().getErr(), e);
        }
    }
}
