package io.vertiform.launcher.cty;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code vertiform cty decode --type T --hex H}: one msgpack value printed as rich JSON, for humans. */
@Command(name = "decode",
        mixinStandardHelpOptions = true,
        description = "Decode one msgpack value (hex) of the given type and print it as rich JSON.")
public final class CtyDecodeCommand implements Callable<Integer> {

    @Option(names = "--type", required = true, description = "cty type JSON, e.g. '\"string\"'")
    String type;

    @Option(names = "--hex", required = true, description = "the msgpack bytes as hex, e.g. a568656c6c6f")
    String hex;

    @Override
    public Integer call() {
        try {
            return SingleRequest.op("msgpack-decode").json("type", "--type", type).string("hex", hex).run("value");
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
