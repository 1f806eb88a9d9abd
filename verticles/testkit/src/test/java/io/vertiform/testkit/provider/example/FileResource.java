package io.vertiform.testkit.provider.example;

import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ImportRequest;
import io.vertiform.framework.resource.Importable;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code example_file}: a text file with a write-only companion secret. */
@Resource("example_file")
public final class FileResource implements ResourceHandler<FileResource.File>, ModifiesPlan<FileResource.File>,
        Importable<FileResource.File> {

    /** The state. {@code secretContent} only ever holds a value in configuration. */
    public record File(Value<String> id, String path, String content, String permissions, String secretContent,
                       Value<Long> size, Value<String> sha256) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("A file below the provider's root.")
                .attribute(Attributes.string("id").computed().useStateForUnknown())
                .attribute(Attributes.string("path").required().requiresReplace()
                        .description("Path relative to the provider root; changing it replaces the file.")
                        .validators(Validators.lengthAtLeast(1), Validators.regex(
                                java.util.regex.Pattern.compile("^(?!.*\\.\\.)"), "must not contain \"..\"")))
                .attribute(Attributes.string("content").required())
                .attribute(Attributes.string("permissions").optional().defaultValue("0644")
                        .validators(Validators.oneOf("0600", "0644", "0755")))
                .attribute(Attributes.string("secret_content").optional().sensitive().writeOnly()
                        .description("Written to <path>.secret; never stored in state."))
                .attribute(Attributes.int64("size").computed())
                .attribute(Attributes.string("sha256").computed())
                .build();
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<File> request) {
        // The content may be unknown until apply (it can come from another resource): then so are size and digest.
        if (request.isDestroy() || !request.rawPlan().getAttr("content").isKnown()) {
            return;
        }
        File plan = request.plan();
        // Size and digest follow from the content, so the plan can show them instead of "known after apply".
        String content = plan.content();
        request.setPlan(new File(plan.id(), plan.path(), content, plan.permissions(), plan.secretContent(),
                Value.of((long) content.getBytes(StandardCharsets.UTF_8).length), Value.of(Sha256Function.hex(content))));
    }

    @Override
    public File create(CreateRequest<File> request) {
        return write(request.providerData(ExampleProvider.Files.class), request.plan(), request.config());
    }

    @Override
    public File update(UpdateRequest<File> request) {
        return write(request.providerData(ExampleProvider.Files.class), request.plan(), request.config());
    }

    private static File write(ExampleProvider.Files files, File plan, File config) {
        Path p = files.resolve(plan.path());
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, plan.content());
            if (config.secretContent() != null) {
                Files.writeString(secretOf(p), config.secretContent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
        return new File(Value.of(plan.path()), plan.path(), plan.content(), plan.permissions(), null,
                Value.of((long) plan.content().getBytes(StandardCharsets.UTF_8).length),
                Value.of(Sha256Function.hex(plan.content())));
    }

    @Override
    public File read(ReadRequest<File> request) {
        File state = request.state();
        String path = state.path() != null ? state.path() : state.id().get();
        Path p = request.providerData(ExampleProvider.Files.class).resolve(path);
        String content;
        try {
            content = Files.readString(p);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
        return new File(Value.of(path), path, content, state.permissions() == null ? "0644" : state.permissions(), null,
                Value.of((long) content.getBytes(StandardCharsets.UTF_8).length), Value.of(Sha256Function.hex(content)));
    }

    @Override
    public void delete(DeleteRequest<File> request) {
        Path p = request.providerData(ExampleProvider.Files.class).resolve(request.state().path());
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(secretOf(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }

    @Override
    public File importState(ImportRequest<File> request) {
        return request.passthroughId("id");
    }

    static Path secretOf(Path p) {
        return p.resolveSibling(p.getFileName() + ".secret");
    }
}
