package io.vertiform.foundation.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Human-readable lines for development and CLI tools:
 * {@code 21:15:54.123 INFO  [🧭][🚀][✅] hub: started members=2 error="..."}.
 *
 * <p>DAS fields (domain/action/status) become emoji markers when emoji are on, otherwise they stay ordinary
 * fields. ANSI colour is applied only when the settings say the stream is a terminal. With stack traces on,
 * an event's error is followed by its stack trace on the next lines.
 */
public final class ConsoleRenderer implements LogRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";

    private final ZoneId zone;
    private final boolean color;
    private final boolean emoji;
    private final boolean stackTraces;

    public ConsoleRenderer(ZoneId zone, boolean color, boolean emoji, boolean stackTraces) {
        this.zone = zone;
        this.color = color;
        this.emoji = emoji;
        this.stackTraces = stackTraces;
    }

    @Override
    public void render(LogEvent event, LineBuffer out) {
        writeTime(event.timestamp(), out);
        out.writeByte(' ');
        style(levelColor(event.level()), out);
        String level = event.level().name();
        out.writeAscii(level);
        for (int i = level.length(); i < 5; i++) {
            out.writeByte(' ');
        }
        style(RESET, out);
        out.writeByte(' ');
        int fields = event.fieldCount();
        if (emoji) {
            writeDas(event, fields, out);
        }
        if (!event.module().isEmpty()) {
            style(BOLD, out);
            out.writeUtf8(event.module());
            out.writeByte(':');
            style(RESET, out);
            out.writeByte(' ');
        }
        out.writeUtf8(oneLine(event.message()));
        for (int i = 0; i < fields; i++) {
            String key = event.key(i);
            if (emoji && DasMarkers.isDasKey(key) || supersededLater(event, i, key, fields)) {
                continue;
            }
            out.writeByte(' ');
            style(DIM, out);
            out.writeUtf8(key);
            out.writeByte('=');
            style(RESET, out);
            writeValue(event.value(i), out);
        }
        out.writeByte('\n');
        Throwable error = event.error();
        if (stackTraces && error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            out.writeUtf8(trace.toString().replace("\r\n", "\n"));
        }
    }

    private static boolean supersededLater(LogEvent event, int index, String key, int fields) {
        for (int j = index + 1; j < fields; j++) {
            if (key.equals(event.key(j))) {
                return true;
            }
        }
        return false;
    }

    private void writeDas(LogEvent event, int fields, LineBuffer out) {
        boolean any = false;
        for (String das : new String[] {DasMarkers.DOMAIN, DasMarkers.ACTION, DasMarkers.STATUS}) {
            for (int i = fields - 1; i >= 0; i--) {
                if (das.equals(event.key(i))) {
                    out.writeByte('[').writeUtf8(DasMarkers.marker(das, event.value(i))).writeByte(']');
                    any = true;
                    break;
                }
            }
        }
        if (any) {
            out.writeByte(' ');
        }
    }

    private void writeTime(Instant instant, LineBuffer out) {
        LocalTime t = LocalTime.ofInstant(instant, zone);
        style(DIM, out);
        out.writePadded(t.getHour(), 2).writeByte(':').writePadded(t.getMinute(), 2).writeByte(':')
                .writePadded(t.getSecond(), 2).writeByte('.').writePadded(t.getNano() / 1_000_000, 3);
        style(RESET, out);
    }

    private static void writeValue(Object value, LineBuffer out) {
        if (value instanceof Sensitive) {
            out.writeUtf8(Sensitive.MARKER);
            return;
        }
        if (value instanceof CharSequence || value instanceof Throwable) {
            String text = value instanceof Throwable t ? ErrorText.of(t) : value.toString();
            if (needsQuotes(text)) {
                GoJson.writeString(text, out);
            } else {
                out.writeUtf8(text);
            }
            return;
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            out.writeUtf8(String.valueOf(value));
            return;
        }
        // Structured values reuse the JSON writer, which also redacts nested sensitive values.
        GoJson.writeValue(value, out);
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message.indexOf('\n') < 0 && message.indexOf('\r') < 0 ? message
                : message.replace("\r", "\\r").replace("\n", "\\n");
    }

    private void style(String ansi, LineBuffer out) {
        if (color) {
            out.writeAscii(ansi);
        }
    }

    private static String levelColor(Level level) {
        switch (level) {
            case TRACE:
                return "\u001b[90m";
            case DEBUG:
                return "\u001b[36m";
            case INFO:
                return "\u001b[32m";
            case WARN:
                return "\u001b[33m";
            default:
                return "\u001b[31m";
        }
    }
}
