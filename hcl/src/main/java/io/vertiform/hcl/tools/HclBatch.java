package io.vertiform.hcl.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.ext.TypeExpr;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.function.Stdlib;
import io.vertiform.hcl.hclsyntax.Expr;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.hclsyntax.Token;
import io.vertiform.hcl.json.JsonSyntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Answers the request lines of the Go {@code hcl-oracle batch} protocol (see
 * verticles/tools/tofusoup/oracle/cmd/hcl-oracle) with this implementation, byte for byte in the same JSON shape,
 * so differential tests can compare lines. Ops: {@code summary}, {@code tokens}, {@code expr}, {@code jsonattrs}, {@code typeexpr}.
 */
public final class HclBatch {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HclBatch() {
    }

    public static String handle(String line) {
        JsonNode req;
        try {
            req = JSON.readTree(line);
        } catch (IOException e) {
            return "{\"error\":" + GoJson.quote("request: " + e.getMessage()) + "}";
        }
        byte[] src;
        if (req.hasNonNull("src")) {
            src = req.get("src").asText().getBytes(StandardCharsets.UTF_8);
        } else if (req.hasNonNull("src64")) {
            src = Base64.getDecoder().decode(req.get("src64").asText());
        } else {
            return "{\"error\":\"request: src or src64 is required\"}";
        }
        String name = req.path("name").asText("");
        boolean template = req.path("template").asBoolean(false);
        switch (req.path("op").asText()) {
            case "summary":
                return FileSummary.line(name, src);
            case "tokens":
                return tokens(name, src, template);
            case "expr":
                return expr(req, name, src, template);
            case "jsonattrs":
                return jsonAttrs(req, name, src);
            case "typeexpr":
                return typeExpr(name, src);
            default:
                return "{\"error\":" + GoJson.quote("request: unknown op " + req.path("op").asText()) + "}";
        }
    }

