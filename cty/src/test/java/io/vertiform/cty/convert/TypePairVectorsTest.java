package io.vertiform.cty.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.GoStrings;
import io.vertiform.cty.json.TypeJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays type-pair-vectors.tsv: for seeded random pairs of similar types, whether go-cty 1.12.1 offers a safe and an
 * unsafe conversion, and its MismatchMessage text (Go-quoted; several when go-cty's choice depends on map order).
 */
class TypePairVectorsTest {

    @Test
    void everyPairMatchesGoCty() {
        List<String[]> rows = VectorFiles.rows("type-pair-vectors.tsv", 4);
        assertThat(rows).hasSizeGreaterThan(1000);
        List<String> mismatches = new ArrayList<>();
        int convertible = 0;
        for (String[] row : rows) {
            CtyType got = TypeJson.unmarshal(row[0]);
            CtyType want = TypeJson.unmarshal(row[1]);
            String availability = (Convert.getConversion(got, want).isPresent() ? "1" : "0")
                    + (Convert.getConversionUnsafe(got, want).isPresent() ? "1" : "0");
            String message = GoStrings.quote(Convert.mismatchMessage(got, want));
            List<String> accepted = VectorFiles.answers(row, 3);
            if (row[2].endsWith("1")) {
                convertible++;
            }
            if (!availability.equals(row[2]) || !accepted.contains(message)) {
                mismatches.add(row[0] + " -> " + row[1] + "\n    want " + row[2] + " " + String.join(" | ", accepted)
                        + "\n    got  " + availability + " " + message);
            }
        }
        assertThat(convertible).as("pairs with a conversion").isGreaterThan(300);
        assertThat(mismatches).as("%d of %d type pairs differ from go-cty", mismatches.size(), rows.size()).isEmpty();
    }
}
