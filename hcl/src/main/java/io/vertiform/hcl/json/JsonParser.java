package io.vertiform.hcl.json;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON syntax parser (hcl's json/parser.go). Unlike the native parser it gives up on the first structural
 * problem in an object or array; the caller then sees an invalid placeholder node there.
 */
final class JsonParser {
    private final List<JsonToken> tokens;
    private int pos;
    private final Diagnostics diags = new Diagnostics();

    private JsonParser(List<JsonToken> tokens) {
        this.tokens = tokens;
    }

    /** One JSON value, which must be followed by the end of the input. */
    static JsonNode parse(byte[] src, String filename, Pos start, Diagnostics out) {
        JsonParser p = new JsonParser(JsonScanner.scan(src, filename, start));
        JsonNode node = p.parseValue();
        if (p.diags.isEmpty() && p.peek().type() != JsonToken.Type.EOF) {
            p.diags.add(Diagnostic.error("Extraneous data after value", "Extra characters appear after the JSON value.",
                    p.peek().range()));
        }
        out.addAll(p.diags);
        return node;
    }

    private JsonToken peek() {
        return tokens.get(pos);
    }

    private JsonToken read() {
        JsonToken t = tokens.get(pos);
        if (t.type() != JsonToken.Type.EOF) {
            pos++;
        }
        return t;
    }

    /** A value, or an {@link JsonNode.InvalidVal} at the start token when none could be parsed. */
    private JsonNode parseValue() {
        JsonToken tok = peek();
        JsonNode n = switch (tok.type()) {
            case BRACE_O -> parseObject();
            case BRACK_O -> parseArray();
            case NUMBER -> parseNumber();
            case STRING -> parseString();
            case KEYWORD -> parseKeyword();
            case BRACE_C -> fail("Missing JSON value", "A JSON value must start with a brace, a bracket, a number, a "
                    + "string, or a keyword.", tok.range());
            case BRACK_C -> fail("Missing array element value", "A JSON value must start with a brace, a bracket, a "
                    + "number, a string, or a keyword.", tok.range());
            case EOF -> fail("Missing value", "The JSON data ends prematurely.", tok.range());
            default -> fail("Invalid start of value", "A JSON value must start with a brace, a bracket, a number, a "
                    + "string, or a keyword.", tok.range());
        };
        return n != null ? n : new JsonNode.InvalidVal(tok.range());
    }

    private JsonNode fail(String summary, String detail, Range subject) {
        diags.add(Diagnostic.error(summary, detail, subject));
        return null;
    }

    /** Skips to the end of the current bracketed value (counting nesting), starting from {@code tok}. */
    private void recover(JsonToken tok, JsonToken.Type open, JsonToken.Type close) {
        int depth = 1;
        JsonToken t = tok;
        while (true) {
            if (t.type() == open) {
                depth++;
            } else if (t.type() == close) {
                depth--;
                if (depth <= 1) {
                    return;
                }
            } else if (t.type() == JsonToken.Type.EOF) {
                return;
            }
            t = read();
        }
    }

    private JsonNode parseObject() {
        JsonToken open = read();
        List<JsonNode.ObjectAttr> attrs = new ArrayList<>();
        while (peek().type() != JsonToken.Type.BRACE_C) {
            // parseValue never fails outright: a broken key is an InvalidVal, and so "not a string" too.
            JsonNode keyNode = parseValue();
            if (!(keyNode instanceof JsonNode.StringVal key)) {
                return fail("Invalid object property name", "A JSON object property name must be a string",
                        keyNode.startRange());
            }
            JsonToken colon = read();
            if (colon.type() != JsonToken.Type.COLON) {
                recover(colon, JsonToken.Type.BRACE_O, JsonToken.Type.BRACE_C);
                if (colon.type() == JsonToken.Type.BRACE_C || colon.type() == JsonToken.Type.COMMA) {
                    return fail("Missing object value",
                            "A JSON object attribute must have a value, introduced by a colon.", colon.range());
                }
                if (colon.type() == JsonToken.Type.EQUALS) {
                    return fail("Missing property value colon",
                            "JSON uses a colon as its name/value delimiter, not an equals sign.", colon.range());
                }
                return fail("Missing property value colon",
                        "A colon must appear between an object property's name and its value.", colon.range());
            }
            JsonNode value = parseValue();
            attrs.add(new JsonNode.ObjectAttr(key.value(), value, key.range()));
            switch (peek().type()) {
                case COMMA -> {
                    JsonToken comma = read();
                    if (peek().type() == JsonToken.Type.BRACE_C) {
                        return fail("Trailing comma in object",
                                "JSON does not permit a trailing comma after the final property in an object.",
                                comma.range());
                    }
                }
                case EOF -> {
                    return fail("Unclosed object", "No closing brace was found for this JSON object.", open.range());
                }
                case BRACK_C -> {
                    read();
                    return fail("Mismatched braces", "A JSON object must be closed with a brace, not a bracket.",
                            peek().range());
                }
                case BRACE_C -> {
                }
                default -> {
                    recover(read(), JsonToken.Type.BRACE_O, JsonToken.Type.BRACE_C);
                    return fail("Missing attribute seperator comma",
                            "A comma must appear between each property definition in an object.", peek().range());
                }
            }
        }
        JsonToken close = read();
        return new JsonNode.ObjectVal(attrs, Range.between(open.range(), close.range()), open.range(), close.range());
    }

    private JsonNode parseArray() {
        JsonToken open = read();
        List<JsonNode> vals = new ArrayList<>();
        while (peek().type() != JsonToken.Type.BRACK_C) {
            JsonNode value = parseValue();
            vals.add(value);
            switch (peek().type()) {
                case COMMA -> {
                    JsonToken comma = read();
                    if (peek().type() == JsonToken.Type.BRACK_C) {
                        return fail("Trailing comma in array",
                                "JSON does not permit a trailing comma after the final value in an array.",
                                comma.range());
                    }
                }
                case COLON -> {
                    recover(read(), JsonToken.Type.BRACK_O, JsonToken.Type.BRACK_C);
                    return fail("Invalid array value", "A colon is not used to introduce values in a JSON array.",
                            peek().range());
                }
                case EOF -> {
                    recover(read(), JsonToken.Type.BRACK_O, JsonToken.Type.BRACK_C);
                    return fail("Unclosed object", "No closing bracket was found for this JSON array.",
                            open.range());
                }
                case BRACE_C -> {
                    recover(read(), JsonToken.Type.BRACK_O, JsonToken.Type.BRACK_C);
                    return fail("Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.",
                            peek().range());
                }
                case BRACK_C -> {
                }
                default -> {
                    recover(read(), JsonToken.Type.BRACK_O, JsonToken.Type.BRACK_C);
                    return fail("Missing attribute seperator comma",
                            "A comma must appear between each value in an array.", peek().range());
                }
            }
        }
        JsonToken close = read();
        return new JsonNode.ArrayVal(vals, Range.between(open.range(), close.range()), open.range());
    }

    private JsonNode parseNumber() {
        JsonToken tok = read();
        if (!GoJsonText.isNumber(tok.src(), tok.from(), tok.to())) {
            return fail("Invalid JSON number", "There is a syntax error in the given JSON number.", tok.range());
        }
        try {
            return new JsonNode.NumberVal(CtyValue.parseNumberVal(tok.text()).asBigFloat(), tok.range());
        } catch (NumberFormatException e) {
            return fail("Invalid JSON number", "There is a syntax error in the given JSON number.", tok.range());
        }
    }

    private JsonNode parseString() {
        JsonToken tok = read();
        int errOfs = GoJsonText.stringErrorOffset(tok.src(), tok.from(), tok.to());
        if (errOfs < 0) {
            return new JsonNode.StringVal(GoJsonText.decodeString(tok.src(), tok.from(), tok.to()), tok.range());
        }
        // Go reports the byte offset of the error; HCL turns it into a one-byte range, counting bytes as columns.
        Pos s = tok.range().start();
        Pos errPos = new Pos(s.line(), s.column() + errOfs, s.byteOffset() + errOfs);
        Range errRange = new Range(tok.range().filename(), errPos, new Pos(errPos.line(), errPos.column() + 1,
                errPos.byteOffset() + 1));
        Range context = errRange.equals(tok.range()) ? null : tok.range();
        diags.add(Diagnostic.error("Invalid JSON string", "There is a syntax error in the given JSON string.", errRange,
                context));
        return null;
    }

    private JsonNode parseKeyword() {
        JsonToken tok = read();
        String s = tok.text();
        switch (s) {
            case "true":
                return new JsonNode.BooleanVal(true, tok.range());
            case "false":
                return new JsonNode.BooleanVal(false, tok.range());
            case "null":
                return new JsonNode.NullVal(tok.range());
            case "undefined", "NaN", "Infinity":
                return fail("Invalid JSON keyword", "The JavaScript identifier " + GoQuote.quote(s)
                        + " cannot be used in JSON.", tok.range());
            default: {
                String suggestion = Levenshtein.suggestion(s, List.of("false", "true", "null"));
                String dym = suggestion.isEmpty() ? "" : " Did you mean " + GoQuote.quote(suggestion) + "?";
                return fail("Invalid JSON keyword", GoQuote.quote(s) + " is not a valid JSON keyword." + dym,
                        tok.range());
            }
        }
    }
}