    private static String tokens(String name, byte[] src, boolean template) {
        Result<List<Token>> lexed = template ? HclSyntax.lexTemplate(src, name, Pos.INITIAL)
                : HclSyntax.lexConfig(src, name, Pos.INITIAL);
        StringBuilder sb = new StringBuilder("{\"tokens\":[");
        boolean first = true;
        for (Token t : lexed.value()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"type\":\"").append(t.type().goName()).append("\",\"range\":");
            GoJson.range(sb, t.range()).append('}');
        }
        sb.append("],\"diags\":");
        diags(sb, lexed.diagnostics());
        return sb.append('}').toString();
    }

    private static String expr(JsonNode req, String name, byte[] src, boolean template) {
        Result<Expr> parsed = template ? HclSyntax.parseTemplate(src, name, Pos.INITIAL)
                : HclSyntax.parseExpression(src, name, Pos.INITIAL);
        StringBuilder eval = null;
        String type = null;
        String value = null;
        String valueError = null;
        boolean unknown = false;
        if (!parsed.hasErrors()) {
            EvalContext ctx = context(req);
            Evaluated ev = parsed.value().value(ctx);
            eval = diags(new StringBuilder(), ev.diagnostics());
            CtyValue v = ev.value();
            type = TypeJson.marshal(v.type());
            if (v.isWhollyKnown() && !v.containsMarked()) {
                try {
                    value = ValueJson.marshal(v, v.type());
                } catch (CtyException e) {
                    valueError = e.getMessage();
                }
            } else {
                unknown = true;
            }
        }
        // Keys in Go's map order (sorted).
        StringBuilder sb = new StringBuilder("{");
        if (eval != null) {
            sb.append("\"eval\":").append(eval).append(',');
        }
        if (unknown) {
            sb.append("\"known\":false,");
        }
        sb.append("\"parse\":");
        diags(sb, parsed.diagnostics());
        if (type != null) {
            sb.append(",\"type\":").append(type);
        }
        if (value != null) {
            sb.append(",\"value\":").append(value);
        }
        if (valueError != null) {
            sb.append(",\"value_error\":");
            GoJson.quote(sb, valueError);
        }
        return sb.append('}').toString();
    }

    private static String jsonAttrs(JsonNode req, String name, byte[] src) {
        Result<io.vertiform.hcl.File> parsed = JsonSyntax.parse(src, name);
        EvalContext ctx = context(req);
        Result<Map<String, Attribute>> attrs = parsed.value().body().justAttributes();
        StringBuilder sb = new StringBuilder("{\"attr_diags\":");
        diags(sb, attrs.diagnostics());
        sb.append(",\"attrs\":");
        List<Attribute> list = new ArrayList<>(attrs.value().values());
        list.sort(Comparator.comparingInt(a -> a.nameRange().start().byteOffset()));
        if (list.isEmpty()) {
            sb.append("null");
        } else {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                Attribute a = list.get(i);
                Evaluated ev = a.expr().value(ctx);
                CtyValue v = ev.value();
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"name\":");
                GoJson.quote(sb, a.name()).append(",\"range\":");
                GoJson.range(sb, a.range()).append(",\"vars\":").append(a.expr().variables().size())
                        .append(",\"diags\":");
                diags(sb, ev.diagnostics()).append(",\"type\":").append(TypeJson.marshal(v.type()));
                if (v.isWhollyKnown()) {
                    try {
                        sb.append(",\"value\":").append(ValueJson.marshal(v, v.type()));
                    } catch (RuntimeException e) {
                        sb.setLength(sb.lastIndexOf(",\"value\":"));
                    }
                }
                sb.append('}');
            }
            sb.append(']');
        }
        sb.append(",\"parse\":");
        diags(sb, parsed.diagnostics());
        return sb.append('}').toString();
    }

    private static String typeExpr(String name, byte[] src) {
        Result<Expr> parsed = HclSyntax.parseExpression(src, name, Pos.INITIAL);
        StringBuilder sb = new StringBuilder("{");
        if (!parsed.hasErrors()) {
            Result<CtyType> constraint = TypeExpr.typeConstraint(parsed.value());
            sb.append("\"constraint\":{\"diags\":");
            diags(sb, constraint.diagnostics()).append(",\"string\":");
            GoJson.quote(sb, TypeExpr.typeString(constraint.value())).append(",\"type\":")
                    .append(TypeJson.marshal(constraint.value())).append("},\"exact\":{\"diags\":");
            Result<CtyType> exact = TypeExpr.type(parsed.value());
            diags(sb, exact.diagnostics()).append(",\"type\":").append(TypeJson.marshal(exact.value()))
                    .append("},");
        }
        sb.append("\"parse\":");
        diags(sb, parsed.diagnostics());
        return sb.append('}').toString();
    }

    private static EvalContext context(JsonNode req) {
        JsonNode vars = req.get("vars");
        boolean functions = req.path("functions").asBoolean(false);
        if ((vars == null || vars.isNull()) && !functions) {
            return null;
        }
        Map<String, CtyValue> variables = null;
        if (vars != null && !vars.isNull()) {
            CtyType t = TypeJson.unmarshal(vars.get("type").toString());
            CtyValue obj = ValueJson.unmarshal(vars.get("value").toString(), t);
            variables = new java.util.LinkedHashMap<>(obj.isNull() ? Map.of() : obj.mapEntries());
            // Named variables become unknown values of their type ("dynamic": the dynamic unknown).
            for (JsonNode u : req.path("unknowns")) {
                String n = u.asText();
                if (n.equals("dynamic")) {
                    variables.put(n, CtyValue.DYNAMIC_VAL);
                } else if (variables.containsKey(n)) {
                    variables.put(n, CtyValue.unknownVal(variables.get(n).type()));
                }
            }
        }
        Map<String, Function> funcs = functions ? Stdlib.hcldecFunctions() : null;
        return EvalContext.of(variables, funcs);
    }

    static StringBuilder diags(StringBuilder sb, Diagnostics diags) {
        sb.append('[');
        boolean first = true;
        for (Diagnostic d : diags) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"severity\":\"").append(d.severity().label()).append("\",\"summary\":");
            GoJson.quote(sb, d.summary());
            sb.append(",\"detail\":");
            GoJson.quote(sb, d.detail());
            sb.append(",\"subject\":");
            if (d.subject() == null) {
                sb.append("null");
            } else {
                GoJson.range(sb, d.subject());
            }
            sb.append(",\"context\":");
            if (d.context() == null) {
                sb.append("null");
            } else {
                GoJson.range(sb, d.context());
            }
            sb.append('}');
        }
        return sb.append(']');
    }
}
