package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ImportRequest;
import io.vertiform.framework.resource.Importable;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code vertiform_local_directory}: a local directory (parents created) with optional POSIX permissions.
 * Destroy removes it only when empty: files someone put there are never deleted behind their back, and the
 * error says so.
 */
@Resource("vertiform_local_directory")
public final class LocalDirectoryResource implements ResourceHandler<LocalDirectoryResource.Directory>,
        Importable<LocalDirectoryResource.Directory> {

    static final String PATH = "path";
    static final String PERMISSIONS = "permissions";

    public record Directory(Value<String> id, Value<String> path, Value<String> permissions, Value<Long> fileCount) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Manages a local directory. Destroy removes it only when it is empty.")
                .attribute(Attributes.string("id").computed().useStateForUnknown()
                        .description("The directory's absolute path."))
                .attribute(Attributes.string(PATH).required().requiresReplace()
                        .validators(Validators.lengthAtLeast(1))
                        .description("Path of the directory, relative to where Terraform runs unless absolute."))
                .attribute(Attributes.string(PERMISSIONS).optional()
                        .validators(Validators.regex(Pattern.compile("^0[0-7]{3}$"),
                                "must be an octal mode of four digits such as \"0755\""))
                        .description("POSIX mode as four octal digits, e.g. \"0755\"; unset leaves the umask's."))
                .attribute(Attributes.int64("file_count").computed()
                        .description("Number of entries directly inside the directory."))
                .build();
    }

    @Override
    public Directory create(CreateRequest<Directory> request) {
        Directory plan = request.plan();
        Path p = LocalPaths.resolve(request.session(), plan.path().get(), PATH);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw notDirectory(p);
        }
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw LocalPaths.failure(PATH, "create directory", p, e);
        }
        applyPermissions(p, plan.permissions());
        return observe(p, plan.path().get(), plan.permissions().orElse(null));
    }

    @Override
    public Directory update(UpdateRequest<Directory> request) {
        Directory plan = request.plan();
        Path p = LocalPaths.resolve(request.session(), plan.path().get(), PATH);
        applyPermissions(p, plan.permissions());
        return observe(p, plan.path().get(), plan.permissions().orElse(null));
    }

    @Override
    public Directory read(ReadRequest<Directory> request) {
        Directory state = request.state();
        Path p = LocalPaths.resolve(request.session(), state.path().get(), PATH);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw notDirectory(p);
        }
        // Permissions are reported only when managed: unset means "whatever the umask gave", not drift.
        String mode = state.permissions().orElse(null) == null ? null : mode(p);
        return observe(p, state.path().get(), mode);
    }

    @Override
    public void delete(DeleteRequest<Directory> request) {
        Path p = LocalPaths.resolve(request.session(), request.state().path().get(), PATH);
        try {
            Files.deleteIfExists(p);
        } catch (DirectoryNotEmptyException e) {
            throw ProviderException.validation(AttributePath.of(PATH), "Directory not empty",
                    p + " still holds " + count(p) + " entries. vertiform_local_directory never deletes files it did "
                            + "not create: remove them (or the resources that manage them) first.");
        } catch (IOException e) {
            throw LocalPaths.failure(PATH, "delete directory", p, e);
        }
    }

    /** Import by path: the directory must exist; its current mode is adopted as {@code permissions}. */
    @Override
    public Directory importState(ImportRequest<Directory> request) {
        Path p = LocalPaths.resolve(request.session(), request.id(), PATH);
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw ProviderException.error("Cannot import non-existent directory", "No directory exists at " + p + ".");
        }
        return observe(p, request.id(), mode(p));
    }

    private static Directory observe(Path p, String path, String permissions) {
        return new Directory(Value.of(p.toString()), Value.of(path), Value.ofNullable(permissions), Value.of(count(p)));
    }

    private static long count(Path p) {
        try (Stream<Path> entries = Files.list(p)) {
            return entries.count();
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw LocalPaths.failure(PATH, "list directory", p, e);
        }
    }

    private static void applyPermissions(Path p, Value<String> permissions) {
        if (!permissions.isKnown()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(p, Modes.parse(permissions.get()));
        } catch (UnsupportedOperationException e) {
            throw ProviderException.validation(AttributePath.of(PERMISSIONS), "POSIX permissions unsupported",
                    "The file system of " + p + " has no POSIX permissions; leave permissions unset.");
        } catch (IOException e) {
            throw LocalPaths.failure(PERMISSIONS, "change permissions of", p, e);
        }
    }

    private static String mode(Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            return Modes.format(perms);
        } catch (UnsupportedOperationException e) {
            return null;
        } catch (IOException e) {
            throw LocalPaths.failure(PATH, "read permissions of", p, e);
        }
    }

    private static ProviderException notDirectory(Path p) {
        return ProviderException.validation(AttributePath.of(PATH), "Not a directory",
                p + " exists and is not a directory.");
    }

}
