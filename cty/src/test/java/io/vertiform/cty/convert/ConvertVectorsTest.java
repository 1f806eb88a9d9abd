package io.vertiform.cty.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.richjson.JsonTree;
import io.vertiform.cty.richjson.RichJson;
import io.vertiform.cty.richjson.RichJsonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays convert-vectors.tsv: every sample value converted to every target type by go-cty 1.12.1 through the Go
 * oracle (regenerate with cty/src/test/scripts/gen-convert-vectors.py). Answers are compared as the oracle prints
 * them: the result in rich JSON against the target type, or the path-prefixed error text. Where go-cty's answer
 * depends on Go's random map order the file lists every answer seen, and any of them is accepted.
 */
class ConvertVectorsTest {
    private static final String OK_PREFIX = "{\"ok\":true,\"value\":";

    @Test
    void everyVectorMatchesTheOracle() {
        List<String[]> rows = VectorFiles.rows("convert-vectors.tsv", 4);
        assertThat(rows).hasSizeGreaterThan(2000);
        List<String> mismatches = new ArrayList<>();
        int successes = 0;
        for (String[] row : rows) {
            String got = answer(row[0], row[1], row[2]);
            List<String> accepted = new ArrayList<>();
            for (int i = 3; i < row.length; i++) {
                accepted.add(expectedAnswer(row[i]));
            }
            if (accepted.get(0).startsWith("value ")) {
                successes++;
            }
            if (!accepted.contains(got)) {
                mismatches.add(row[1] + " : " + row[0] + " -> " + row[2] + "\n    want " + String.join(" | ", accepted)
                        + "\n    got  " + got);
            }
        }
        assertThat(successes).as("successful conversions among the vectors").isGreaterThan(400);
        assertThat(mismatches).as("%d of %d vectors differ from go-cty", mismatches.size(), rows.size())
                .isEmpty();
    }

    /** "value &lt;rich JSON&gt;" or "error &lt;message&gt;", like the oracle's convert operation. */
    private static String answer(String typeJson, String valueJson, String toJson) {
        CtyType type = TypeJson.unmarshal(typeJson);
        CtyValue value = RichJson.parse(valueJson, type);
        CtyType to = TypeJson.unmarshal(toJson);
        CtyValue out;
        try {
            out = Convert.convert(value, to);
        } catch (ConversionException e) {
            return "error " + e.getMessage();
        }
        try {
            return "value " + RichJson.print(out, to);
        } catch (RichJsonException e) {
            return "error result: " + e.getMessage();
        }
    }

    private static String expectedAnswer(String response) {
        if (response.startsWith(OK_PREFIX)) {
            return "value " + response.substring(OK_PREFIX.length(), response.length() - 1);
        }
        return "error " + ((Map<?, ?>) JsonTree.parse(response)).get("error");
    }
}
