package io.vertiform.tests.cty;

import io.vertiform.cty.richjson.JsonNumber;
import io.vertiform.cty.richjson.JsonTree;
import io.vertiform.testkit.random.SeededRandom;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a rich JSON value as msgpack the way go-cty lays it out, but with every encoding choice the decoder must
 * accept picked at random: wider integer widths, unsigned codes, float32/float64/string numbers, str8/16/32 and bin
 * for strings, array16/32 and map16/32 headers, shuffled keys, type JSON as str or bin with extra whitespace, and
 * the ext spellings of unknown that every decoder generation reads as "unknown". Tests feed these bytes to both
 * decoders: whatever the bytes mean, both must agree.
 */
final class MsgpackVariantWriter {
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final SeededRandom r;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MsgpackVariantWriter(SeededRandom r) {
        this.r = r;
    }

    static byte[] write(SeededRandom r, GenType type, Object value) {
        MsgpackVariantWriter w = new MsgpackVariantWriter(r);
        w.value(type, value);
        return w.out.toByteArray();
    }

    private void value(GenType t, Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("$marks") && m.containsKey("$value") && m.size() == 2) {
            value(t, m.get("$value"));
            return;
        }
        if (v instanceof Map<?, ?> m && m.containsKey("$unknown")) {
            unknown();
            return;
        }
        if (v == null) {
            out.write(0xc0);
            return;
        }
        switch (t.kind()) {
            case DYNAMIC -> dynamic((Map<?, ?>) v);
            case STRING -> string((String) v, true);
            case NUMBER -> number(v);
            case BOOL -> out.write(Boolean.TRUE.equals(v) ? 0xc3 : 0xc2);
            case LIST, SET -> {
                List<?> list = (List<?>) v;
                arrayHeader(list.size());
                for (Object e : list) {
                    value(t.element(), e);
                }
            }
            case TUPLE -> {
                List<?> list = (List<?>) v;
                arrayHeader(list.size());
                for (int i = 0; i < list.size(); i++) {
                    value(t.elements().get(i), list.get(i));
                }
            }
            case MAP -> {
                Map<?, ?> map = (Map<?, ?>) v;
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                mapHeader(entries.size());
                for (Map.Entry<?, ?> e : r.shuffled(entries)) {
                    string((String) e.getKey(), false);
                    value(t.element(), e.getValue());
                }
            }
            case OBJECT -> {
                Map<?, ?> map = (Map<?, ?>) v;
                List<String> names = new ArrayList<>(t.attributes().keySet());
                names.sort(io.vertiform.cty.GoStrings.ORDER);
                mapHeader(names.size());
                for (String name : r.chance(0.3) ? r.shuffled(names) : names) {
                    string(name, false);
                    value(t.attributes().get(name), map.get(name));
                }
            }
            default -> throw new IllegalStateException(t.kind().toString());
        }
    }

    /** Ext spellings of "unknown" that go-cty 1.12.1 and refinement-aware decoders read alike. */
    private void unknown() {
        switch (r.nextInt(10)) {
            case 0, 1 -> {
                out.write(0xd4);
                out.write(r.nextInt(256));
                out.write(r.nextInt(256));
            }
            case 2 -> {
                out.write(0xc7);
                out.write(0);
                out.write(r.nextInt(256));
            }
            default -> {
                out.write(0xd4);
                out.write(0);
                out.write(0);
            }
        }
    }

    private void dynamic(Map<?, ?> wrapper) {
        arrayHeader(2);
        String typeJson = r.chance(0.2) ? spaced(wrapper.get("type")) : JsonTree.write(wrapper.get("type"));
        byte[] bytes = typeJson.getBytes(StandardCharsets.UTF_8);
        if (r.chance(0.8)) {
            bin(bytes);
        } else {
            str(bytes);
        }
        value(parseType(wrapper.get("type")), wrapper.get("value"));
    }

    private void number(Object v) {
        if (v instanceof String inf) {
            boolean negative = inf.startsWith("-");
            switch (r.nextInt(3)) {
                case 0 -> float64(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                case 1 -> float32(negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
                default -> str(r.pick(inf, negative ? "-inf" : "Inf", negative ? "-Inf" : "inf")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String text = ((JsonNumber) v).text();
        BigDecimal exact = new BigDecimal(text);
        List<Runnable> choices = new ArrayList<>();
        choices.add(() -> str(text.getBytes(StandardCharsets.UTF_8)));
        choices.add(() -> str(exact.toPlainString().getBytes(StandardCharsets.UTF_8)));
        double nearest = exact.doubleValue();
        if (Double.isFinite(nearest)) {
            choices.add(() -> float64(nearest));
            if (new BigDecimal(nearest).compareTo(exact) == 0 && (float) nearest == nearest) {
                choices.add(() -> float32((float) nearest));
            }
        }
        if (exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0) {
            BigInteger integer = exact.toBigIntegerExact();
            if (integer.compareTo(INT64_MIN) >= 0 && integer.compareTo(INT64_MAX) <= 0) {
                long l = integer.longValueExact();
                choices.add(() -> signed(l));
                choices.add(() -> signed(l));
            }
            if (integer.signum() >= 0 && integer.compareTo(UINT64_MAX) <= 0) {
                choices.add(() -> unsigned(integer));
            }
        }
        r.pick(choices).run();
    }

    private void signed(long v) {
        int widest = v >= -32 && v <= 127 ? r.nextInt(5) : v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE ? 1 + r.nextInt(4)
                : v >= Short.MIN_VALUE && v <= Short.MAX_VALUE ? 2 + r.nextInt(3)
                : v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? 3 + r.nextInt(2) : 4;
        switch (widest) {
            case 0 -> out.write((int) v & 0xff);
            case 1 -> bytes(0xd0, v, 1);
            case 2 -> bytes(0xd1, v, 2);
            case 3 -> bytes(0xd2, v, 4);
            default -> bytes(0xd3, v, 8);
        }
    }

    private void unsigned(BigInteger v) {
        long l = v.longValue();
        int width = v.bitLength() <= 8 ? r.nextInt(4) : v.bitLength() <= 16 ? 1 + r.nextInt(3)
                : v.bitLength() <= 32 ? 2 + r.nextInt(2) : 3;
        switch (width) {
            case 0 -> bytes(0xcc, l, 1);
            case 1 -> bytes(0xcd, l, 2);
            case 2 -> bytes(0xce, l, 4);
            default -> bytes(0xcf, l, 8);
        }
    }

    private void float64(double d) {
        bytes(0xcb, Double.doubleToRawLongBits(d), 8);
    }

    private void float32(float f) {
        bytes(0xca, Float.floatToRawIntBits(f), 4);
    }

    private void string(String s, boolean allowBin) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (allowBin && r.chance(0.1)) {
            bin(b);
        } else {
            str(b);
        }
    }

    private void str(byte[] b) {
        int n = b.length;
        int form = n < 32 ? r.nextInt(6) : n < 256 ? 1 + r.nextInt(3) : n < 65536 ? 2 + r.nextInt(2) : 3;
        switch (form) {
            case 1 -> bytes(0xd9, n, 1);
            case 2 -> bytes(0xda, n, 2);
            case 3 -> bytes(0xdb, n, 4);
            default -> out.write(0xa0 | n);
        }
        out.writeBytes(b);
    }

    private void bin(byte[] b) {
        int n = b.length;
        int form = n < 256 ? r.nextInt(3) : n < 65536 ? 1 + r.nextInt(2) : 2;
        switch (form) {
            case 0 -> bytes(0xc4, n, 1);
            case 1 -> bytes(0xc5, n, 2);
            default -> bytes(0xc6, n, 4);
        }
        out.writeBytes(b);
    }

    private void arrayHeader(int n) {
        int form = n < 16 ? r.nextInt(5) : 3 + r.nextInt(2);
        switch (form) {
            case 3 -> bytes(0xdc, n, 2);
            case 4 -> bytes(0xdd, n, 4);
            default -> out.write(0x90 | n);
        }
    }

    private void mapHeader(int n) {
        int form = n < 16 ? r.nextInt(5) : 3 + r.nextInt(2);
        switch (form) {
            case 3 -> bytes(0xde, n, 2);
            case 4 -> bytes(0xdf, n, 4);
            default -> out.write(0x80 | n);
        }
    }

    /** A code byte followed by the low {@code width} bytes of {@code v}, big-endian. */
    private void bytes(int code, long v, int width) {
        out.write(code);
        for (int i = width - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    /** Type JSON with insignificant whitespace around every token. */
    private static String spaced(Object json) {
        if (json instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[ ");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? " ,\n " : "").append(spaced(list.get(i)));
            }
            return sb.append(" ]").toString();
        }
        if (json instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{\t");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ", ").append(JsonTree.write(e.getKey())).append(" : ").append(spaced(e.getValue()));
                first = false;
            }
            return sb.append(" }").toString();
        }
        return JsonTree.write(json);
    }

    /** Rebuilds the generator's type model from type JSON written by {@link GenType#toJson()}. */
    static GenType parseType(Object json) {
        if (json instanceof String s) {
            return switch (s) {
                case "string" -> GenType.STRING;
                case "number" -> GenType.NUMBER;
                case "bool" -> GenType.BOOL;
                default -> GenType.DYNAMIC;
            };
        }
        List<?> list = (List<?>) json;
        String kind = (String) list.get(0);
        return switch (kind) {
            case "list" -> GenType.collection(GenType.Kind.LIST, parseType(list.get(1)));
            case "set" -> GenType.collection(GenType.Kind.SET, parseType(list.get(1)));
            case "map" -> GenType.collection(GenType.Kind.MAP, parseType(list.get(1)));
            case "tuple" -> {
                List<GenType> elems = new ArrayList<>();
                for (Object e : (List<?>) list.get(1)) {
                    elems.add(parseType(e));
                }
                yield GenType.tuple(elems);
            }
            default -> {
                java.util.LinkedHashMap<String, GenType> attrs = new java.util.LinkedHashMap<>();
                ((Map<?, ?>) list.get(1)).forEach((k, v) -> attrs.put((String) k, parseType(v)));
                java.util.Set<String> optional = new java.util.HashSet<>();
                if (list.size() > 2) {
                    for (Object o : (List<?>) list.get(2)) {
                        optional.add((String) o);
                    }
                }
                yield GenType.object(attrs, optional);
            }
        };
    }
}
