package io.vertiform.tests.cty;

import io.vertiform.testkit.random.SeededRandom;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * JSON number texts for cty numbers: int64 and uint64 edges, float64-exact and inexact decimals, long integers and
 * fractions beyond 512 bits, exponent forms, negative zero. Exponents stay within ±400 so Go's {@code Text('f')}
 * output stays small.
 */
final class NumberGen {
    private static final String[] EDGES = {
        "0", "-0", "1", "-1", "0.0", "-0.0", "127", "128", "255", "256", "-32", "-33", "-128", "-129", "65535", "65536",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "18446744073709551617", "9007199254740992",
        "9007199254740993", "-9007199254740993", "0.1", "0.2", "0.3", "0.5", "0.8", "1.5", "1.1", "2.5e-3", "1e21",
        "1e22", "1e23", "1E+2", "1e-7", "5e-324", "4.9e-324", "2.2250738585072014e-308", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e400", "-1e400", "1e-400", "123456789012345678901234567890",
        "0.30000000000000004", "3.141592653589793", "3.14159265358979323846264338327950288419716939937510582097494459",
    };

    private NumberGen() {
    }

    static String number(SeededRandom r) {
        return switch (r.nextInt(10)) {
            case 0, 1 -> r.pick(EDGES);
            case 2 -> Long.toString(r.nextLong());
            case 3 -> Integer.toString(r.intBetween(-1000, 1000));
            case 4 -> {
                // The exact binary value of a double, e.g. 0.1000000000000000055511151231257827...; kept to
                // moderate magnitudes because a subnormal's expansion has ~750 digits (EDGES has one).
                double d = r.anyDouble();
                yield Double.isFinite(d) && Math.abs(Math.getExponent(d)) < 200 ? new BigDecimal(d).toString() : "1.25";
            }
            case 5 -> {
                double d = r.anyDouble();
                yield Double.isFinite(d) ? Double.toString(d) : "0.5";
            }
            case 6 -> {
                BigInteger big = new BigInteger(1, r.bytes(r.intBetween(1, 50)));
                yield (r.nextBoolean() ? big.negate() : big).toString();
            }
            case 7 -> decimal(r, r.intBetween(1, 60), r.intBetween(0, 60));
            case 8 -> decimal(r, r.intBetween(1, 4), r.intBetween(0, 4)) + "e" + r.intBetween(-30, 30);
            default -> decimal(r, r.intBetween(1, 8), r.intBetween(0, 8));
        };
    }

    private static String decimal(SeededRandom r, int intDigits, int fracDigits) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) {
            sb.append('-');
        }
        sb.append(r.intBetween(1, 9));
        for (int i = 1; i < intDigits; i++) {
            sb.append(r.nextInt(10));
        }
        if (fracDigits > 0) {
            sb.append('.');
            for (int i = 0; i < fracDigits; i++) {
                sb.append(r.nextInt(10));
            }
        }
        return sb.toString();
    }
}
