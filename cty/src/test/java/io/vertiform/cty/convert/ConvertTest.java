package io.vertiform.cty.convert;

import static io.vertiform.cty.convert.Fixtures.B;
import static io.vertiform.cty.convert.Fixtures.DYN;
import static io.vertiform.cty.convert.Fixtures.N;
import static io.vertiform.cty.convert.Fixtures.S;
import static io.vertiform.cty.convert.Fixtures.list;
import static io.vertiform.cty.convert.Fixtures.listT;
import static io.vertiform.cty.convert.Fixtures.map;
import static io.vertiform.cty.convert.Fixtures.mapT;
import static io.vertiform.cty.convert.Fixtures.n;
import static io.vertiform.cty.convert.Fixtures.nf;
import static io.vertiform.cty.convert.Fixtures.nul;
import static io.vertiform.cty.convert.Fixtures.obj;
import static io.vertiform.cty.convert.Fixtures.objT;
import static io.vertiform.cty.convert.Fixtures.optObj;
import static io.vertiform.cty.convert.Fixtures.s;
import static io.vertiform.cty.convert.Fixtures.set;
import static io.vertiform.cty.convert.Fixtures.setT;
import static io.vertiform.cty.convert.Fixtures.tuple;
import static io.vertiform.cty.convert.Fixtures.tupleT;
import static io.vertiform.cty.convert.Fixtures.unk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversion table of go-cty 1.12.1's {@code TestConvert} (public_test.go), case by case, compared with
 * {@code RawEquals} semantics (so types, marks and refinements must match exactly).
 */
class ConvertTest {

    private static final CtyType OPT_FOO_BAR = optObj(List.of("foo"), "foo", S, "bar", S);
    private static final CtyType OPT_A = optObj(List.of("a"), "a", S);
    private static final CtyType PLAIN_A = objT("a", S);

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        // primitives
        ok(c, s("hello"), S, s("hello"));
        ok(c, s("1"), N, n(1));
        ok(c, s("1.5"), N, nf(1.5));
        err(c, s("hello"), N, "a number is required");
        ok(c, s("true"), B, CtyValue.TRUE);
        ok(c, s("1"), B, CtyValue.TRUE);
        ok(c, s("false"), B, CtyValue.FALSE);
        ok(c, s("0"), B, CtyValue.FALSE);
        err(c, s("hello"), B, "a bool is required");
        ok(c, n(4), S, s("4"));
        ok(c, nf(3.14159265359), S, s("3.14159265359"));
        ok(c, CtyValue.TRUE, S, s("true"));
        ok(c, CtyValue.FALSE, S, s("false"));
        ok(c, unk(S), N, unk(N));
        ok(c, unk(N), S, unk(S));
        ok(c, CtyValue.DYNAMIC_VAL, S, unk(S));
        ok(c, s("hello"), DYN, s("hello"));

        // lists, sets, tuples
        ok(c, list(n(5), n(10)), listT(S), list(s("5"), s("10")));
        ok(c, list(n(5), n(10)), listT(DYN), list(n(5), n(10)));
        err(c, tuple(
                obj("type", s("ingress"), "from_port", n(-1), "to_port", n(-1), "protocol", s("icmp"),
                        "description", s("ICMP in"), "cidr", tuple(s("0.0.0.0/0"))),
                obj("type", s("ingress"), "from_port", n(22), "to_port", n(22), "protocol", s("tcp"),
                        "description", s("SSH from Bastion"), "source_sg", s("sg-abc123"))),
                listT(DYN), "all list elements must have the same type");
        ok(c, set(s("5"), unk(S)), setT(N), set(n(5), unk(N)));
        // set order: strings lexically
        ok(c, set(s("5"), s("10")), listT(S), list(s("10"), s("5")));
        ok(c, set(s("5"), s("10")), listT(DYN), list(s("10"), s("5")));
        // set order: numbers numerically
        ok(c, set(n(5), n(10)), listT(S), list(s("5"), s("10")));
        ok(c, set(s("5"), unk(S)), listT(S), unk(listT(S)));
        ok(c, set(unk(S)), listT(S), list(unk(S)));
        ok(c, list(n(5), n(10), n(10)), setT(S), set(s("5"), s("10")));
        ok(c, tuple(n(5), s("hello")), listT(S), list(s("5"), s("hello")));
        ok(c, tuple(n(5), s("12")), listT(N), list(n(5), n(12)));
        ok(c, tuple(n(5), n(10)), listT(DYN), list(n(5), n(10)));
        ok(c, tuple(n(5), s("hello")), listT(DYN), list(s("5"), s("hello")));
        ok(c, tuple(n(5), s("hello")), setT(DYN), set(s("5"), s("hello")));
        ok(c, CtyValue.listValEmpty(S), setT(DYN), CtyValue.setValEmpty(S));
        ok(c, CtyValue.setValEmpty(S), listT(DYN), CtyValue.listValEmpty(S));

