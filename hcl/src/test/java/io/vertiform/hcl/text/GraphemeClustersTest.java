package io.vertiform.hcl.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphemeClustersTest {

    /** 600 strings of class representatives and malformed bytes, split by go-textseg v13 (see the file header). */
    @Test
    void splitsLikeGoTextsegV13() throws IOException {
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("go-textseg-clusters.tsv"), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                byte[] b = HexFormat.of().parseHex(f[0]);
                assertThat(lengths(b)).as(f[0]).isEqualTo(f[1]);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(600);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // UTF-8 text | cluster count
        "a\u0300e\u0301|2",
        "'\r\n\r'|2",
        "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67|1",
        "\ud83c\udde6\ud83c\udde6\ud83c\udde6|2",
        "\u1100\u1161\u11a8|1",
        "a\u200d\u00a9|2",
        "\u00a9\u200d\u00a9|1",
        "\ufffd\u0300|2",
        "\u0600a|1",
    })
    void countsClusters(String text, int clusters) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(GraphemeClusters.count(b, 0, b.length)).isEqualTo(clusters);
    }

    private static String lengths(byte[] b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < b.length; ) {
            int next = GraphemeClusters.next(b, i, b.length);
            out.add(Integer.toString(next - i));
            i = next;
        }
        return String.join(",", out);
    }
}
