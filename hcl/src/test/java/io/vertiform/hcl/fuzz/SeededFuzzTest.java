package io.vertiform.hcl.fuzz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The CI fuzz run: 120,000 seeded inputs (fragments of HCL and JSON syntax stitched together, and byte-level
 * mutations of well-formed files) through {@link FuzzTargets}, with a per-input time limit. A crash (an exception
 * the targets do not expect) or an input running past the limit fails the test and names the input.
 */
class SeededFuzzTest {
    private static final int INPUTS = 120_000;
    private static final long LIMIT_NANOS = 5_000_000_000L;
    private static final long SEED = 0x5EED_4C1L;

    private static final String[] FRAGMENTS = {"a", "foo", "_x", "b-c", "x1", "\u00e9", "a\u0300", "\u65e5", "1",
        "12", "1.5", "1e3", "1.2.3", "0.", "1e", "1e+", " ", "\t", "\n", "\r\n", "\r", "=", "==", "!=", "<", "<=", ">",
        ">=", "&&", "||", "!", "+", "-", "*", "/", "%", "?", ":", ".", "..", "...", ",", "(", ")", "[", "]", "{", "}",
        "~}", "=>", "\"", "\"abc\"", "\"x${y}z\"", "${", "%{", "%{ if ", "%{ endif }", "%{ for x in y }", "%{ endfor }",
        "else", "for", "in", "$", "$$", "$${", "%%{", "\\", "\\n", "\\u00e9", "\\q", "#c\n", "// c\n", "/* c */", "/*",
        "*/", "<<EOT\n", "<<-EOT\n", "EOT\n", "  EOT\n", "\ud83d\ude00", "\u200d", "\u201c", ";", "`", "'", "&", "|",
        "^", "~", "@", "\u0000", "\ufeff", "true", "false", "null", "[*]", ".*", ".0", "[for x in [1]: x]",
        "{for k, v in {a=1}: k => v...}", "upper(\"x\")", "max(1, 2)...", "1/0", "0/0", "(1/0) % 2", "10 % max()",
        "[1, \"a\"][*]", "{\"a\": [1, {\"b\": null}]}", "\"\\ud800\"", "\u1100\u1161", "\u0600"};

    @Test
    void parsersAndEvaluationSurviveGeneratedInputs() throws Exception {
        List<byte[]> seeds = seedFiles();
        AtomicInteger current = new AtomicInteger(-1);
        AtomicLong started = new AtomicLong(System.nanoTime());
        AtomicReference<Throwable> crash = new AtomicReference<>();
        AtomicReference<byte[]> crashInput = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            Random rnd = new Random(SEED);
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = generate(rnd, seeds);
                started.set(System.nanoTime());
                current.set(i);
                try {
                    FuzzTargets.run(input);
                } catch (Throwable t) {
                    crash.set(t);
                    crashInput.set(input);
                    return;
                }
            }
            current.set(INPUTS);
        }, "hcl-fuzz");
        worker.setDaemon(true);
        worker.start();
        while (worker.isAlive()) {
            worker.join(100);
            if (worker.isAlive() && System.nanoTime() - started.get() > LIMIT_NANOS) {
                fail("input " + current.get() + " ran longer than " + LIMIT_NANOS / 1_000_000 + " ms");
            }
        }
        if (crash.get() != null) {
            throw new AssertionError("crash on input " + current.get() + ": "
                    + new String(crashInput.get(), StandardCharsets.ISO_8859_1), crash.get());
        }
        assertThat(current.get()).isEqualTo(INPUTS);
    }

    private static byte[] generate(Random rnd, List<byte[]> seeds) {
        byte mode = (byte) rnd.nextInt(5);
        byte[] body;
        if (rnd.nextInt(3) == 0) {
            body = mutate(rnd, seeds.get(rnd.nextInt(seeds.size())));
        } else {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
            }
            body = sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        byte[] input = new byte[body.length + 1];
        input[0] = mode;
        System.arraycopy(body, 0, input, 1, body.length);
        return input;
    }

    /** Deletes, inserts, duplicates or flips bytes (invalid UTF-8 included). */
    private static byte[] mutate(Random rnd, byte[] seed) {
        List<Byte> out = new ArrayList<>(seed.length + 8);
        for (byte b : seed) {
            out.add(b);
        }
        int edits = 1 + rnd.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = out.isEmpty() ? 0 : rnd.nextInt(out.size());
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    if (!out.isEmpty()) {
                        out.remove(at);
                    }
                }
                case 1 -> out.add(at, (byte) rnd.nextInt(256));
                case 2 -> {
                    if (!out.isEmpty()) {
                        out.add(at, out.get(at));
                    }
                }
                default -> {
                    if (!out.isEmpty()) {
                        out.set(at, (byte) (out.get(at) ^ (1 << rnd.nextInt(8))));
                    }
                }
            }
        }
        byte[] b = new byte[out.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = out.get(i);
        }
        return b;
    }

    /** Inputs of the golden test and hcl's fuzz seed corpus, as well-formed starting points for mutation. */
    private static List<byte[]> seedFiles() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        String[] names = {"FuzzParseConfig-block-nested-hcl", "FuzzParseConfig-utf8-hcl",
            "FuzzParseExpression-function-call-hcle", "FuzzParseTemplate-function-call-tmpl",
            "FuzzParseTraversalAbs-complex-hclt"};
        for (String name : names) {
            try (InputStream in = SeededFuzzTest.class.getResourceAsStream("HclFuzzTestInputs/parse/" + name)) {
                byte[] b = in.readAllBytes();
                seeds.add(java.util.Arrays.copyOfRange(b, 1, b.length));
            }
        }
        seeds.add(("resource \"a\" \"b\" {\n  x = [for i, v in var.list: \"${i}-${upper(v)}\" if v != null]\n"
                + "  y = <<-EOT\n    ${a.b[0].c}\n    %{ for k in m ~}${k}%{ endfor }\n  EOT\n  z = {\"k\" = 1, (x): 2}\n"
                + "  w = a.*.b[*].c ? -1.5e3 : !false\n}\n").getBytes(StandardCharsets.UTF_8));
        seeds.add("{\"a\": [1, \"${b}\", {\"c\": null}], \"//\": \"note\", \"d\": {\"e\": true}}"
                .getBytes(StandardCharsets.UTF_8));
        return seeds;
    }
}
