package io.vertiform.hcl.tools;

import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.json.JsonSyntax;

/** Chooses the syntax by file name, as hcl's tools do: names ending in ".json" are JSON syntax, others native. */
public final class Parsing {
    private Parsing() {
    }

    public static Result<File> parse(byte[] src, String filename) {
        if (filename.endsWith(".json")) {
            return JsonSyntax.parse(src, filename);
        }
        return HclSyntax.parseConfig(src, filename, Pos.INITIAL);
    }
}