        // objects and maps
        ok(c, obj("num", n(5), "str", s("hello")), mapT(S), map("num", s("5"), "str", s("hello")));
        ok(c, obj("num", n(5), "str", s("12")), mapT(N), map("num", n(5), "str", n(12)));
        ok(c, obj("num1", n(5), "num2", n(10)), mapT(DYN), map("num1", n(5), "num2", n(10)));
        ok(c, obj("num", n(5), "str", s("hello")), mapT(DYN), map("num", s("5"), "str", s("hello")));
        ok(c, obj("list", CtyValue.listValEmpty(B), "tuple", CtyValue.EMPTY_TUPLE_VAL), mapT(DYN),
                map("list", CtyValue.listValEmpty(B), "tuple", CtyValue.listValEmpty(B)));
        ok(c, obj("map", CtyValue.mapValEmpty(S), "obj", CtyValue.EMPTY_OBJECT_VAL), mapT(DYN),
                map("map", CtyValue.mapValEmpty(S), "obj", CtyValue.mapValEmpty(S)));
        err(c, obj("num", n(5), "bool", CtyValue.TRUE), mapT(DYN), "all map elements must have the same type");
        ok(c, map("greeting", s("Hello"), "name", s("John")), mapT(DYN),
                map("greeting", s("Hello"), "name", s("John")));
        ok(c, map("greeting", s("Hello"), "name", s("John")), objT("greeting", S, "name", S),
                obj("greeting", s("Hello"), "name", s("John")));
        err(c, map("greeting", s("Hello"), "name", s("John")), objT("greeting", listT(S), "name", S),
                "object required");
        ok(c, map("greeting", s("Hello"), "name", s("John")), objT("name", S), obj("name", s("John")));
        err(c, map("name", s("John")), objT("name", S, "greeting", S),
                "map has no element for required attribute \"greeting\"");
        ok(c, map("name", s("John")), optObj(List.of("greeting"), "name", S, "greeting", S),
                obj("greeting", nul(S), "name", s("John")));
        ok(c, map("a", n(2), "b", n(5)), mapT(S), map("a", s("2"), "b", s("5")));
        ok(c, obj("foo", s("foo value"), "bar", s("bar value")), objT("foo", S), obj("foo", s("foo value")));
        ok(c, obj("foo", CtyValue.TRUE), objT("foo", S), obj("foo", s("true")));
        ok(c, obj("foo", CtyValue.DYNAMIC_VAL), objT("foo", S), obj("foo", unk(S)));
        ok(c, obj("foo", nul(S)), objT("foo", S), obj("foo", nul(S)));
        ok(c, obj("foo", CtyValue.TRUE), objT("foo", DYN), obj("foo", CtyValue.TRUE));
        err(c, obj("bar", s("bar value")), objT("foo", S), "attribute \"foo\" is required");
        err(c, obj("bar", s("bar value")), objT("foo", S, "baz", S), "attributes \"baz\" and \"foo\" are required");
        err(c, CtyValue.EMPTY_OBJECT_VAL, objT("foo", S, "bar", S, "baz", S),
                "attributes \"bar\", \"baz\", and \"foo\" are required");
        ok(c, obj("bar", s("bar value")), OPT_FOO_BAR, obj("foo", nul(S), "bar", s("bar value")));
        ok(c, obj("foo", s("foo value"), "bar", s("bar value")), OPT_FOO_BAR,
                obj("foo", s("foo value"), "bar", s("bar value")));
        err(c, CtyValue.EMPTY_OBJECT_VAL, OPT_FOO_BAR, "attribute \"bar\" is required");
        ok(c, nul(DYN), OPT_FOO_BAR, nul(objT("foo", S, "bar", S)));
        ok(c, list(nul(DYN), obj("bar", s("bar value"))), listT(OPT_FOO_BAR),
                list(nul(objT("foo", S, "bar", S)), obj("foo", nul(S), "bar", s("bar value"))));
        err(c, obj("foo", CtyValue.TRUE), objT("foo", N), "attribute \"foo\": number required");
        err(c, obj("foo", unk(B)), objT("foo", N), "attribute \"foo\": number required");
        ok(c, nul(S), DYN, nul(S));
        ok(c, unk(S), DYN, unk(S));
        ok(c, tuple(s("hello")), tupleT(S), tuple(s("hello")));
        ok(c, tuple(CtyValue.TRUE), tupleT(S), tuple(s("true")));
        err(c, tuple(CtyValue.TRUE), CtyType.EMPTY_TUPLE, "tuple required");
        err(c, CtyValue.EMPTY_TUPLE_VAL, tupleT(S), "tuple required");
        ok(c, CtyValue.EMPTY_TUPLE_VAL, setT(S), CtyValue.setValEmpty(S));

