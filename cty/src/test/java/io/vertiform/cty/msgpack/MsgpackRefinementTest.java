package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.SafePrefixTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import static io.vertiform.cty.CtyValue.numberFloatVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.unknownVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Refined unknown values (extension 12): the byte vectors listed in NOTES-protocol.md §3.3 (taken from
 * terraform-plugin-go's tftypes tests and checked against go-cty 1.18's encoder), and go-cty 1.18's decoder rules.
 */
class MsgpackRefinementTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final CtyType S = CtyType.STRING;
    private static final CtyType N = CtyType.NUMBER;

    private record Vector(CtyValue value, CtyType type, String hex) {
    }

    private static final List<Vector> VECTORS = List.of(
            new Vector(unknownVal(S).refineNotNull(), S, "c7030c8101c2"),
            new Vector(unknownVal(CtyType.BOOL).refineNotNull(), CtyType.BOOL, "c7030c8101c2"),
            new Vector(unknownVal(CtyType.object(java.util.Map.of("a", S))).refineNotNull(),
                    CtyType.object(java.util.Map.of("a", S)), "c7030c8101c2"),
            new Vector(unknownVal(S).refine().notNull().stringPrefix("prefix://").newValue(), S,
                    "c70e0c8201c202a97072656669783a2f2f"),
            new Vector(unknownVal(N).refine().notNull().numberRangeInclusive(numberIntVal(1), numberIntVal(5)).newValue(),
                    N, "c70b0c8301c2039201c3049205c3"),
            new Vector(unknownVal(N).refine().notNull().numberRangeLowerBound(numberIntVal(1), false)
                    .numberRangeUpperBound(numberIntVal(5), false).newValue(), N, "c70b0c8301c2039201c2049205c2"),
            new Vector(unknownVal(N).refine().notNull()
                    .numberRangeInclusive(numberFloatVal(1.23), numberFloatVal(5.67)).newValue(), N,
                    "c71b0c8301c20392cb3ff3ae147ae147aec30492cb4016ae147ae147aec3"),
            new Vector(unknownVal(CtyType.list(S)).refine().notNull().collectionLengthLowerBound(1)
                    .collectionLengthUpperBound(5).newValue(), CtyType.list(S), "c7070c8301c205010605"),
            // terraform-plugin-go writes lower bound 0 for this map ("c7070c8301c205000604"); go-cty omits it.
            new Vector(unknownVal(CtyType.map(S)).refine().notNull().collectionLengthUpperBound(4).newValue(),
                    CtyType.map(S), "c7050c8201c20604"),
            new Vector(CtyValue.DYNAMIC_VAL.refine().notNull().newValue(), CtyType.DYNAMIC, "d40000"),
            new Vector(unknownVal(S), S, "d40000"),
            // Payload lengths 4, 8 and 16 use the fixext forms, as vmihailenco/msgpack's EncodeExtHeader does.
            new Vector(unknownVal(CtyType.set(S)).refine().collectionLengthLowerBound(1).newValue(), CtyType.set(S),
                    "c7030c810501"),
            new Vector(unknownVal(S).refine().stringPrefixFull("a").newValue(), S, "d60c8102a161"),
            new Vector(unknownVal(S).refine().notNull().stringPrefixFull("abc").newValue(), S, "d70c8201c202a3616263"),
            new Vector(unknownVal(S).refine().notNull().stringPrefixFull("abcdefghijk").newValue(), S,
                    "d80c8201c202ab6162636465666768696a6b"),
            new Vector(unknownVal(N).refine().numberRangeLowerBound(numberIntVal(0), true).newValue(), N,
                    "c7050c81039200c3"),
            new Vector(unknownVal(N).refine().numberRangeUpperBound(CtyValue.parseNumberVal("0.1"), false).newValue(),
                    N, "d70c810492a3302e31c2"));

    @Test
    void encodesTheWireVectors() {
        for (Vector v : VECTORS) {
            assertThat(HEX.formatHex(MsgpackCodec.marshal(v.value, v.type))).as("%s", v.value).isEqualTo(v.hex);
        }
    }

    @Test
    void decodesTheWireVectorsBackToTheSameValue() {
        for (Vector v : VECTORS) {
            CtyValue expected = v.type.isDynamic() ? CtyValue.DYNAMIC_VAL : v.value;
            assertThat(MsgpackCodec.unmarshal(HEX.parseHex(v.hex), v.type)).as(v.hex).isEqualTo(expected);
        }
    }

    @Test
    void terraformPluginGoLowerBoundZeroIsAccepted() {
        CtyValue v = MsgpackCodec.unmarshal(HEX.parseHex("c7070c8301c205000604"), CtyType.map(S));
        assertThat(v).isEqualTo(unknownVal(CtyType.map(S)).refine().notNull().collectionLengthUpperBound(4).newValue());
    }

    @Test
    void refinementsOnADynamicSlotAreIgnored() {
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7030c8101c2"), CtyType.DYNAMIC)).isSameAs(CtyValue.DYNAMIC_VAL);
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c70e0c8201c202a97072656669783a2f2f"), CtyType.DYNAMIC))
                .isSameAs(CtyValue.DYNAMIC_VAL);
    }

    @Test
    void shortExtensionsOfAnyTypeAreWhollyUnknown() {
        for (String hex : List.of("d40000", "d40c00", "d4ff07", "c7000c", "c70005", "c70100ff", "c800000c")) {
            assertThat(MsgpackCodec.unmarshal(HEX.parseHex(hex), S)).as(hex).isEqualTo(unknownVal(S));
        }
    }

    @Test
    void definitelyNullCollapsesToNull() {
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7030c8101c3"), S)).isEqualTo(CtyValue.nullVal(S));
    }

    @Test
    void lengthTwoCollapsesToAKnownListOfUnknowns() {
        CtyType t = CtyType.list(S);
        CtyValue v = unknownVal(t).refine().notNull().collectionLengthLowerBound(2).collectionLengthUpperBound(2)
                .newValue();
        assertThat(v.isKnown()).isTrue();
        byte[] b = MsgpackCodec.marshal(v, t);
        assertThat(HEX.formatHex(b)).isEqualTo("92d40000d40000");
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7070c8301c205020602"), t)).isEqualTo(v);
        // Without "not null" the length alone does not make the list known (go-cty NewValue).
        CtyValue maybeNull = MsgpackCodec.unmarshal(HEX.parseHex("c7050c8205020602"), t);
        assertThat(maybeNull.isKnown()).isFalse();
        assertThat(HEX.formatHex(MsgpackCodec.marshal(maybeNull, t))).isEqualTo("c7050c8205020602");
    }

    @Test
    void unknownRefinementKeysAreIgnoredLikeGoCtyDoes() {
        // go-cty 1.18 consumes only the unknown key, so its value is read as the next key.
        // {7: "x", 1: false}: the string is not an integer key
        assertError("c7060c8207a17801c2", S, "failed to decode msgpack extension body: non-integer key in map");
        // {9: 5, 1: false} on a list: 5 is read as "length lower bound" with bound 1; the trailing false is ignored
        CtyType list = CtyType.list(S);
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7050c82090501c2"), list))
                .isEqualTo(unknownVal(list).refine().collectionLengthLowerBound(1).newValue());
        assertError("c7050c82090501c2", S,
                "failed to decode msgpack extension body: length lower bound refinement for non-collection type");
        // an unknown key last, or with nothing after it, changes nothing
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7050c8201c20907"), S)).isEqualTo(unknownVal(S).refineNotNull());
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7030c8100c3"), S)).isEqualTo(unknownVal(S));
    }

    @Test
    void trailingBytesInsideThePayloadAreIgnored() {
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7050c8101c2ffff"), S)).isEqualTo(unknownVal(S).refineNotNull());
        assertThat(MsgpackCodec.unmarshal(HEX.parseHex("c7020cc0ff"), S)).isEqualTo(unknownVal(S));
    }

    @Test
    void decoderErrorsUseGoCtyTexts() {
        assertError("d50000ff", S, "unsupported extension type 0x00 with len 2");
        assertError("c702ff0000", S, "unsupported extension type 0x-1 with len 2");
        assertError("c7028000ff", S, "unsupported extension type 0x-80 with len 2");
        assertError("c804010c" + "00".repeat(1025), S, "oversize unknown value refinement");
        assertError("c702", S, "extension code is required for unknown value");
        assertError("d4", S, "extension code is required for unknown value");
        assertError("d400", S, "failed to read msgpack extension body: EOF");
        assertError("c7050c8101", S, "failed to read msgpack extension body: unexpected EOF");
        assertError("c7020c0101", S, "failed to decode msgpack extension body: not a map");
        assertError("c7020c81a1", S, "failed to decode msgpack extension body: non-integer key in map");
        assertError("c7030c8101a1", S, "failed to decode msgpack extension body: null refinement is not boolean");
        assertError("c7030c8102a1", N, "failed to decode msgpack extension body: string prefix refinement for non-string type");
        assertError("c7030c810201", S, "failed to decode msgpack extension body: string prefix refinement is not string");
        assertError("c7040c8102a1ff", S,
                "failed to decode msgpack extension body: string prefix refinement is not valid UTF-8");
        assertError("c7030c810501", S,
                "failed to decode msgpack extension body: length lower bound refinement for non-collection type");
        assertError("c7030c810601", N,
                "failed to decode msgpack extension body: length lower bound refinement for non-collection type");
        assertError("c7030c8105a1", CtyType.list(S),
                "failed to decode msgpack extension body: length bound refinement must be integer or [integer, bool] array");
        assertError("c7050c81039201c3", S,
                "failed to decode msgpack extension body: numeric bound refinement for non-number type");
        for (String bound : List.of("01", "90", "c0", "9201", "92d40000c3", "92a178c3", "9201c0", "9201d40000", "9101")) {
            String payload = "8103" + bound;
            assertError("c7" + String.format("%02x", payload.length() / 2) + "0c" + payload, N,
                    "failed to decode msgpack extension body: length bound refinement must be [number, bool] array");
        }
    }

    @Test
    void contradictoryRefinementsAreErrorsNotCrashes() {
        Object[][] cases = {
                {"c7090c82039205c3049201c3", N}, // lower bound 5 above upper bound 1
                {"c7050c8201c201c3", S}, // not null, then null
                {"c7050c8201c301c2", S}, // null, then not null
                {"c7050c8205050602", CtyType.list(S)}, // length 5..2
                {"c7070c8202a16102a162", S}}; // prefixes "a" then "b"
        for (Object[] c : cases) {
            String hex = (String) c[0];
            CtyType t = (CtyType) c[1];
            CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex(hex), t),
                    CtyMsgpackException.class);
            assertThat(e).as(hex).isNotNull();
            assertThat(e.rawMessage()).as(hex).startsWith("failed to decode msgpack extension body: ");
        }
    }

    @Test
    void nanBoundIsRefused() {
        assertError("c70d0c8103" + "92cb7ff8000000000000c3", N,
                "failed to decode msgpack extension body: length bound refinement must be [number, bool] array");
    }

    @Test
    void errorsInsideContainersCarryThePath() {
        CtyType t = CtyType.object(java.util.Map.of("a", CtyType.list(S)));
        CtyMsgpackException e = catchThrowableOfType(
                () -> MsgpackCodec.unmarshal(HEX.parseHex("81a16191d50000ff"), t), CtyMsgpackException.class);
        assertThat(e.getMessage()).isEqualTo("[\"a\"][0]: unsupported extension type 0x00 with len 2");
    }

    @Test
    void longStringPrefixesAreTruncatedLikeGoCty() {
        // go-cty's TestRoundTrip_truncatesStringPrefixRefinement
        assertTruncation(unknownVal(S).refine().stringPrefix("a".repeat(1024)).newValue(),
                unknownVal(S).refine().stringPrefix("a".repeat(255)).newValue());
        assertTruncation(unknownVal(S).refine().notNull().stringPrefix("b".repeat(1024)).newValue(),
                unknownVal(S).refine().notNull().stringPrefix("b".repeat(255)).newValue());
        assertTruncation(unknownVal(S).refine().stringPrefix("c".repeat(255) + "-").newValue(),
                unknownVal(S).refine().stringPrefix("c".repeat(255) + "-").newValue());
        assertTruncation(unknownVal(S).refine().stringPrefix("d".repeat(255) + "\uD83E\uDD37\uD83E\uDD37").newValue(),
                unknownVal(S).refine().stringPrefix("d".repeat(255)).newValue());
        // A multi-byte character straddling byte 255 is dropped whole, never split.
        CtyValue straddle = unknownVal(S).refine().stringPrefixFull("e".repeat(254) + "\u00e9-".repeat(10)).newValue();
        byte[] b = MsgpackCodec.marshal(straddle, S);
        CtyValue back = MsgpackCodec.unmarshal(b, S);
        assertThat(back.range().stringPrefix()).isEqualTo("e".repeat(253));
    }

    @Test
    void truncationCuttingACharacterFollowsGoCtysNfcBoundary() throws IOException {
        // The byte cut at 255 leaves a broken character; x/text's LastBoundary stops before it and keeps an inert
        // character in front (here the 84th ideograph), where the grapheme step would have dropped it.
        String cjk = "x" + "\u4e2d".repeat(100);
        assertThat(new String(StringPrefixes.truncatedForWire(cjk), StandardCharsets.UTF_8))
                .isEqualTo("x" + "\u4e2d".repeat(84));
        String digits = "0".repeat(253) + "\u4e2d\u4e2d";
        assertThat(StringPrefixes.truncatedForWire(digits)).hasSize(253);
        // not inert (é composes further): cut before it, as before
        assertThat(new String(StringPrefixes.truncatedForWire("ab" + "\u00e9".repeat(200)),
                StandardCharsets.UTF_8)).isEqualTo("ab" + "\u00e9".repeat(125));
        List<String[]> rows = SafePrefixTest.vectors("wire");
        assertThat(rows).hasSizeGreaterThan(40);
        for (String[] row : rows) {
            String in = SafePrefixTest.utf8(row[1]);
            assertThat(HEX.formatHex(StringPrefixes.truncatedForWire(in))).as("%s", row[1]).isEqualTo(row[2]);
        }
    }

    private static void assertTruncation(CtyValue in, CtyValue expected) {
        byte[] b = MsgpackCodec.marshal(in, S);
        assertThat(b.length).isLessThanOrEqualTo(256 + 10);
        assertThat(MsgpackCodec.unmarshal(b, S)).isEqualTo(expected);
    }

    private static void assertError(String hex, CtyType t, String message) {
        CtyMsgpackException e = catchThrowableOfType(() -> MsgpackCodec.unmarshal(HEX.parseHex(hex), t),
                CtyMsgpackException.class);
        assertThat(e).as(hex).isNotNull();
        assertThat(e.getMessage()).as(hex).isEqualTo(message);
    }
}
