package io.vertiform.tests.cty;

import io.vertiform.tests.support.RepoPaths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged {@code vertiform.jar} in {@code cty batch} mode, as outside checks use it: one response line per
 * request, in order, flushed after each, surviving garbage, exiting 0 when stdin closes. The jar is
 * {@code launcher/<vf.target>/vertiform.jar} (packaged before this module's tests in {@code mvn verify}) or
 * {@code -Dvertiform.jar}.
 */
class CtyBatchJarTest {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        String configured = System.getProperty("vertiform.jar");
        jar = configured != null && !configured.isBlank() ? Path.of(configured)
                : RepoPaths.root().resolve("launcher").resolve(System.getProperty("vf.target", "target"))
                        .resolve("vertiform.jar");
        if (!Files.isRegularFile(jar)) {
            String message = "vertiform.jar not found at " + jar + " (run mvn verify, or set -Dvertiform.jar)";
            if (RepoPaths.inCi()) {
                Assertions.fail("CI=true and " + message);
            }
            System.err.println("\n!!!!!!!!!! SKIPPED: " + message + " !!!!!!!!!!\n");
            Assumptions.abort(message);
        }
    }

    @Test
    void answersEveryLineInOrderAndSurvivesGarbage() throws Exception {
        List<String> requests = List.of(
                "{\"op\":\"msgpack-encode\",\"type\":\"string\",\"value\":\"hello\"}",
                "this is not json",
                "",
                "{\"op\":\"no-such-op\"}",
                "[1,2,3]",
                "{\"op\":\"msgpack-decode\",\"type\":[\"list\",\"dynamic\"],\"hex\":\"9192c40622626f6f6c22c3\"}",
                "{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":\"zz\"}",
                "{\"op\":\"json-encode\",\"type\":[\"map\",\"string\"],\"value\":{\"<k>\":\"\u00e9\uD83D\uDE00\"}}\r",
                "{\"op\":\"json-encode\",\"type\":\"string\",\"value\":{\"$unknown\":true}}",
                "{\"op\":\"convert\",\"type\":\"string\",\"value\":\"12.50\",\"to\":\"number\"}",
                "{\"op\":\"convert\",\"type\":\"string\",\"value\":\"x\",\"to\":\"number\"}",
                "{\"op\":\"msgpack-encode\",\"type\":\"number\",\"value\":0.8}");
        Process p = start("cty", "batch");
        try (OutputStream in = p.getOutputStream()) {
            in.write((String.join("\n", requests)).getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = readAll(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(lines).hasSize(requests.size());
        assertThat(lines.get(0)).isEqualTo("{\"ok\":true,\"hex\":\"a568656c6c6f\"}");
        for (int i : new int[] {1, 2, 3, 4, 6, 8, 10}) {
            assertThat(lines.get(i)).as("line %d", i).startsWith("{\"ok\":false,\"error\":\"");
        }
        assertThat(lines.get(5)).isEqualTo("{\"ok\":true,\"value\":[{\"value\":true,\"type\":\"bool\"}]}");
        assertThat(lines.get(7))
                .isEqualTo("{\"ok\":true,\"json\":\"{\\\"\\\\u003ck\\\\u003e\\\":\\\"\u00e9\uD83D\uDE00\\\"}\"}");
        assertThat(lines.get(9)).isEqualTo("{\"ok\":true,\"value\":12.5}");
        assertThat(lines.get(10)).isEqualTo("{\"ok\":false,\"error\":\"a number is required\"}");
        assertThat(lines.get(11)).isEqualTo("{\"ok\":true,\"hex\":\"a3302e38\"}");
    }

    @Test
    void flushesEachResponseBeforeTheNextRequestArrives() throws Exception {
        Process p = start("cty", "batch");
        OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            in.write(("{\"op\":\"msgpack-encode\",\"type\":\"number\",\"value\":" + i + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
            in.flush();
            // stdin stays open: an answer can only arrive if the server flushed it on its own.
            assertThat(out.readLine()).isEqualTo("{\"ok\":true,\"hex\":\"0" + i + "\"}");
        }
        in.close();
        assertThat(out.readLine()).isNull();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void encodeAndDecodeForHumans() throws Exception {
        assertThat(runToCompletion("cty", "encode", "--type", "[\"list\",\"string\"]", "--value", "[\"a\",null]"))
                .isEqualTo("92a161c0");
        assertThat(runToCompletion("cty", "encode", "--type", "[\"map\",\"number\"]", "--value", "{\"k\":1.50}",
                "--format", "json")).isEqualTo("{\"k\":1.5}");
        assertThat(runToCompletion("cty", "decode", "--type", "\"dynamic\"", "--hex", "92c40622626f6f6c22c3"))
                .isEqualTo("{\"value\":true,\"type\":\"bool\"}");
    }

    @Test
    void encodeReportsBadInputOnStderrWithNonZeroExit() throws Exception {
        Process p = start("cty", "encode", "--type", "\"number\"", "--value", "\"abc\"");
        List<String> out = readAll(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).isEmpty();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).contains("a number is required");
    }

    private static String runToCompletion(String... args) throws Exception {
        Process p = start(args);
        p.getOutputStream().close();
        List<String> out = readAll(p);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static List<String> readAll(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