        // marks propagate, even deeply; set elements' marks move to the set
        ok(c, s("hello").mark(1), S, s("hello").mark(1));
        ok(c, s("true").mark(1), B, CtyValue.TRUE.mark(1));
        ok(c, tuple(s("hello").mark(1)), listT(S), list(s("hello").mark(1)));
        ok(c, set(s("hello").mark(1), s("hello").mark(2)), setT(S), set(s("hello")).mark(1).mark(2));
        ok(c, obj("foo", s("hello").mark(1)), mapT(S), map("foo", s("hello").mark(1)));
        ok(c, obj("foo", s("hello").mark(1), "bar", s("world").mark(1)), objT("foo", S),
                obj("foo", s("hello").mark(1)));
        ok(c, obj("foo", s("hello"), "bar", s("world").mark(1)), objT("foo", S), obj("foo", s("hello")));

        // hashicorp/terraform#23804
        ok(c, obj("a", obj("x", tuple(s("foo"))), "b", obj("x", tuple(s("bar"))),
                        "c", obj("x", tuple(s("foo"), s("bar")))),
                mapT(mapT(DYN)),
                map("a", map("x", list(s("foo"))), "b", map("x", list(s("bar"))),
                        "c", map("x", list(s("foo"), s("bar")))));
        // hashicorp/terraform#24167
        err(c, obj("a", obj("x", nul(DYN)), "b", obj("x", obj("c", n(1), "d", n(2)))),
                mapT(mapT(objT("x", mapT(DYN)))),
                "element \"b\": element \"x\": attribute \"x\" is required");
        // hashicorp/terraform#23431
        ok(c, obj("a", obj("x", s("foo")), "b", CtyValue.mapValEmpty(DYN)), mapT(mapT(DYN)),
                map("a", map("x", s("foo")), "b", CtyValue.mapValEmpty(S)));
        // hashicorp/terraform#27269
        CtyType listOfC = listT(optObj(List.of("d"), "c", S, "d", S));
        ok(c, tuple(obj("a", nul(DYN)), obj("a", obj("b", list(obj("c", s("d")))))),
                listT(objT("a", objT("b", listOfC))),
                list(obj("a", nul(objT("b", listT(objT("c", S, "d", S))))),
                        obj("a", obj("b", list(obj("c", s("d"), "d", nul(S)))))));
        // nulls and unknowns into types with nested optional attributes get the concrete type
        CtyType nestedOpt = objT("foo", optObj(List.of("bar"), "bar", S));
        ok(c, nul(DYN), nestedOpt, nul(objT("foo", objT("bar", S))));
        ok(c, CtyValue.DYNAMIC_VAL, nestedOpt, unk(objT("foo", objT("bar", S))));
        // hashicorp/terraform#21588
        ok(c, tuple(obj("a", CtyValue.EMPTY_OBJECT_VAL, "b", n(2)),
                        obj("a", obj("var1", s("val1")), "b", s("2"))),
                listT(objT("a", DYN, "b", S)),
                list(obj("a", CtyValue.mapValEmpty(S), "b", s("2")),
                        obj("a", map("var1", s("val1")), "b", s("2"))));
        // hashicorp/terraform#24377
        err(c, tuple(list(s("a")), s("b"), nul(DYN)), setT(DYN), "all set elements must have the same type");
        err(c, tuple(list(s("a")), s("b"), nul(DYN)), listT(DYN), "all list elements must have the same type");
        err(c, tuple(list(s("a")), s("b")), setT(DYN), "all set elements must have the same type");
        err(c, tuple(list(s("a")), s("b")), listT(DYN), "all list elements must have the same type");
        ok(c, tuple(s("a"), n(9), nul(DYN)), setT(DYN), set(s("a"), s("9"), nul(DYN)));
        ok(c, tuple(s("a"), n(9), nul(DYN)), listT(DYN), list(s("a"), s("9"), nul(DYN)));
        ok(c, tuple(nul(DYN), nul(DYN), nul(DYN)), setT(DYN), set(nul(DYN)));
        ok(c, tuple(nul(DYN), nul(DYN), nul(DYN)), listT(DYN), list(nul(DYN), nul(DYN), nul(DYN)));

