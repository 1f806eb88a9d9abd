package io.vertiform.foundation.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Writes instants in Go's layout {@code 2006-01-02T15:04:05.000000Z07:00} (microseconds, {@code Z} for UTC,
 * else {@code ±hh:mm}), the layout go-hclog uses for {@code @timestamp} in JSON mode.
 *
 * <p>The date, time-of-day and offset change at most once a second, so that part is rendered once per
 * second and cached; only the six microsecond digits are written per event.
 */
public final class GoTimestamp {

    private final ZoneRules rules;
    private volatile CachedSecond cached = new CachedSecond(Long.MIN_VALUE, new byte[0], new byte[0]);

    public GoTimestamp(ZoneId zone) {
        this.rules = zone.getRules();
    }

    public void write(Instant instant, LineBuffer out) {
        long second = instant.getEpochSecond();
        CachedSecond c = cached;
        if (c.epochSecond != second) {
            c = renderSecond(second);
            cached = c;
        }
        out.writeBytes(c.prefix);
        out.writeByte('.');
        out.writePadded(instant.getNano() / 1000, 6);
        out.writeBytes(c.offset);
    }

    public String format(Instant instant) {
        LineBuffer buffer = new LineBuffer(40);
        write(instant, buffer);
        return buffer.toString();
    }

    private CachedSecond renderSecond(long epochSecond) {
        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(epochSecond));
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
        LineBuffer p = new LineBuffer(24);
        int year = t.getYear();
        if (year < 0) {
            p.writeByte('-');
        }
        p.writePadded(Math.abs(year), 4).writeByte('-').writePadded(t.getMonthValue(), 2).writeByte('-')
                .writePadded(t.getDayOfMonth(), 2).writeByte('T').writePadded(t.getHour(), 2).writeByte(':')
                .writePadded(t.getMinute(), 2).writeByte(':').writePadded(t.getSecond(), 2);
        LineBuffer o = new LineBuffer(8);
        int total = offset.getTotalSeconds();
        if (total == 0) {
            o.writeByte('Z');
        } else {
            int abs = Math.abs(total);
            // Go's Z07:00 drops offset seconds; the sign comes from the full offset.
            o.writeByte(total < 0 ? '-' : '+').writePadded(abs / 3600, 2).writeByte(':').writePadded((abs / 60) % 60, 2);
        }
        return new CachedSecond(epochSecond, p.toByteArray(), o.toByteArray());
    }

    private record CachedSecond(long epochSecond, byte[] prefix, byte[] offset) {
    }
}
