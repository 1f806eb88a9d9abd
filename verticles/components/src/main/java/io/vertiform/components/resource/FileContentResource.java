package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;
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
import io.vertiform.framework.session.SessionContext;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code vertiform_file_content}: a local text file (UTF-8). Reading detects drift — edited content shows up as a
 * change to {@code content}, a deleted file makes Terraform plan to create it again. Destroy deletes the file.
 */
@Resource("vertiform_file_content")
public final class FileContentResource implements ResourceHandler<FileContentResource.FileContent>,
        ModifiesPlan<FileContentResource.FileContent>, Importable<FileContentResource.FileContent> {

    static final String FILENAME = "filename";

    /** The state; every value may be unknown in a plan (it can come from another resource). */
    public record FileContent(Value<String> filename, Value<String> content, Value<String> contentHash,
                              Value<Boolean> exists) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Manages a local text file (UTF-8). Relative paths are relative to the directory "
                        + "Terraform runs in.")
                .attribute(Attributes.string(FILENAME).required().requiresReplace()
                        .validators(Validators.lengthAtLeast(1))
                        .description("Path of the file; parent directories are created. Changing it replaces the file."))
                .attribute(Attributes.string("content").required().description("The file's content."))
                .attribute(Attributes.string("content_hash").computed()
                        .description("Lower-case hex SHA-256 of the content."))
                .attribute(Attributes.bool("exists").computed().description("Whether the file exists."))
                .build();
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<FileContent> request) {
        if (request.isDestroy()) {
            return;
        }
        FileContent plan = request.plan();
        // The digest follows from the content, so show it in the plan whenever the content is known.
        Value<String> hash = plan.content().isKnown() ? Value.of(Digests.sha256Hex(plan.content().get()))
                : Value.unknown();
        request.setPlan(new FileContent(plan.filename(), plan.content(), hash, Value.of(true)));
    }

    @Override
    public FileContent create(CreateRequest<FileContent> request) {
        return write(request.session(), request.plan());
    }

    @Override
    public FileContent update(UpdateRequest<FileContent> request) {
        return write(request.session(), request.plan());
    }

    private static FileContent write(SessionContext session, FileContent plan) {
        String name = plan.filename().get();
        Path p = LocalPaths.resolve(session, name, FILENAME);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw isDirectory(p);
        }
        try {
            Path parent = p.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(p, plan.content().get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LocalPaths.failure(FILENAME, "write", p, e);
        }
        return state(name, plan.content().get());
    }

    @Override
    public FileContent read(ReadRequest<FileContent> request) {
        String name = request.state().filename().get();
        String content = readContent(request.session(), name);
        return content == null ? null : state(name, content);
    }

    @Override
    public void delete(DeleteRequest<FileContent> request) {
        Path p = LocalPaths.resolve(request.session(), request.state().filename().get(), FILENAME);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw isDirectory(p);
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw LocalPaths.failure(FILENAME, "delete", p, e);
        }
    }

    /** Import by filename: the file must exist; its content becomes the state. */
    @Override
    public FileContent importState(ImportRequest<FileContent> request) {
        String content = readContent(request.session(), request.id());
        if (content == null) {
            throw ProviderException.error("Cannot import non-existent file",
                    "No file exists at " + LocalPaths.resolve(request.session(), request.id(), FILENAME) + ".");
        }
        return state(request.id(), content);
    }

    /** The file's content, or null when it does not exist. */
    private static String readContent(SessionContext session, String name) {
        Path p = LocalPaths.resolve(session, name, FILENAME);
        if (Files.isDirectory(p)) {
            throw isDirectory(p);
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (CharacterCodingException e) {
            throw ProviderException.validation(AttributePath.of(FILENAME), "File is not UTF-8 text",
                    p + " holds bytes that are not UTF-8; vertiform_file_content manages text files only.");
        } catch (IOException e) {
            throw LocalPaths.failure(FILENAME, "read", p, e);
        }
    }

    private static FileContent state(String name, String content) {
        return new FileContent(Value.of(name), Value.of(content), Value.of(Digests.sha256Hex(content)), Value.of(true));
    }

    private static ProviderException isDirectory(Path p) {
        return ProviderException.validation(AttributePath.of(FILENAME), "Path is a directory",
                p + " is a directory; vertiform_file_content manages regular files.");
    }
}
