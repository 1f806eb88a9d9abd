package io.vertiform.cty.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.json.TypeJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reading the oracle-generated vector files next to these tests. */
final class VectorFiles {
    private VectorFiles() {
    }

    /** The tab-separated rows of a resource, each with at least {@code minColumns} columns. */
    static List<String[]> rows(String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(VectorFiles.class.getResourceAsStream(resource), resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    String[] cols = line.split("\t", -1);
                    assertThat(cols.length).as(line).isGreaterThanOrEqualTo(minColumns);
                    rows.add(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** A JSON array of type JSON texts, read by wrapping it as a tuple type. */
    static List<CtyType> typeList(String jsonArray) {
        return TypeJson.unmarshal("[\"tuple\"," + jsonArray + "]").tupleElementTypes();
    }

    /** Every column from {@code first} on: the answers go-cty gave (several when it depends on map order). */
    static List<String> answers(String[] row, int first) {
        return List.of(row).subList(first, row.length);
    }
}
