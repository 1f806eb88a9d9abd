package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderHarness;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileContentResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_file_content";
    static final String HELLO_SHA = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    private static Step byFilename(Step step) {
        return step.importId(state -> state.getAttr("filename").asString());
    }

    @Test
    void lifecycleCreateUpdateReplaceImportDestroy(ProviderClient client) {
        Path cwd = cwd(client);
        ResourceLifecycle.of(client, TYPE)
                .step(byFilename(Step.config(Map.of("filename", "a.txt", "content", "hello"))
                        .check(StateChecks.attribute("content_hash", HELLO_SHA), StateChecks.attribute("exists", true),
                                state -> assertThat(cwd.resolve("a.txt")).hasContent("hello"))
                        .importVerify()))
                .step(Step.config(Map.of("filename", "a.txt", "content", "hello, world\n"))
                        .check(StateChecks.attribute("content_hash", Digests.sha256Hex("hello, world\n")),
                                state -> assertThat(cwd.resolve("a.txt")).hasContent("hello, world\n")))
                .step(byFilename(Step.config(Map.of("filename", "deep/er/b.txt", "content", "ünïcødé 🎉"))
                        .expectReplace()
                        .check(state -> assertThat(cwd.resolve("a.txt")).doesNotExist(),
                                state -> assertThat(cwd.resolve("deep/er/b.txt")).content(StandardCharsets.UTF_8)
                                        .isEqualTo("ünïcødé 🎉"))
                        .importVerify()))
                .checkDestroy(last -> assertThat(cwd.resolve("deep/er/b.txt")).doesNotExist())
                .run();
    }

    @Test
    void absolutePathsAreUsedAsGiven(ProviderClient client) throws IOException {
        Path elsewhere = Files.createTempDirectory("vertiform-abs");
        try {
            Path target = elsewhere.resolve("abs.txt");
            ResourceLifecycle.of(client, TYPE)
                    .step(byFilename(Step.config(Map.of("filename", target.toString(), "content", "x"))
                            .check(state -> assertThat(target).hasContent("x")).importVerify()))
                    .checkDestroy(last -> assertThat(target).doesNotExist())
                    .run();
        } finally {
            deleteTree(elsewhere);
        }
    }

    @Test
    void relativePathsFollowTheSessionsWorkingDirectoryNotTheJvms(ProviderClient client, ProviderHarness harness)
            throws IOException {
        Path other = Files.createTempDirectory("vertiform-other-session");
        String name = "session-relative-" + System.nanoTime() + ".txt";
        try {
            ProviderClient second = harness.session(Map.of(), other.toString());
            for (ProviderClient c : List.of(client, second)) {
                c.configure(Map.of()).orFail("configure");
                CtyValue config = c.resourceConfig(TYPE, Map.of("filename", name, "content", c.sessionId()));
                Outcome plan = c.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
                c.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
            }
            assertThat(cwd(client).resolve(name)).hasContent(client.sessionId());
            assertThat(other.resolve(name)).hasContent(second.sessionId());
            assertThat(Path.of(System.getProperty("user.dir")).resolve(name)).doesNotExist();
        } finally {
            deleteTree(other);
        }
    }

    @Test
    void planShowsTheHashWhenContentIsKnownAndUnknownOtherwise(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue known = client.resourceConfig(TYPE, Map.of("filename", "p.txt", "content", "hello"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(known.type()), known, new byte[0]).orFail("plan");
        assertThat(plan.value().getAttr("content_hash").asString()).isEqualTo(HELLO_SHA);
        assertThat(plan.value().getAttr("exists")).isEqualTo(CtyValue.TRUE);
        Outcome created = client.apply(TYPE, CtyValue.nullVal(known.type()), plan, known).orFail("apply");

        CtyValue changed = client.resourceConfig(TYPE, Map.of("filename", "p.txt", "content", "bye"));
        Outcome modify = client.plan(TYPE, created.value(), changed, created.privateData()).orFail("plan");
        assertThat(modify.value().getAttr("content_hash").asString()).isEqualTo(Digests.sha256Hex("bye"));
        assertThat(modify.requiresReplace()).isEmpty();

        CtyValue unknown = client.resourceConfig(TYPE, Map.of("filename", "p.txt",
                "content", CtyValue.unknownVal(CtyType.STRING)));
        Outcome later = client.plan(TYPE, created.value(), unknown, created.privateData()).orFail("plan");
        assertThat(later.value().getAttr("content_hash").isKnown()).isFalse();
        assertThat(later.value().getAttr("content").isKnown()).isFalse();
    }

    @Test
    void readDetectsChangedAndDeletedFiles(ProviderClient client) throws IOException {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("filename", "d.txt", "content", "v1"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome created = client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");

        Files.writeString(cwd(client).resolve("d.txt"), "edited by hand");
        Outcome refreshed = client.read(TYPE, created.value(), created.privateData()).orFail("read");
        assertThat(refreshed.value().getAttr("content").asString()).isEqualTo("edited by hand");
        assertThat(refreshed.value().getAttr("content_hash").asString()).isEqualTo(Digests.sha256Hex("edited by hand"));
        Outcome repair = client.plan(TYPE, refreshed.value(), config, refreshed.privateData()).orFail("plan");
        assertThat(repair.value().getAttr("content").asString()).isEqualTo("v1");
        assertThat(repair.value().getAttr("content_hash").asString()).isEqualTo(Digests.sha256Hex("v1"));
        assertThat(repair.requiresReplace()).isEmpty();
        client.apply(TYPE, refreshed.value(), repair, config).orFail("apply repair");
        assertThat(cwd(client).resolve("d.txt")).hasContent("v1");

        Files.delete(cwd(client).resolve("d.txt"));
        assertThat(client.read(TYPE, created.value(), created.privateData()).orFail("read").value().isNull()).isTrue();
    }

    @Test
    void directoryInTheWayIsAnErrorAtFilename(ProviderClient client) throws IOException {
        Files.createDirectories(cwd(client).resolve("adir"));
        Outcome failed = createExpectingFailure(client, "adir");
        assertThat(failed.diagnostics()).anySatisfy(d -> {
            assertThat(d.summary()).isEqualTo("Path is a directory");
            assertThat(d.attribute().toString()).isEqualTo("filename");
        });
        assertThat(client.importState(TYPE, "adir").diagnostics()).anySatisfy(d -> assertAtFilename(d));
    }

    @Test
    void parentThatIsAFileIsAnErrorAtFilename(ProviderClient client) throws IOException {
        Files.writeString(cwd(client).resolve("plain"), "not a directory");
        Outcome failed = createExpectingFailure(client, "plain/child.txt");
        assertThat(failed.diagnostics()).anySatisfy(d -> {
            assertThat(d.summary()).isEqualTo("Cannot write");
            assertAtFilename(d);
        });
        assertThat(failed.value().isNull()).isTrue();
        // Reading through it is as much an error as writing: never a crash, never "file gone".
        assertThat(client.importState(TYPE, "plain/child.txt").diagnostics())
                .anySatisfy(FileContentResourceTest::assertAtFilename);
    }

    @Test
    void unwritableAndUnreadablePathsAreErrorsAtFilename(ProviderClient client) throws IOException {
        Path locked = Files.createDirectories(cwd(client).resolve("locked"));
        Files.writeString(locked.resolve("secret.txt"), "s");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: permissions are not enforced");
            Outcome failed = createExpectingFailure(client, "locked/new.txt");
            assertThat(failed.diagnostics()).anySatisfy(d -> {
                assertThat(d.detail()).contains("permission denied");
                assertAtFilename(d);
            });
            assertThat(client.importState(TYPE, "locked/secret.txt").diagnostics())
                    .anySatisfy(FileContentResourceTest::assertAtFilename);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void nonUtf8ContentOnDiskIsAReadError(ProviderClient client) throws IOException {
        Files.write(cwd(client).resolve("bin.dat"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        Outcome imported = client.importState(TYPE, "bin.dat");
        assertThat(imported.diagnostics()).anySatisfy(d -> {
            assertThat(d.summary()).isEqualTo("File is not UTF-8 text");
            assertAtFilename(d);
        });
    }

    @Test
    void importOfAMissingFileFails(ProviderClient client) {
        Outcome o = client.importState(TYPE, "nope.txt");
        assertThat(o.hasErrors()).isTrue();
        assertThat(o.diagnostics()).anySatisfy(d -> assertThat(d.summary()).isEqualTo("Cannot import non-existent file"));
    }

    @Test
    void badConfigurationsAreRefused(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("filename", "", "content", "x")).expectError("at least 1"))
                .step(Step.config(Map.of("filename", "nul\u0000byte", "content", "x")).expectError("not a valid path"))
                .run();
        Outcome o = client.validateResource(TYPE, client.resourceConfig(TYPE, Map.of("filename", "", "content", "")));
        assertThat(o.diagnostics()).singleElement().satisfies(FileContentResourceTest::assertAtFilename);
    }

    private static Outcome createExpectingFailure(ProviderClient client, String filename) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("filename", filename, "content", "x"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome applied = client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config);
        assertThat(applied.hasErrors()).isTrue();
        return applied;
    }

    private static void assertAtFilename(Diagnostic d) {
        assertThat(d.isError()).isTrue();
        assertThat(d.attribute().toString()).isEqualTo("filename");
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
