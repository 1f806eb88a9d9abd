package io.vertiform.components.function;

import static io.vertiform.components.function.Calls.b;
import static io.vertiform.components.function.Calls.list;
import static io.vertiform.components.function.Calls.n;
import static io.vertiform.components.function.Calls.nul;
import static io.vertiform.components.function.Calls.numbers;
import static io.vertiform.components.function.Calls.object;
import static io.vertiform.components.function.Calls.s;
import static io.vertiform.components.function.Calls.tuple;
import static io.vertiform.components.function.Calls.unknown;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, UpperFunction.class, LowerFunction.class,
        FormatFunction.class, JoinFunction.class, SplitFunction.class, ReplaceFunction.class, ToSnakeCaseFunction.class,
        ToCamelCaseFunction.class, ToKebabCaseFunction.class, FormatSizeFunction.class, TruncateFunction.class,
        PluralizeFunction.class, ToStringFunction.class})
class StringFunctionsTest {

    private static final CtyType STR = CtyType.STRING;

    @Test
    void upperAndLower(ProviderClient client) {
        Calls.of(client, "upper")
                .returns("HELLO, WORLD", s("hello, World"))
                .returns("STRASSE", s("straße"))
                .returns("", s(""))
                .returns(nul(STR), nul(STR))
                .returns(unknown(STR), unknown(STR));
        Calls.of(client, "lower")
                .returns("hello", s("HeLLo"))
                .returns("éa", s("ÉA"))
                .returns(nul(STR), nul(STR))
                .returns(unknown(STR), unknown(STR));
    }

    @Test
    void format(ProviderClient client) {
        CtyType dyn = CtyType.DYNAMIC;
        Calls.of(client, "format")
                .returns("a is 1", s("{} is {}"), tuple(s("a"), n(1)))
                .returns("1, true, 0.1", s("{}, {}, {}"), tuple(n(1), b(true), n("0.1")))
                .returns("b a b", s("{1} {0} {1}"), list(s("a"), s("b")))
                .returns("{literal} x", s("{{literal}} {}"), list(s("x")))
                .returns("[1,2] {\"k\":\"v\"}", s("{} {}"), tuple(numbers(1, 2), object("k", s("v"))))
                .returns("no fields", s("no fields"), nul(dyn))
                .returns("12345678901234567890.5", s("{}"), list(n("12345678901234567890.5")))
                .returns(nul(STR), nul(STR), list(s("x")))
                .returns(unknown(STR), s("{}"), list(unknown(STR)))
                .returns(unknown(STR), unknown(STR), list(s("x")))
                .fails(1, "not enough values", s("{} {}"), list(s("x")))
                .fails(1, "not enough values", s("{3}"), list(s("x")))
                .fails(0, "Single '}'", s("a } b"), list(s("x")))
                .fails(0, "Single '{'", s("a { b"), list(s("x")))
                .fails(0, "automatic field numbering", s("{} {0}"), list(s("x")))
                .fails(0, "manual field specification", s("{0} {}"), list(s("x")))
                .fails(0, "unsupported replacement field {name}", s("{name}"), list(s("x")))
                .fails(0, "unsupported replacement field {0:>5}", s("{0:>5}"), list(s("x")))
                .fails(1, "a list, set or tuple is required", s("{}"), s("x"))
                .fails(1, "element 1 is null", s("{} {}"), tuple(s("a"), nul(dyn)));
    }

    @Test
    void joinAndSplit(ProviderClient client) {
        Calls.of(client, "join")
                .returns("a,b,c", s(","), list(s("a"), s("b"), s("c")))
                .returns("a1true", nul(STR), tuple(s("a"), n(1), b(true)))
                .returns("", s("-"), CtyValue.listValEmpty(STR))
                .returns(nul(STR), s(","), nul(CtyType.DYNAMIC))
                .returns(unknown(STR), s(","), list(s("a"), unknown(STR)))
                .fails(1, "a list, set or tuple is required", s(","), s("abc"))
                .fails(1, "element 0 is null", s(","), list(nul(STR), s("a")));
        Calls.of(client, "split")
                .returns(list(s("a"), s("b"), s("c")), s(","), s("a,b,c"))
                .returns(list(s("a"), s(""), s("b"), s("")), s(","), s("a,,b,"))
                .returns(list(s("a.b")), s("::"), s("a.b"))
                .returns(list(s("x"), s("y")), s("::"), s("x::y"))
                .returns(CtyValue.listValEmpty(STR), s(","), s(""))
                .returns(nul(CtyType.list(STR)), s(","), nul(STR))
                .returns(unknown(CtyType.list(STR)), s(","), unknown(STR))
                .fails(0, "must not be empty", s(""), s("abc"))
                .fails(0, "must not be empty", nul(STR), s("abc"));
    }

    @Test
    void replace(ProviderClient client) {
        Calls.of(client, "replace")
                .returns("hello there there", s("hello world world"), s("world"), s("there"))
                .returns("a.b.c", s("a.b.c"), s("x"), s("y"))
                .returns("ac", s("abc"), s("b"), nul(STR))
                .returns("-a-b-", s("ab"), s(""), s("-"))
                .returns("-😀-", s("😀"), nul(STR), s("-"))
                .returns(nul(STR), nul(STR), s("a"), s("b"))
                .returns(unknown(STR), s("abc"), unknown(STR), s("b"));
    }

