package io.vertiform.components.function;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Human-readable byte counts as pyvider's {@code format_size} writes them (provide-foundation's
 * {@code format_size}): powers of 1024 labelled B, KB, MB, GB, TB, PB, EB; whole bytes below 1 KB
 * ({@code "512 B"}, fractions cut off), {@code precision} decimals above ({@code "1.5 KB"}), a leading '-' for
 * negative sizes, {@code "0 B"} for zero. Rounding is half to even on the exact quotient (dividing by 1024 is exact
 * in decimal), which is what Python's {@code f"{x:.1f}"} does.
 */
final class SizeFormat {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    private static final BigDecimal STEP = BigDecimal.valueOf(1024);

    private SizeFormat() {
    }

    static String format(BigDecimal bytes, int precision) {
        if (bytes.signum() == 0) {
            return "0 B";
        }
        boolean negative = bytes.signum() < 0;
        BigDecimal size = bytes.abs();
        int unit = 0;
        while (size.compareTo(STEP) >= 0 && unit < UNITS.length - 1) {
            size = size.divide(STEP);
            unit++;
        }
        String number = unit == 0
                ? size.setScale(0, RoundingMode.DOWN).toPlainString()
                : size.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return (negative ? "-" : "") + number + " " + UNITS[unit];
    }
}
