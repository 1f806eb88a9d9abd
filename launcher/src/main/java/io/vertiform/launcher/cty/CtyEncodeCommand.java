package io.vertiform.launcher.cty;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code vertiform cty encode --type T --value V [--format msgpack|json]}: one value, for humans. */
@Command(name = "encode",
        mixinStandardHelpOptions = true,
        description = "Encode one rich-JSON value: msgpack as lowercase hex, or go-cty's JSON text.")
public final class CtyEncodeCommand implements Callable<Integer> {

    enum Format { msgpack, json }

    @Option(names = "--type", required = true, description = "cty type JSON, e.g. '[\"list\",\"string\"]'")
    String type;

    @Option(names = "--value", required = true, description = "the value in rich JSON, e.g. '[\"a\",null]'")
    String value;

    @Option(names = "--format", defaultValue = "msgpack", description = "msgpack (default) or json")
    Format format;

    @Override
    public Integer call() {
        String op = format == Format.json ? "json-encode" : "msgpack-encode";
        String field = format == Format.json ? "json" : "hex";
        try {
            return SingleRequest.op(op).json("type", "--type", type).json("value", "--value", value).run(field);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
