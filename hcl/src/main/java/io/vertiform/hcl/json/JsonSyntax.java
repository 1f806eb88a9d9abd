package io.vertiform.hcl.json;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;

import java.util.List;

/** Entry points of the JSON syntax (hcl's json/public.go). Like the native syntax, parsing never throws. */
public final class JsonSyntax {
    private JsonSyntax() {
    }

    /** A JSON configuration file; its root must be an object or an array of objects. */
    public static Result<File> parse(byte[] src, String filename) {
        return parse(src, filename, Pos.INITIAL);
    }

    public static Result<File> parse(byte[] src, String filename, Pos start) {
        Diagnostics diags = new Diagnostics();
        JsonNode root = JsonParser.parse(src, filename, start, diags);
        if (!(root instanceof JsonNode.ObjectVal) && !(root instanceof JsonNode.ArrayVal)) {
            diags.add(Diagnostic.error("Root value must be object", "The root value in a JSON-based configuration must "
                    + "be either a JSON object or a JSON array of objects.", root.startRange()));
            Range fake = new Range(filename, Pos.INITIAL, Pos.INITIAL);
            // hcl leaves the close range as Go's zero range.
            Range zero = new Range("", new Pos(0, 0, 0), new Pos(0, 0, 0));
            root = new JsonNode.ObjectVal(List.of(), fake, fake, zero);
        }
        return new Result<>(new File(new JsonBody(root), src), diags);
    }

    /** A standalone JSON value as an expression. */
    public static Result<Expression> parseExpression(byte[] src, String filename, Pos start) {
        Diagnostics diags = new Diagnostics();
        JsonNode node = JsonParser.parse(src, filename, start, diags);
        return new Result<>(new JsonExpression(node), diags);
    }
}
