package io.vertiform.foundation.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations in configuration: Go-style {@code 250ms}, {@code 30s}, {@code 1m30s}, {@code 2h}, {@code 10us},
 * ISO-8601 {@code PT30S}, or a bare number meaning milliseconds.
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException if {@code text} is not a non-negative duration */
    public static Duration parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (s.startsWith("pt") || s.startsWith("p")) {
            try {
                return nonNegative(Duration.parse(s.toUpperCase(Locale.ROOT)), text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Duration.ofMillis(Long.parseLong(s));
        }
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("not a duration: " + text);
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            at = m.end();
        }
        return Duration.ofNanos(nanos.longValueExact());
    }

    private static long unitNanos(String unit) {
        switch (unit) {
            case "ns":
                return 1L;
            case "us":
            case "µs":
                return 1_000L;
            case "ms":
                return 1_000_000L;
            case "s":
                return 1_000_000_000L;
            case "m":
                return 60_000_000_000L;
            default:
                return 3_600_000_000_000L;
        }
    }

    private static Duration nonNegative(Duration d, String text) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration: " + text);
        }
        return d;
    }

    /** Formats like Go's {@code time.Duration.String()} for whole milliseconds: {@code 1m30s}, {@code 250ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        StringBuilder out = new StringBuilder();
        long h = ms / 3_600_000;
        long m = (ms / 60_000) % 60;
        long rest = ms % 60_000;
        if (h > 0) {
            out.append(h).append('h');
        }
        if (h > 0 || m > 0) {
            out.append(m).append('m');
        }
        out.append(BigDecimal.valueOf(rest, 3).stripTrailingZeros().toPlainString()).append('s');
        return out.toString();
    }
}
