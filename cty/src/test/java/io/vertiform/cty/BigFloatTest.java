package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

class BigFloatTest {

    private static final String VECTORS = "bigfloat-vectors.tsv";

    // ---------------------------------------------------------------- Go vectors

    @TestFactory
    Stream<DynamicTest> goVectors() throws IOException {
        List<String[]> lines = readVectors();
        assertThat(lines).hasSizeGreaterThan(3000);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String[] f : lines) {
            String name = (n++) + " " + String.join(" ", f).replaceAll("\\s+", " ");
            if (name.length() > 160) {
                name = name.substring(0, 160) + "…";
            }
            tests.add(DynamicTest.dynamicTest(name, () -> replay(f)));
        }
        return tests.stream();
    }

    private static List<String[]> readVectors() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = BigFloatTest.class.getResourceAsStream(VECTORS)) {
            assertThat(in).as(VECTORS).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line.split("\t", -1));
                }
            }
        }
        return lines;
    }

    private static void replay(String[] f) {
        switch (f[0]) {
            case "parse":
                replayParse(f);
                break;
            case "value":
                replayValue(f);
                break;
            case "op":
                replayOp(f);
                break;
            case "setprec":
                assertResult(build(f[1]).withPrecision(Integer.parseInt(f[2])), f, 3);
                break;
            default:
                throw new AssertionError("unknown vector kind " + f[0]);
        }
    }

    private static void replayParse(String[] f) {
        String input = unescape(f[1]);
        int prec = Integer.parseInt(f[2]);
        if (f[3].equals("ERR")) {
            assertThatThrownBy(() -> BigFloat.parse(input, prec))
                    .isInstanceOf(NumberFormatException.class)
                    .hasMessage(f[4]);
            return;
        }
        assertResult(BigFloat.parse(input, prec), f, 3);
    }

    private static void replayValue(String[] f) {
        BigFloat x = build(f[1]);
        assertResult(x, f, 2);
        String[] int64 = f[5].split("/");
        assertThat(x.isInt64()).as("isInt64").isEqualTo(int64[1].equals("Exact"));
        if (x.isInt64()) {
            assertThat(x.toLong()).as("toLong").isEqualTo(Long.parseLong(int64[0]));
        } else {
            assertThatThrownBy(x::toLong).isInstanceOf(ArithmeticException.class);
        }
        String[] uint64 = f[6].split("/");
        // Go 1.19's Uint64 reports Exact for non-integers below 2^64 whose mantissa fits 64 bits (it compares
        // MinPrec with 64 instead of the exponent); BigFloat reports exactness truthfully.
        assertThat(x.isUint64()).as("isUint64").isEqualTo(uint64[1].equals("Exact") && x.isInt());
        if (x.isUint64()) {
            assertThat(x.toUnsignedLong()).as("toUnsignedLong").isEqualTo(Long.parseUnsignedLong(uint64[0]));
        }
        String[] float64 = f[7].split("/");
        assertThat(x.isExactDouble()).as("isExactDouble").isEqualTo(float64[1].equals("Exact"));
        assertThat(Long.toHexString(Double.doubleToRawLongBits(x.toDouble())))
                .as("toDouble bits").isEqualTo(Long.toHexString(Long.parseUnsignedLong(float64[0], 16)));
        assertThat(x.isInt()).as("isInt").isEqualTo(Boolean.parseBoolean(f[8]));
        assertThat(x.minPrecision()).as("minPrecision").isEqualTo(Integer.parseInt(f[9]));
        if (!f[10].equals("-")) {
            assertThat(x.toBigInteger()).as("toBigInteger").isEqualTo(new BigInteger(f[10]));
        }
        if (!x.isInfinite()) {
            assertThat(BigFloat.of(x.toBigDecimal(), Math.max(x.precision(), 1)).compareTo(x))
                    .as("BigDecimal round trip").isZero();
        }
    }

    private static void replayOp(String[] f) {
        String name = f[1];
        BigFloat a = build(f[2]);
        BigFloat b = build(f[3]);
        int prec = f[4].equals("-") ? 0 : Integer.parseInt(f[4]);
        if (f[5].equals("PANIC")) {
            assertThatThrownBy(() -> apply(name, a, b, prec)).isInstanceOf(ArithmeticException.class);
            return;
        }
        if (name.equals("cmp")) {
            int expected = Integer.parseInt(f[5]);
            assertThat(a.compareTo(b)).isEqualTo(expected);
            assertThat(b.compareTo(a)).isEqualTo(-expected);
            assertThat(a.equals(b)).isEqualTo(expected == 0);
            if (expected == 0) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
            return;
        }
        assertResult(apply(name, a, b, prec), f, 5);
    }

    private static BigFloat apply(String name, BigFloat a, BigFloat b, int prec) {
        switch (name) {
            case "add":
                return a.add(b, prec);
            case "sub":
                return a.subtract(b, prec);
            case "mul":
                return a.multiply(b, prec);
            case "quo":
                return a.divide(b, prec);
            case "ctyadd":
                return a.add(b);
            case "ctysub":
                return a.subtract(b);
            case "ctymul":
                return a.multiply(b);
            case "ctydiv":
                return a.divide(b);
            case "ctymod":
                return a.mod(b);
            default:
                throw new AssertionError("unknown op " + name);
        }
    }

    private static void assertResult(BigFloat actual, String[] f, int at) {
        assertThat(actual.canonical()).as("value").isEqualTo(f[at]);
        assertThat(actual.precision()).as("precision").isEqualTo(Integer.parseInt(f[at + 1]));
        if (!f[at + 2].equals("-")) {
            assertThat(actual.text()).as("text").isEqualTo(f[at + 2]);
        }
    }

    private static BigFloat build(String spec) {
        int colon = spec.indexOf(':');
        String kind = spec.substring(0, colon);
        String arg = spec.substring(colon + 1);
        switch (kind) {
            case "i":
                return BigFloat.of(Long.parseLong(arg));
            case "u":
                return BigFloat.ofUnsigned(Long.parseUnsignedLong(arg));
            case "f":
                return BigFloat.of(goFloat(arg));
            case "b":
                return BigFloat.of(new BigInteger(arg));
            case "c":
                return arg.equals("+Inf") ? BigFloat.POSITIVE_INFINITY : BigFloat.NEGATIVE_INFINITY;
            default:
                if (kind.startsWith("m")) {
                    int p = arg.indexOf('p');
                    BigInteger m = new BigInteger(arg.substring(0, p), 16);
                    return BigFloatArith.round(m.signum() < 0, m.abs(), Long.parseLong(arg.substring(p + 1)), false,
                            Integer.parseInt(kind.substring(1)));
                }
                if (kind.startsWith("s")) {
                    return BigFloat.parse(arg, Integer.parseInt(kind.substring(1)));
                }
                throw new AssertionError("bad spec " + spec);
        }
    }

    private static double goFloat(String s) {
        switch (s) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(s);
        }
    }

    private static String unescape(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'x') {
                if (i + 3 < s.length() + 1 && i + 4 <= s.length()) {
                    bytes.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                    i += 3;
                } else {
                    i += 1; // a bare "\x" is the empty string
                }
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- hand-written cases

    @Test
    void hclModuloArtefact() {
        BigFloat r = BigFloat.parse("11").mod(BigFloat.parse("5.1"));
        assertThat(r.text()).isEqualTo("0.8" + "0".repeat(152) + "24");
        assertThat(r.precision()).isEqualTo(512);
    }

    @Test
    void decimalFractionsAreNotDoubles() {
        BigFloat x = BigFloat.parse("0.8");
        assertThat(x.text()).isEqualTo("0.8");
        assertThat(x.isExactDouble()).isFalse();
        assertThat(x.isInt64()).isFalse();
        assertThat(x.toDouble()).isEqualTo(0.8);
        assertThat(BigFloat.parse("1.5").isExactDouble()).isTrue();
        assertThat(BigFloat.of(0.8).text()).isEqualTo("0.8");
        assertThat(BigFloat.of(0.8)).isNotEqualTo(x); // 53 vs 512 bits: different binary values
    }

    @Test
    void integersAndTheirText() {
        assertThat(BigFloat.of(0L).text()).isEqualTo("0");
        assertThat(BigFloat.of(Long.MAX_VALUE).text()).isEqualTo("9223372036854775807");
        assertThat(BigFloat.of(Long.MIN_VALUE).text()).isEqualTo("-9223372036854775808");
        assertThat(BigFloat.ofUnsigned(-1L).text()).isEqualTo("18446744073709551615");
        // 1e23 as a double is 99999999999999991611392, but at 53 bits the shortest decimal is 1e23.
        assertThat(BigFloat.of(-1e23).text()).isEqualTo("-100000000000000000000000");
        assertThat(BigFloat.of(-1e23).toBigInteger()).isEqualTo(new BigInteger("-99999999999999991611392"));
        String hundred = "1" + "0".repeat(99);
        assertThat(BigFloat.parse(hundred).text()).isEqualTo(hundred);
        assertThat(BigFloat.of(new BigInteger(hundred)).precision()).isEqualTo(329);
        // 2^70 at 64 bits: Go prints the shortest decimal within half an ulp, not the exact integer.
        assertThat(BigFloat.of(BigInteger.ONE.shiftLeft(70)).withPrecision(64).text())
                .isEqualTo("1180591620717411303400");
    }

    @Test
    void longRoundTrips() {
        long[] samples = {0, 1, -1, 2, 1L << 53, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
                123456789012345L, -987654321L};
        for (long v : samples) {
            BigFloat x = BigFloat.of(v);
            assertThat(x.precision()).isEqualTo(64);
            assertThat(x.isInt64()).isTrue();
            assertThat(x.toLong()).isEqualTo(v);
            assertThat(x.text()).isEqualTo(Long.toString(v));
            assertThat(BigFloat.parse(Long.toString(v))).isEqualTo(x);
            assertThat(x.isUint64()).isEqualTo(v >= 0);
        }
        assertThat(BigFloat.of(-0.0).isInt64()).isTrue();
        assertThat(BigFloat.of(-0.0).toLong()).isZero();
        assertThat(BigFloat.parse("9223372036854775808").isInt64()).isFalse();
        assertThat(BigFloat.parse("9223372036854775808").isUint64()).isTrue();
        assertThat(BigFloat.parse("0.5").isInt64()).isFalse();
    }

    @Test
    void zerosAndInfinities() {
        BigFloat negZero = BigFloat.parse("-0");
        assertThat(negZero.text()).isEqualTo("-0");
        assertThat(negZero.isNegative()).isTrue();
        assertThat(negZero.signum()).isZero();
        assertThat(negZero).isEqualTo(BigFloat.ZERO);
        assertThat(negZero.hashCode()).isEqualTo(BigFloat.ZERO.hashCode());
        assertThat(negZero.compareTo(BigFloat.ZERO)).isZero();
        assertThat(BigFloat.ZERO.precision()).isEqualTo(53);
        assertThat(BigFloat.POSITIVE_INFINITY.text()).isEqualTo("+Inf");
        assertThat(BigFloat.NEGATIVE_INFINITY.text()).isEqualTo("-Inf");
        assertThat(BigFloat.parse("-inf")).isEqualTo(BigFloat.NEGATIVE_INFINITY);
        assertThat(BigFloat.ONE.divide(BigFloat.ZERO)).isEqualTo(BigFloat.POSITIVE_INFINITY);
        assertThat(BigFloat.of(-1L).divide(BigFloat.ZERO)).isEqualTo(BigFloat.NEGATIVE_INFINITY);
        assertThat(BigFloat.POSITIVE_INFINITY.compareTo(BigFloat.of(Double.MAX_VALUE))).isPositive();
        assertThat(BigFloat.NEGATIVE_INFINITY.compareTo(BigFloat.of(-Double.MAX_VALUE))).isNegative();
        assertThatThrownBy(() -> BigFloat.ZERO.divide(BigFloat.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BigFloat.POSITIVE_INFINITY.add(BigFloat.NEGATIVE_INFINITY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BigFloat.ZERO.multiply(BigFloat.POSITIVE_INFINITY))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BigFloat.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(BigFloat.POSITIVE_INFINITY::toBigDecimal).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void moduloRules() {
        BigFloat seven = BigFloat.of(7L);
        assertThat(seven.mod(BigFloat.ZERO)).isSameAs(seven);
        assertThat(seven.mod(BigFloat.of(3L)).text()).isEqualTo("1");
        assertThat(BigFloat.of(-7L).mod(BigFloat.of(3L)).text()).isEqualTo("-1");
        assertThat(seven.mod(BigFloat.of(-3L)).text()).isEqualTo("1");
        // Any infinity behaves like go-cty's infinity constants: the result is the product.
        assertThat(BigFloat.of(Double.POSITIVE_INFINITY).mod(BigFloat.of(2L))).isEqualTo(BigFloat.POSITIVE_INFINITY);
        assertThat(seven.mod(BigFloat.of(Double.NEGATIVE_INFINITY))).isEqualTo(BigFloat.NEGATIVE_INFINITY);
    }

    @Test
    void multiplyKeepsPrecisionOfProduct() {
        BigFloat big = BigFloat.of(Long.MAX_VALUE);
        BigFloat product = big.multiply(big);
        assertThat(product.precision()).isEqualTo(126);
        assertThat(product.toBigInteger())
                .isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2));
        assertThat(BigFloat.of(3L).multiply(BigFloat.of(4L)).precision()).isEqualTo(64);
    }

    @Test
    void parseRejectsWhatGoRejects() {
        String[][] cases = {
                {"", "EOF"}, {"-", "number has no digits"}, {"1_000", "expected end of string, found '_'"},
                {"0x10", "expected end of string, found 'x'"}, {" 1", "number has no digits"},
                {"1e", "number has no digits"}, {"Infinity", "number has no digits"},
                {"NaN", "number has no digits"}, {"1e99999999999", "exponent overflow"},
                {"1\u00e9", "expected end of string, found '\u00c3'"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> BigFloat.parse(c[0])).as(c[0]).isInstanceOf(NumberFormatException.class)
                    .hasMessage(c[1]);
        }
        assertThat(BigFloat.parse("1p4")).isEqualTo(BigFloat.of(16L));
        assertThat(BigFloat.parse(".5e1")).isEqualTo(BigFloat.of(5L));
        assertThat(BigFloat.parse("+5.")).isEqualTo(BigFloat.of(5L));
        assertThat(BigFloat.parse("1e-1000000000").isZero()).isTrue();
        assertThat(BigFloat.parse("1e1000000000").isInfinite()).isTrue();
    }

    @Test
    void precisionArguments() {
        assertThat(BigFloat.parse("0.1", 0).precision()).isEqualTo(64);
        assertThat(BigFloat.parse("0.1", 0)).isEqualTo(BigFloat.parse("0.1", 64));
        assertThat(BigFloat.of(1.5).add(BigFloat.of(1L)).precision()).isEqualTo(64);
        assertThat(BigFloat.of(1.5).add(BigFloat.of(1L), 2).text()).isEqualTo("2");
        assertThat(BigFloat.of(5L).withPrecision(2).text()).isEqualTo("4");
        assertThat(BigFloat.of(7L).withPrecision(2).text()).isEqualTo("8");
        assertThat(BigFloat.of(7L).withPrecision(0)).isEqualTo(BigFloat.ZERO);
        assertThatThrownBy(() -> BigFloat.parse("1", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bigDecimalConversions() {
        assertThat(BigFloat.of(new BigDecimal("0.8"), 512)).isEqualTo(BigFloat.parse("0.8"));
        assertThat(BigFloat.of(new BigDecimal("-1.25E+3"), 53)).isEqualTo(BigFloat.of(-1250L));
        assertThat(BigFloat.of(0.1).toBigDecimal()).isEqualTo(new BigDecimal(0.1));
        assertThat(BigFloat.parse("-12.375").toBigDecimal()).isEqualByComparingTo("-12.375");
        assertThat(BigFloat.parse("-12.75").toBigInteger()).isEqualTo(BigInteger.valueOf(-12));
    }

    @Test
    void doubleConversions() {
        double[] samples = {0.1, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, 1e23, 3.0};
        for (double d : samples) {
            BigFloat x = BigFloat.of(d);
            assertThat(x.precision()).isEqualTo(53);
            assertThat(x.isExactDouble()).isTrue();
            assertThat(Double.doubleToRawLongBits(x.toDouble())).isEqualTo(Double.doubleToRawLongBits(d));
            assertThat(x.text()).isEqualTo(BigFloat.of(d).text());
        }
        assertThat(BigFloat.parse("1e400").toDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BigFloat.parse("-1e-400").toDouble()).isEqualTo(-0.0);
        assertThat(BigFloat.parse("1e-400").isExactDouble()).isFalse();
    }

    @Test
    void truncatedDigitWalkMatchesFullExpansion() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 4000; i++) {
            int prec = 1 + random.nextInt(i % 4 == 0 ? 1100 : 140);
            BigInteger m = new BigInteger(1 + random.nextInt(prec + 8), random).add(BigInteger.ONE);
            if (i % 7 == 0) {
                m = BigInteger.ONE.shiftLeft(random.nextInt(prec)); // power-of-two mantissas
            }
            long exp = random.nextInt(3000) - 2000;
            BigFloat x = BigFloatArith.round(random.nextBoolean(), m, exp, false, prec);
            assertThat(BigFloatText.format(x)).as(x.canonical() + " @" + prec)
                    .isEqualTo(BigFloatText.formatByFullExpansion(x));
            if (i % 8 == 0) {
                assertThat(BigFloatText.key(x)).isEqualTo(keyOfText(x.text()));
            }
        }
    }

    @Test
    void hugeExponentDigitWalkMatchesFullExpansion() {
        // Beyond 2^(4·prec + 4096) the walk runs on bounded leading digits; here the full expansion is still
        // affordable as a reference.
        java.util.Random random = new java.util.Random(43);
        for (int i = 0; i < 150; i++) {
            int prec = 1 + random.nextInt(i % 3 == 0 ? 600 : 100);
            BigInteger m = new BigInteger(1 + random.nextInt(prec + 8), random).add(BigInteger.ONE);
            if (i % 7 == 0) {
                m = BigInteger.ONE.shiftLeft(random.nextInt(prec)); // power-of-two mantissas
            }
            long exp = 5L * prec + 4200 + random.nextInt(3000);
            if (random.nextBoolean()) {
                exp = -exp - m.bitLength();
            }
            BigFloat x = BigFloatArith.round(random.nextBoolean(), m, exp, false, prec);
            String full = BigFloatText.formatByFullExpansion(x);
            assertThat(BigFloatText.format(x)).as(x.canonical() + " @" + prec).isEqualTo(full);
            assertThat(BigFloatText.key(x)).isEqualTo(keyOfText(full));
        }
    }

    @Test
    void textKeysIdentifyTexts() {
        String[] inputs = {"0", "-0", "1", "-1", "100", "0.8", "-0.0001", "1e21", "123.456", "Inf", "-Inf", "1e-400"};
        for (String in : inputs) {
            for (int prec : new int[] {1, 24, 53, 64, 512}) {
                BigFloat x = BigFloat.parse(in, prec);
                BigFloatText.Key k = BigFloatText.key(x);
                if (x.isInfinite()) {
                    assertThat(k).isEqualTo(new BigFloatText.Key(x.isNegative(), "Inf", 0));
                } else {
                    assertThat(k).as(in + "@" + prec).isEqualTo(keyOfText(x.text()));
                }
            }
        }
        assertThat(BigFloatText.key(BigFloat.parse("-0"))).isNotEqualTo(BigFloatText.key(BigFloat.parse("0")));
        assertThat(BigFloatText.keyOfText("+Inf")).isEqualTo(BigFloatText.key(BigFloat.POSITIVE_INFINITY));
        assertThat(BigFloatText.keyOfText("-Inf")).isEqualTo(BigFloatText.key(BigFloat.NEGATIVE_INFINITY));
    }

    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void hugeExponentsNeedNoFullExpansionForKeysAndShortForms() {
        // Their texts run to millions of characters (Go takes minutes to produce them).
        BigFloat tiny = BigFloat.parse("1e-9999999");
        assertThat(BigFloatText.key(tiny)).isEqualTo(new BigFloatText.Key(false, "1", -9999998));
        assertThat(BigFloatText.key(BigFloat.parse("-1.0000000000001e-9999999")))
                .isEqualTo(new BigFloatText.Key(true, "10000000000001", -9999998));
        assertThat(BigFloatText.key(BigFloat.parse("1e9999999"))).isEqualTo(new BigFloatText.Key(false, "1", 10000000));
        assertThat(GoNumberFormat.shortestG(BigFloat.parse("1e-600000000"))).isEqualTo("1e-600000000");
        // 2^99999999 at 512 bits: the shortest digits identifying it, 155 of them
        BigFloatText.Key p = BigFloatText.key(BigFloat.parse("1p99999999"));
        assertThat(p.digits()).hasSize(155).startsWith("18423329684902293816045461954921109575");
        assertThat(p.exp()).isEqualTo(30103000);
    }

    /** The key of a text Go printed: sign, digits without leading/trailing zeros, decimal exponent. */
    private static BigFloatText.Key keyOfText(String text) {
        boolean negative = text.startsWith("-");
        BigDecimal d = new BigDecimal(negative ? text.substring(1) : text);
        BigFloatText.Key k;
        if (d.signum() == 0) {
            k = new BigFloatText.Key(negative, "", 0);
        } else {
            d = d.stripTrailingZeros();
            String digits = d.unscaledValue().toString();
            k = new BigFloatText.Key(negative, digits, digits.length() - d.scale());
        }
        assertThat(BigFloatText.keyOfText(text)).as(text).isEqualTo(k);
        return k;
    }

    @Test
    void arithmeticIsImmutable() {
        BigFloat a = BigFloat.parse("1.25");
        String before = a.canonical();
        a.add(BigFloat.ONE);
        a.negate();
        a.multiply(a);
        a.withPrecision(3);
        assertThat(a.canonical()).isEqualTo(before);
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(a.negate().abs()).isEqualTo(a);
        assertThat(a.text()).isSameAs(a.text()); // cached
    }
}
