package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalDirectoryResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_local_directory";

    private static String mode(Path p) {
        try {
            return Modes.format(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Step byPath(Step step) {
        return step.importId(state -> state.getAttr("path").asString());
    }

    @Test
    void lifecycleCreateChmodReplaceImportDestroy(ProviderClient client) {
        Path cwd = cwd(client);
        ResourceLifecycle.of(client, TYPE)
                .step(byPath(Step.config(Map.of("path", "work/a", "permissions", "0750"))
                        .check(StateChecks.attribute("file_count", 0),
                                StateChecks.attribute("id", cwd.resolve("work/a").toString()),
                                state -> assertThat(mode(cwd.resolve("work/a"))).isEqualTo("0750"))
                        .importVerify()))
                .step(Step.config(Map.of("path", "work/a", "permissions", "0700"))
                        .check(StateChecks.attribute("permissions", "0700"),
                                state -> assertThat(mode(cwd.resolve("work/a"))).isEqualTo("0700")))
                .step(byPath(Step.config(Map.of("path", "work/b")).expectReplace()
                        .check(StateChecks.attributeNull("permissions"),
                                state -> assertThat(cwd.resolve("work/a")).doesNotExist(),
                                state -> assertThat(cwd.resolve("work/b")).isDirectory())
                        .importVerify("permissions")))
                .checkDestroy(last -> assertThat(cwd.resolve("work/b")).doesNotExist())
                .run();
    }

    @Test
    void permissionsMustBeFourOctalDigits(ProviderClient client) {
        for (String bad : new String[] {"755", "0999", "rwxr-xr-x", "00755", ""}) {
            Outcome o = client.validateResource(TYPE, client.resourceConfig(TYPE, Map.of("path", "x", "permissions", bad)));
            assertThat(o.diagnostics()).as(bad).singleElement().satisfies(d -> {
                assertThat(d.isError()).isTrue();
                assertThat(d.attribute().toString()).isEqualTo("permissions");
                assertThat(d.detail()).contains("octal");
            });
        }
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("path", "x", "permissions", "644")).expectError("octal"))
                .run();
        assertThat(cwd(client).resolve("x")).doesNotExist();
    }

    @Test
    void readDetectsNewEntriesAndChangedPermissions(ProviderClient client) throws IOException {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("path", "drift", "permissions", "0755"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome created = client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
        Path dir = cwd(client).resolve("drift");
        Files.writeString(dir.resolve("one"), "1");
        Files.createDirectory(dir.resolve("two"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));

        Outcome read = client.read(TYPE, created.value(), created.privateData()).orFail("read");
        assertThat(read.value().getAttr("file_count")).isEqualTo(CtyValue.numberIntVal(2));
        assertThat(read.value().getAttr("permissions").asString()).isEqualTo("0700");
        Outcome repair = client.plan(TYPE, read.value(), config, read.privateData()).orFail("plan");
        assertThat(repair.value().getAttr("permissions").asString()).isEqualTo("0755");
        assertThat(repair.requiresReplace()).isEmpty();
        Outcome repaired = client.apply(TYPE, read.value(), repair, config).orFail("apply");
        assertThat(mode(dir)).isEqualTo("0755");
        assertThat(repaired.value().getAttr("file_count")).isEqualTo(CtyValue.numberIntVal(2));

        FileContentResourceTest.deleteTree(dir);
        assertThat(client.read(TYPE, repaired.value(), repaired.privateData()).orFail("read").value().isNull()).isTrue();
    }

    @Test
    void destroyRefusesToDeleteFilesItDidNotCreate(ProviderClient client) throws IOException {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, Map.of("path", "keep"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        Outcome created = client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
        Path userFile = cwd(client).resolve("keep/user.txt");
        Files.writeString(userFile, "mine");

        Outcome destroyPlan = client.plan(TYPE, created.value(), null, created.privateData()).orFail("destroy plan");
        Outcome destroyed = client.apply(TYPE, created.value(), destroyPlan, null);
        assertThat(destroyed.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.summary()).isEqualTo("Directory not empty");
            assertThat(d.attribute().toString()).isEqualTo("path");
        });
        assertThat(destroyed.value()).isEqualTo(created.value());
        assertThat(userFile).hasContent("mine");

        Files.delete(userFile);
        Outcome again = client.apply(TYPE, created.value(), destroyPlan, null).orFail("destroy");
        assertThat(again.value().isNull()).isTrue();
        assertThat(cwd(client).resolve("keep")).doesNotExist();
    }

    @Test
    void aFileInTheWayIsAnErrorAtPath(ProviderClient client) throws IOException {
        Files.writeString(cwd(client).resolve("file"), "x");
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("path", "file")).expectError("not a directory"))
                .step(Step.config(Map.of("path", "file/sub")).expectError("Cannot create directory"))
                .run();
        Outcome imported = client.importState(TYPE, "file");
        assertThat(imported.diagnostics()).anySatisfy(d ->
                assertThat(d.summary()).isEqualTo("Cannot import non-existent directory"));
    }

    @Test
    void existingDirectoriesAreAdoptedAndCounted(ProviderClient client) throws IOException {
        Path dir = Files.createDirectories(cwd(client).resolve("pre"));
        Files.writeString(dir.resolve("f"), "x");
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("path", "pre")).check(StateChecks.attribute("file_count", 1),
                        // Emptied by its user, so that destroy may remove it.
                        state -> dir.resolve("f").toFile().delete()))
                .checkDestroy(last -> assertThat(dir).doesNotExist())
                .run();
    }
}