        // maps into objects with optional attributes
        CtyType optBC = optObj(List.of("b", "c"), "a", S, "b", S, "c", objT("d", S));
        ok(c, map("a", s("boop")), optBC, obj("a", s("boop"), "b", nul(S), "c", nul(objT("d", S))));
        ok(c, map("a", s("boop")), optObj(List.of("b", "c"), "a", S, "b", S, "c", objT("d", DYN)),
                obj("a", s("boop"), "b", nul(S), "c", nul(objT("d", DYN))));
        ok(c, map("a", s("boop")), optObj(List.of("b", "c"), "a", S, "b", S, "c", DYN),
                obj("a", s("boop"), "b", nul(S), "c", nul(DYN)));
        err(c, map("a", s("boop"), "c", s("foobar")), optBC,
                "map element type is incompatible with attribute \"c\": object required");

        // sets of objects with nested optional attributes
        CtyType optAB = optObj(List.of("b"), "a", S, "b", B);
        CtyType setOfOpt = setT(optObj(List.of("c"), "c", optAB, "d", N));
        CtyValue wantSet = set(obj("d", n(10), "c", obj("a", s("foo"), "b", CtyValue.TRUE)),
                obj("d", n(5), "c", nul(objT("a", S, "b", B))));
        ok(c, tuple(obj("d", n(10), "c", obj("a", s("foo"), "b", CtyValue.TRUE)), obj("d", n(5), "c", nul(optAB))),
                setOfOpt, wantSet);
        ok(c, tuple(obj("d", n(10), "c", obj("a", s("foo"), "b", CtyValue.TRUE)), obj("d", n(5))),
                setOfOpt, wantSet);

        // nested empty collections keep their (stripped) element types
        CtyType xN = objT("x", N);
        CtyType optX = optObj(List.of("x"), "x", N);
        ok(c, list(obj("xs", list(obj("x", n(1234)))), obj("xs", CtyValue.listValEmpty(xN))),
                listT(objT("xs", listT(optX))),
                list(obj("xs", list(obj("x", n(1234)))), obj("xs", CtyValue.listValEmpty(xN))));
        ok(c, set(obj("xs", set(obj("x", n(1234)))), obj("xs", CtyValue.setValEmpty(xN))),
                setT(objT("xs", setT(optX))),
                set(obj("xs", set(obj("x", n(1234)))), obj("xs", CtyValue.setValEmpty(xN))));
        ok(c, map("foo", obj("xs", map("nested_foo", obj("x", n(1234)))), "bar", obj("xs", CtyValue.mapValEmpty(xN))),
                mapT(objT("xs", mapT(optX))),
                map("foo", obj("xs", map("nested_foo", obj("x", n(1234)))), "bar", obj("xs", CtyValue.mapValEmpty(xN))));

