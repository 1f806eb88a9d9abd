package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HclogJsonRendererTest {

    static final Pattern GO_TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}(Z|[+-]\\d{2}:\\d{2})");
    static final Instant AT = Instant.parse("2024-05-06T07:08:09.123456789Z");
    static final ObjectMapper JSON = new ObjectMapper();

    private final CapturingSink sink = new CapturingSink();
    private final VertiformLogger log = LogPipeline.of(Level.TRACE, Clock.fixed(AT, ZoneOffset.UTC), sink)
            .logger("provider");

    private static String render(LogEvent event, ZoneId zone) {
        LineBuffer out = new LineBuffer(8);
        new HclogJsonRenderer(zone).render(event, out);
        return out.toString();
    }

    private String renderLast() {
        List<LogEvent> events = sink.events();
        return render(events.get(events.size() - 1), ZoneOffset.UTC);
    }

    @Test
    void everyHeaderFieldIsPresentAndParsesBack() throws IOException {
        log.info("hello world", "count", 3, "name", "x");
        String line = renderLast();
        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        JsonNode node = JSON.readTree(line);
        assertThat(node.get("@level").asText()).isEqualTo("info");
        assertThat(node.get("@message").asText()).isEqualTo("hello world");
        assertThat(node.get("@module").asText()).isEqualTo("provider");
        assertThat(node.get("@timestamp").asText()).matches(GO_TIMESTAMP).isEqualTo("2024-05-06T07:08:09.123456Z");
        assertThat(node.get("count").asInt()).isEqualTo(3);
        assertThat(node.get("name").asText()).isEqualTo("x");
        assertThat(node.size()).isEqualTo(6);
    }

    @Test
    void levelNamesAreHclogs() throws IOException {
        for (Level level : List.of(Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR)) {
            log.log(level, "m");
            assertThat(JSON.readTree(renderLast()).get("@level").asText()).isEqualTo(level.name().toLowerCase());
        }
    }

    @Test
    void timestampUsesGoOffsetLayout() {
        LogEvent event = new LogEvent(AT, Level.INFO, "m", "x", null, null);
        assertThat(render(event, ZoneId.of("Asia/Kolkata"))).contains("\"@timestamp\":\"2024-05-06T12:38:09.123456+05:30\"");
        assertThat(render(event, ZoneId.of("America/New_York"))).contains("\"2024-05-06T03:08:09.123456-04:00\"");
        LogEvent early = new LogEvent(Instant.parse("2024-01-01T00:00:00.000001Z"), Level.INFO, "m", "x", null, null);
        assertThat(render(early, ZoneOffset.UTC)).contains("\"2024-01-01T00:00:00.000001Z\"");
    }

    @Test
    void timestampCacheFollowsTheSecond() {
        GoTimestamp ts = new GoTimestamp(ZoneOffset.UTC);
        assertThat(ts.format(Instant.parse("2024-05-06T07:08:09.5Z"))).isEqualTo("2024-05-06T07:08:09.500000Z");
        assertThat(ts.format(Instant.parse("2024-05-06T07:08:10.000002Z"))).isEqualTo("2024-05-06T07:08:10.000002Z");
        assertThat(ts.format(Instant.parse("2024-05-06T07:08:09.25Z"))).isEqualTo("2024-05-06T07:08:09.250000Z");
    }

    @Test
    void noModuleMeansNoModuleKey() throws IOException {
        String line = render(new LogEvent(AT, Level.INFO, "", "x", null, null), ZoneOffset.UTC);
        assertThat(JSON.readTree(line).has("@module")).isFalse();
    }

    @Test
    void sensitiveValuesAreNeverRendered() {
        log.info("login", "password", Sensitive.of("hunter2"), "nested",
                Map.of("token", Sensitive.of("abc123")), "list", List.of(Sensitive.of("s3cret")));
        String line = renderLast();
        assertThat(line).doesNotContain("hunter2").doesNotContain("abc123").doesNotContain("s3cret")
                .contains("\"password\":\"(sensitive value)\"");
        assertThat(Sensitive.of("x").toString()).isEqualTo(Sensitive.MARKER);
        assertThat(Sensitive.of("x").reveal()).isEqualTo("x");
    }

    @Test
    void errorsRenderAsTheirTextUnderError() throws IOException {
        RuntimeException cause = new RuntimeException("disk full");
        log.error("write failed", "path", "/x", new IllegalStateException("cannot write", cause));
        JsonNode node = JSON.readTree(renderLast());
        assertThat(node.get("error").asText()).isEqualTo("cannot write: disk full");
        assertThat(sink.events().get(0).error()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valueTypesFollowEncodingJson() {
        log.info("types", "bd", new BigDecimal("12.50"), "nan", Double.NaN, "arr", new int[] {1, 2}, "opt",
                java.util.Optional.empty(), "enum", Level.WARN, "float", 0.1f);
        String line = renderLast();
        assertThat(line).contains("\"bd\":12.50", "\"nan\":\"NaN\"", "\"arr\":[1,2]", "\"opt\":null",
                "\"enum\":\"WARN\"", "\"float\":0.1");
    }

    @Test
    void selfReferencingStructuresDoNotOverflow() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        log.info("loop", "l", loop);
        assertThat(renderLast()).contains("\"...\"");
    }

    /**
     * The same calls as hclog-golden.go made through Debian's go-hclog; the lines must match byte for byte
     * apart from the timestamp.
     */
    @Test
    void matchesGoHclogByteForByte() throws IOException {
        List<String> golden;
        try (InputStream in = getClass().getResourceAsStream("hclog-golden.jsonl")) {
            golden = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?<=\n)"));
        }
        VertiformLogger l = log;
        l.info("plain message");
        l.debug("fields", "b", 2, "a", "x", "c", true, "d", null, "e", 1.5);
        l.trace("escapes <a&b> \"q\" \\ \n\t\r \u0001 \u007f \u2028 \u2029 é 😀", "k<", "v>");
        l.error("failed", "error", new RuntimeException("boom: inner"));
        l.warn("odd", "k", "v", "dangling");
        l.with("z", 1).with("a", 2).info("implied", "a", 3);
        l.info("dup header", "@message", "overridden");
        l.info("numbers", "big", 1e21, "small", 1e-7, "neg", -0.25, "int", -9007199254740993L, "f", 100.0,
                "g", 123456789.125);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of());
        l.info("collections", "list", Arrays.asList(1, "two", null), "map", map, "bytes",
                "hi".getBytes(StandardCharsets.UTF_8));
        l.named("sub").info("named");
        LogPipeline.of(Level.TRACE, Clock.fixed(AT, ZoneOffset.UTC), sink).logger("").info("no module");

        List<LogEvent> events = sink.events();
        assertThat(events).hasSize(golden.size());
        Iterator<String> expected = golden.iterator();
        for (LogEvent event : events) {
            String mine = render(event, ZoneOffset.UTC);
            String theirs = expected.next().replaceAll("\"@timestamp\":\"[^\"]*\"",
                    "\"@timestamp\":\"2024-05-06T07:08:09.123456Z\"");
            assertThat(mine).isEqualTo(theirs);
        }
    }
}
