package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {

    static final Instant AT = Instant.parse("2024-05-06T07:08:09.123Z");

    private static String render(ConsoleRenderer renderer, LogEvent event) {
        LineBuffer out = new LineBuffer();
        renderer.render(event, out);
        return out.toString();
    }

    private static LogEvent event(String message, Object... kv) {
        return new LogEvent(AT, Level.INFO, "hub", message, null, kv);
    }

    @Test
    void dasFieldsBecomeEmojiMarkers() {
        String line = render(new ConsoleRenderer(ZoneOffset.UTC, false, true, false),
                event("started", "domain", "server", "action", "start", "status", "success", "port", 80));
        assertThat(line).isEqualTo("07:08:09.123 INFO  [🛎️][🚀][✅] hub: started port=80\n");
    }

    @Test
    void unknownDasValuesGetTheUnknownMarker() {
        String line = render(new ConsoleRenderer(ZoneOffset.UTC, false, true, false),
                event("x", "domain", "nowhere"));
        assertThat(line).contains("[❓]");
    }

    @Test
    void withoutEmojiDasFieldsStayFields() {
        String line = render(new ConsoleRenderer(ZoneOffset.UTC, false, false, false),
                event("x", "domain", "server"));
        assertThat(line).contains("domain=server").doesNotContain("🛎");
    }

    @Test
    void colourOnlyWhenAsked() {
        LogEvent e = event("x", "k", "v");
        assertThat(render(new ConsoleRenderer(ZoneOffset.UTC, false, true, false), e)).doesNotContain("\u001b[");
        assertThat(render(new ConsoleRenderer(ZoneOffset.UTC, true, true, false), e)).contains("\u001b[32mINFO");
    }

    @Test
    void valuesAreQuotedWhenNeededAndSecretsRedacted() {
        String line = render(new ConsoleRenderer(ZoneOffset.UTC, false, true, false),
                event("multi\nline", "a", "two words", "b", "", "c", Sensitive.of("pw"), "d", "plain"));
        assertThat(line).contains("multi\\nline", "a=\"two words\"", "b=\"\"", "c=(sensitive value)", "d=plain")
                .doesNotContain("pw ");
        assertThat(line.chars().filter(ch -> ch == '\n').count()).isEqualTo(1);
    }

    @Test
    void stackTracesFollowTheLineWhenEnabled() {
        LogEvent e = new LogEvent(AT, Level.ERROR, "m", "boom", null, new Object[] {new IllegalStateException("bad")});
        String withTrace = render(new ConsoleRenderer(ZoneOffset.UTC, false, true, true), e);
        assertThat(withTrace).contains("error=bad\n", "java.lang.IllegalStateException: bad", "\tat ");
        assertThat(render(new ConsoleRenderer(ZoneOffset.UTC, false, true, false), e)).endsWith("error=bad\n");
    }
}