        // optional attributes are stripped from empty collections...
        ok(c, CtyValue.listValEmpty(OPT_A), setT(OPT_A), CtyValue.setValEmpty(PLAIN_A));
        ok(c, CtyValue.EMPTY_TUPLE_VAL, setT(OPT_A), CtyValue.setValEmpty(PLAIN_A));
        ok(c, CtyValue.setValEmpty(OPT_A), listT(OPT_A), CtyValue.listValEmpty(PLAIN_A));
        ok(c, CtyValue.EMPTY_TUPLE_VAL, listT(OPT_A), CtyValue.listValEmpty(PLAIN_A));
        ok(c, CtyValue.EMPTY_OBJECT_VAL, mapT(OPT_A), CtyValue.mapValEmpty(PLAIN_A));
        ok(c, CtyValue.mapValEmpty(S), OPT_A, obj("a", nul(S)));
        // ...from nulls...
        ok(c, nul(listT(OPT_A)), setT(OPT_A), nul(setT(PLAIN_A)));
        ok(c, nul(CtyType.EMPTY_TUPLE), setT(OPT_A), nul(setT(PLAIN_A)));
        ok(c, nul(setT(OPT_A)), listT(OPT_A), nul(listT(PLAIN_A)));
        ok(c, nul(CtyType.EMPTY_TUPLE), listT(OPT_A), nul(listT(PLAIN_A)));
        ok(c, nul(CtyType.EMPTY_OBJECT), mapT(OPT_A), nul(mapT(PLAIN_A)));
        ok(c, nul(mapT(S)), OPT_A, nul(PLAIN_A));
        // ...and from null elements of collections
        ok(c, list(nul(OPT_A)), setT(OPT_A), set(nul(PLAIN_A)));
        ok(c, tuple(nul(OPT_A)), setT(OPT_A), set(nul(PLAIN_A)));
        ok(c, set(nul(OPT_A)), listT(OPT_A), list(nul(PLAIN_A)));
        ok(c, tuple(nul(OPT_A)), listT(OPT_A), list(nul(PLAIN_A)));
        ok(c, obj("object", nul(OPT_A)), mapT(OPT_A), map("object", nul(PLAIN_A)));
        ok(c, map("object", nul(OPT_A)), objT("object", OPT_A), obj("object", nul(PLAIN_A)));
        CtyType optANumber = optObj(List.of("a"), "a", N);
        ok(c, map("object", nul(optANumber)), mapT(OPT_A), map("object", nul(PLAIN_A)));
        ok(c, tuple(nul(optANumber)), tupleT(OPT_A), tuple(nul(PLAIN_A)));

        // collections prefer concrete element types over dynamic ones
        ok(c, CtyValue.listValEmpty(N), listT(DYN), CtyValue.listValEmpty(N));
        ok(c, nul(listT(N)), listT(DYN), nul(listT(N)));
        ok(c, nul(listT(N)), setT(DYN), nul(setT(N)));
        ok(c, CtyValue.mapValEmpty(N), mapT(DYN), CtyValue.mapValEmpty(N));
        ok(c, nul(mapT(N)), mapT(DYN), nul(mapT(N)));
        ok(c, nul(mapT(N)), objT("a", DYN), nul(objT("a", N)));
        ok(c, CtyValue.setValEmpty(N), setT(DYN), CtyValue.setValEmpty(N));
        ok(c, nul(setT(N)), setT(DYN), nul(setT(N)));
        ok(c, nul(setT(N)), listT(DYN), nul(listT(N)));
        ok(c, nul(objT("a", S)), mapT(DYN), nul(mapT(S)));
        ok(c, nul(objT("a", objT("b", S))), objT("a", objT("b", DYN)), nul(objT("a", objT("b", S))));
        ok(c, nul(tupleT(S)), tupleT(DYN), nul(tupleT(S)));
        // optional attributes are stripped even when the types match
        ok(c, map("object", nul(OPT_A)), mapT(OPT_A), map("object", nul(PLAIN_A)));
        return c.stream();
    }

    private static void ok(List<Arguments> c, CtyValue in, CtyType want, CtyValue expected) {
        c.add(Arguments.of(in, want, expected, null));
    }

    private static void err(List<Arguments> c, CtyValue in, CtyType want, String message) {
        c.add(Arguments.of(in, want, null, message));
    }

    @ParameterizedTest(name = "[{index}] {0} to {1}")
    @MethodSource("cases")
    void convertsLikeGoCty(CtyValue in, CtyType want, CtyValue expected, String message) {
        if (message != null) {
            assertThatThrownBy(() -> Convert.convert(in, want))
                    .isInstanceOf(ConversionException.class)
                    .hasMessage(message);
        } else {
            CtyValue got = Convert.convert(in, want);
            assertThat(got.rawEquals(expected))
                    .as("got %s, want %s", got.goString(), expected.goString())
                    .isTrue();
        }
    }
}
