package io.vertiform.cty.bench;

import io.vertiform.cty.richjson.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark data sets, as rich JSON (type JSON + value), so that the Java JMH benchmark and the Go oracle's
 * bench mode time exactly the same values. Deterministic: no randomness, same text on every run.
 *
 * <p>{@code main(file)} writes one {@code {"name":N,"type":T,"value":V}} line per data set for
 * {@code cty-oracle bench}.
 */
public final class BenchData {
    /** A named data set. */
    public record DataSet(String name, String typeJson, String valueJson) {
    }

    public static final String FLAT = "flat1000";
    public static final String NESTED = "nested";

    private BenchData() {
    }

    public static List<DataSet> all() {
        return List.of(flat(), nested());
    }

    public static DataSet byName(String name) {
        for (DataSet d : all()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no data set " + name);
    }

    /** (a) A flat object of 1,000 attributes: strings, integers, decimals and bools in turn. */
    static DataSet flat() {
        StringBuilder type = new StringBuilder("[\"object\",{");
        StringBuilder value = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            String name = String.format("attribute_%04d", i);
            String sep = i > 0 ? "," : "";
            switch (i % 4) {
                case 0 -> {
                    type.append(sep).append(q(name)).append(":\"string\"");
                    value.append(sep).append(q(name)).append(':').append(q("value number " + i + " of the flat object"));
                }
                case 1 -> {
                    type.append(sep).append(q(name)).append(":\"number\"");
                    value.append(sep).append(q(name)).append(':').append(i * 7919L);
                }
                case 2 -> {
                    type.append(sep).append(q(name)).append(":\"number\"");
                    value.append(sep).append(q(name)).append(':').append(i).append(".25");
                }
                default -> {
                    type.append(sep).append(q(name)).append(":\"bool\"");
                    value.append(sep).append(q(name)).append(':').append(i % 8 == 3);
                }
            }
        }
        return new DataSet(FLAT, type.append("}]").toString(), value.append('}').toString());
    }

    /**
     * (b) A resource-state-like object three levels deep: a security group with 20 ingress rules (list of objects
     * holding a set of CIDR blocks), 10 egress rules (set of objects), tags, and a settings object of lists and maps.
     */
    static DataSet nested() {
        String rule = "[\"object\",{\"cidr_blocks\":[\"set\",\"string\"],\"description\":\"string\","
                + "\"from_port\":\"number\",\"protocol\":\"string\",\"self\":\"bool\",\"to_port\":\"number\"}]";
        String type = "[\"object\",{"
                + "\"arn\":\"string\",\"description\":\"string\",\"egress\":[\"set\"," + rule + "],"
                + "\"id\":\"string\",\"ingress\":[\"list\"," + rule + "],\"name\":\"string\","
                + "\"owner_id\":\"string\",\"revoke_rules_on_delete\":\"bool\","
                + "\"settings\":[\"object\",{\"features\":[\"list\",\"string\"],\"limits\":[\"map\",\"number\"],"
                + "\"timeouts\":[\"object\",{\"create\":\"string\",\"delete\":\"string\",\"update\":\"string\"}]}],"
                + "\"tags\":[\"map\",\"string\"],\"vpc_id\":\"string\"}]";
        StringBuilder v = new StringBuilder("{");
        v.append("\"arn\":").append(q("arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0"));
        v.append(",\"description\":").append(q("Managed by Terraform"));
        v.append(",\"egress\":").append(rules(10, 5000));
        v.append(",\"id\":").append(q("sg-0123456789abcdef0"));
        v.append(",\"ingress\":").append(rules(20, 0));
        v.append(",\"name\":").append(q("web-tier"));
        v.append(",\"owner_id\":").append(q("123456789012"));
        v.append(",\"revoke_rules_on_delete\":false");
        v.append(",\"settings\":{\"features\":[");
        for (int i = 0; i < 8; i++) {
            v.append(i > 0 ? "," : "").append(q("feature-" + i));
        }
        v.append("],\"limits\":{");
        for (int i = 0; i < 8; i++) {
            v.append(i > 0 ? "," : "").append(q("limit_" + i)).append(':').append(100 * (i + 1)).append(i % 2 == 0 ? "" : ".5");
        }
        v.append("},\"timeouts\":{\"create\":\"10m\",\"delete\":\"15m\",\"update\":null}}");
        v.append(",\"tags\":{");
        for (int i = 0; i < 10; i++) {
            v.append(i > 0 ? "," : "").append(q("tag-" + i)).append(':').append(q("value for tag " + i));
        }
        v.append("},\"vpc_id\":").append(q("vpc-0a1b2c3d4e5f67890")).append('}');
        return new DataSet(NESTED, type, v.toString());
    }

    private static String rules(int count, int portBase) {
        StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < count; r++) {
            sb.append(r > 0 ? "," : "").append("{\"cidr_blocks\":[");
            for (int c = 0; c < 5; c++) {
                sb.append(c > 0 ? "," : "").append(q("10." + r + "." + c + ".0/24"));
            }
            int port = portBase + 1000 + r * 10;
            sb.append("],\"description\":").append(q("rule " + r))
                    .append(",\"from_port\":").append(port)
                    .append(",\"protocol\":").append(q(r % 3 == 0 ? "udp" : "tcp"))
                    .append(",\"self\":").append(r % 5 == 0)
                    .append(",\"to_port\":").append(port + 9).append('}');
        }
        return sb.append(']').toString();
    }

    private static String q(String s) {
        return JsonText.quote(s);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchData <output.jsonl>");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>();
        for (DataSet d : all()) {
            lines.add("{\"name\":" + q(d.name()) + ",\"type\":" + d.typeJson() + ",\"value\":" + d.valueJson() + "}");
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
}