    @Test
    void caseConversions(ProviderClient client) {
        Calls.of(client, "to_snake_case")
                .returns("hello_world", s("HelloWorld"))
                .returns("some_kebab_case", s("some-kebab-case"))
                .returns("httpserver2_x", s("HTTPServer2X"))
                .returns("already_snake", s("already_snake"))
                .returns(nul(STR), nul(STR));
        Calls.of(client, "to_kebab_case")
                .returns("hello-world", s("HelloWorld"))
                .returns("some-snake-case", s("some_snake_case"))
                .returns(nul(STR), nul(STR));
        Calls.of(client, "to_camel_case")
                .returns("helloWorld", s("hello_world"))
                .returns("helloWorldAgain", s("hello-world  again"))
                .returns("HelloWorld", s("hello-world"), b(true))
                .returns("helloWorld", s("hello-world"), b(false))
                .returns("helloWorld", s("hello-world"), nul(CtyType.BOOL))
                .returns("hello", s("HELLO"))
                .returns(nul(STR), nul(STR), b(true))
                .returns(unknown(STR), s("x"), unknown(CtyType.BOOL))
                .fails(2, "at most 2 arguments", s("a"), b(true), b(false));
    }

    @Test
    void formatSize(ProviderClient client) {
        Calls.of(client, "format_size")
                .returns("0 B", n(0))
                .returns("512 B", n(512))
                .returns("1023 B", n("1023.9"))
                .returns("1.0 KB", n(1024))
                .returns("1.5 KB", n(1536))
                .returns("1.0 MB", n(1048576))
                .returns("1.0 GB", n(1073741824))
                .returns("1.15 GB", n(1234567890), n(2))
                .returns("1 GB", n(1234567890), n(0))
                .returns("-1.5 KB", n(-1536))
                .returns("1.2 KB", n(1254))      // 1.2246… rounds down
                .returns("1.2 KB", n("1228.8"))  // exactly 1.2
                .returns("2.0 KB", n(2047))      // 1.999… rounds up
                .returns("204 B", n("204.8"), n(3)) // below 1 KB: whole bytes, precision unused
                .returns("8.0 EB", n("9223372036854775808"))
                .returns("8192.0 EB", n("9444732965739290427392"))
                .returns("1.0 KB", n(1024), nul(CtyType.NUMBER))
                .returns(nul(STR), nul(CtyType.NUMBER))
                .returns(unknown(STR), unknown(CtyType.NUMBER))
                .fails(1, "whole number from 0 to 30", n(1024), n("1.5"))
                .fails(1, "whole number from 0 to 30", n(1024), n(-1))
                .fails(2, "at most 2 arguments", n(1), n(1), n(1));
    }

    @Test
    void truncate(ProviderClient client) {
        Calls.of(client, "truncate")
                .returns("short", s("short"))
                .returns("Hello...", s("Hello world"), n(8))
                .returns("This is a very long descrip...",
                        s("This is a very long description that needs to be shortened for display purposes"), n(30))
                .returns("Advanced Terraform [more]",
                        s("Advanced Terraform Provider Development Best Practices"), n(25), s(" [more]"))
                .returns("..", s("Hello world"), n(2))
                .returns("Hello world", s("Hello world"), n(11))
                .returns("🇺🇸🇺🇸…", s("🇺🇸🇺🇸🇺🇸🇺🇸"), n(3), s("…"))
                .returns("Hello...", s("Hello world"), n(8), nul(CtyType.DYNAMIC))
                .returns(s("a".repeat(97) + "..."), s("a".repeat(101)))
                .returns(nul(STR), nul(STR), n(3))
                .returns(unknown(STR), s("abc"), unknown(CtyType.NUMBER))
                .fails(1, "max_length", s("abc"), s("many"))
                .fails(1, "whole number", s("abc"), n(-1))
                .fails(2, "suffix", s("abc"), n(1), CtyValue.listValEmpty(STR))
                .fails(3, "at most 3 arguments", s("abc"), n(1), s("."), s("."));
    }

    @Test
    void pluralize(ProviderClient client) {
        Calls.of(client, "pluralize")
                .returns("file", s("file"))
                .returns("file", s("file"), n(1))
                .returns("files", s("file"), n(5))
                .returns("files", s("file"), n(0))
                .returns("file", s("file"), n("1.0"))
                .returns("boxes", s("box"), n(2))
                .returns("cities", s("city"), n(2))
                .returns("days", s("day"), n(2))
                .returns("children", s("child"), n(3), s("children"))
                .returns("child", s("child"), n(1), s("children"))
                .returns("files", s("file"), n(2), nul(CtyType.STRING))
                .returns(nul(STR), nul(STR), n(2))
                .returns(unknown(STR), s("file"), unknown(CtyType.NUMBER))
                .fails(1, "count", s("file"), s("lots"))
                .fails(2, "plural", s("child"), n(2), numbers(1));
    }

    @Test
    void tostring(ProviderClient client) {
        Calls.of(client, "tostring")
                .returns("text", s("text"))
                .returns("42", n(42))
                .returns("0.1", n("0.1"))
                .returns("-1.25", n("-1.25"))
                .returns("123456789012345678901234567890", n("123456789012345678901234567890"))
                .returns("true", b(true))
                .returns("false", b(false))
                .returns("[\"a\",1]", tuple(s("a"), n(1)))
                .returns("{\"a\":[1,2]}", object("a", numbers(1, 2)))
                .returns(nul(STR), nul(CtyType.DYNAMIC))
                .returns(unknown(STR), unknown(CtyType.NUMBER));
    }
}
