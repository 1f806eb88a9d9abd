package io.vertiform.cty.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.json.TypeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replays unify-vectors.tsv: go-cty 1.12.1's Unify and UnifyUnsafe on seeded random lists of similar types
 * (regenerate with cty/src/test/scripts/typevectors). Each answer is the unified type's JSON and one flag per input
 * telling whether it needs a conversion, or "none".
 */
class UnifyVectorsTest {

    @Test
    void everyUnificationMatchesGoCty() {
        List<String[]> rows = VectorFiles.rows("unify-vectors.tsv", 3);
        assertThat(rows).hasSizeGreaterThan(1000);
        List<String> mismatches = new ArrayList<>();
        int unified = 0;
        for (String[] row : rows) {
            List<CtyType> types = VectorFiles.typeList(row[1]);
            boolean unsafe = row[0].equals("unsafe");
            Optional<Unification> u = unsafe
                    ? Convert.unifyUnsafeWithConversions(types) : Convert.unifyWithConversions(types);
            String got = u.map(UnifyVectorsTest::describe).orElse("none");
            List<String> accepted = VectorFiles.answers(row, 2);
            if (!accepted.get(0).equals("none")) {
                unified++;
            }
            if (!accepted.contains(got)) {
                mismatches.add(row[0] + " " + row[1] + "\n    want " + String.join(" | ", accepted)
                        + "\n    got  " + got);
            }
        }
        assertThat(unified).as("vectors with a unified type").isGreaterThan(300);
        assertThat(mismatches).as("%d of %d unifications differ from go-cty", mismatches.size(), rows.size())
                .isEmpty();
    }

    private static String describe(Unification u) {
        StringBuilder flags = new StringBuilder();
        u.conversions().forEach(c -> flags.append(c.isPresent() ? '1' : '0'));
        return TypeJson.marshal(u.type()) + " " + flags;
    }
}
