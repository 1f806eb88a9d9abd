package io.vertiform.cty;

import static io.vertiform.cty.CtyType.BOOL;
import static io.vertiform.cty.CtyType.DYNAMIC;
import static io.vertiform.cty.CtyType.NUMBER;
import static io.vertiform.cty.CtyType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeConformanceTest {

    private static List<String> errors(CtyType given, CtyType want) {
        return given.testConformance(want).stream().map(PathError::getMessage).toList();
    }

    @Test
    void nestedErrorsCarryGoCtyTextsAndPaths() {
        CtyType given = CtyType.object(Map.of("a", STRING, "b", CtyType.list(NUMBER), "c", CtyType.map(BOOL),
                "x", CtyType.set(STRING), "t", CtyType.tuple(List.of(STRING)), "extra", BOOL));
        CtyType want = CtyType.object(Map.of("a", NUMBER, "b", CtyType.list(STRING), "c", CtyType.map(STRING),
                "d", STRING, "x", CtyType.set(BOOL), "t", CtyType.tuple(List.of(STRING, STRING))));
        // Texts and paths as go-cty 1.12.1 reports them; go-cty's order of object attributes is random, ours is
        // unsupported, missing, then nested errors, each by name.
        List<PathError> errs = given.testConformance(want);
        assertThat(errs).extracting(PathError::rawMessage).containsExactly(
                "unsupported attribute \"extra\"",
                "missing required attribute \"d\"",
                "number required, but received string",
                "string required, but received number",
                "string required, but received bool",
                "2 elements are required, but got 1",
                "bool required, but received string");
        assertThat(errs).extracting(e -> e.path().toString()).containsExactly(
                "", "", ".a", ".b[(not yet known)]", ".c[(not yet known)]", ".t", ".x[(not yet known)]");
        assertThat(errs.get(4).path()).isEqualTo(
                CtyPath.root().getAttr("c").index(CtyValue.unknownVal(STRING)));
        // The set step's key is an unknown of the *given* element type, as in go-cty.
        assertThat(errs.get(6).path()).isEqualTo(
                CtyPath.root().getAttr("x").index(CtyValue.unknownVal(STRING)));
        assertThat(errs.get(2).getMessage()).isEqualTo(".a: number required, but received string");
    }

    @Test
    void dynamicAcceptsAnythingButOnlyOnTheWantedSide() {
        assertThat(errors(CtyType.map(CtyType.list(STRING)), DYNAMIC)).isEmpty();
        assertThat(errors(CtyType.tuple(List.of(STRING, NUMBER)), CtyType.tuple(List.of(DYNAMIC, NUMBER)))).isEmpty();
        assertThat(errors(DYNAMIC, STRING)).containsExactly("string required, but received dynamic");
        assertThat(errors(CtyType.list(DYNAMIC), CtyType.list(STRING)))
                .containsExactly("[(not yet known)]: string required, but received dynamic");
    }

    @Test
    void kindMismatchesUseFriendlyNames() {
        assertThat(errors(CtyType.list(STRING), CtyType.map(STRING)))
                .containsExactly("map of string required, but received list of string");
        assertThat(errors(CtyType.EMPTY_TUPLE, CtyType.EMPTY_OBJECT))
                .containsExactly("object required, but received tuple");
        assertThat(errors(CtyType.tuple(List.of(STRING, STRING)), CtyType.tuple(List.of(NUMBER, STRING))))
                .containsExactly("[0]: number required, but received string");
        assertThat(errors(STRING, STRING)).isEmpty();
    }

    @Test
    void optionalAttributeMarkersMakeTypesUnequalButStillConform() {
        CtyType opt = CtyType.objectWithOptional(Map.of("a", STRING), java.util.Set.of("a"));
        CtyType plain = CtyType.object(Map.of("a", STRING));
        assertThat(errors(plain, opt)).isEmpty();
        assertThat(plain.conformsTo(opt)).isTrue();
    }

    @Test
    void conformsAgreesWithTestConformance() {
        CtyType[] types = {STRING, NUMBER, DYNAMIC, CtyType.list(STRING), CtyType.list(DYNAMIC), CtyType.set(STRING),
            CtyType.map(NUMBER), CtyType.tuple(List.of(STRING)), CtyType.tuple(List.of(DYNAMIC, BOOL)),
            CtyType.object(Map.of("a", STRING)), CtyType.object(Map.of("a", DYNAMIC)), CtyType.EMPTY_OBJECT};
        for (CtyType g : types) {
            for (CtyType w : types) {
                assertThat(g.conformsTo(w)).as("%s -> %s", g, w).isEqualTo(g.testConformance(w).isEmpty());
            }
        }
    }
}
