package io.vertiform.components.datasource;

import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code vertiform_file_info}: metadata of a local path. Relative paths are resolved against the working directory
 * of the terraform process that launched the session (not the provider JVM's).
 */
@DataSource("vertiform_file_info")
public final class FileInfoDataSource implements DataSourceHandler<FileInfoDataSource.Info> {

    public record Info(String path, Boolean exists, Long size, Boolean isDir, Boolean isFile, Boolean isSymlink,
                       String modifiedTime, String accessTime, String creationTime, String permissions, String owner,
                       String group, String mimeType) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Metadata of a local file or directory. A missing path is not an error:"
                        + " `exists` is false. Relative paths are resolved against Terraform's working directory.")
                .attribute(Attributes.string("path").required().validators(Validators.lengthAtLeast(1))
                        .description("The path to examine."))
                .attribute(Attributes.bool("exists").computed().description("Whether the path exists (links followed)."))
                .attribute(Attributes.int64("size").computed().description("Size in bytes (0 when absent)."))
                .attribute(Attributes.bool("is_dir").computed().description("A directory (links followed)."))
                .attribute(Attributes.bool("is_file").computed().description("A regular file (links followed)."))
                .attribute(Attributes.bool("is_symlink").computed().description("The path itself is a symbolic link."))
                .attribute(Attributes.string("modified_time").computed().description("Last modification, RFC 3339 (UTC)."))
                .attribute(Attributes.string("access_time").computed().description("Last access, RFC 3339 (UTC)."))
                .attribute(Attributes.string("creation_time").computed()
                        .description("Creation time, RFC 3339 (UTC); the modification time where the file system has none."))
                .attribute(Attributes.string("permissions").computed()
                        .description("Permission bits as four octal digits, e.g. \"0644\"; null without POSIX permissions."))
                .attribute(Attributes.string("owner").computed().description("Owner user name."))
                .attribute(Attributes.string("group").computed().description("Owning group name (POSIX only)."))
                .attribute(Attributes.string("mime_type").computed()
                        .description("MIME type guessed from the file name's extension; null for directories and unknown extensions."))
                .build();
    }

    @Override
    public Info read(DataSourceReadRequest<Info> request) {
        String given = request.config().path();
        Path path = resolve(given, request.session().workingDirectory());
        FileFacts f;
        try {
            f = FileFacts.of(path);
        } catch (AccessDeniedException e) {
            throw Problems.at("path", "Cannot read file information",
                    "Permission denied while examining " + path + ".");
        } catch (IOException | SecurityException e) {
            throw Problems.at("path", "Cannot read file information", "Examining " + path + " failed: " + e);
        }
        return new Info(given, f.exists(), f.size(), f.isDir(), f.isFile(), f.isSymlink(), f.modifiedTime(),
                f.accessTime(), f.creationTime(), f.permissions(), f.owner(), f.group(), f.mimeType());
    }

    static Path resolve(String given, String workingDirectory) {
        Path p;
        try {
            p = Path.of(given);
        } catch (InvalidPathException e) {
            throw Problems.at("path", "Invalid path", e.getMessage());
        }
        if (p.isAbsolute()) {
            return p.normalize();
        }
        if (workingDirectory == null || workingDirectory.isEmpty()) {
            throw Problems.at("path", "Relative path without a working directory",
                    "The launching process did not tell its working directory, so \"" + given
                            + "\" cannot be resolved; use an absolute path.");
        }
        return Path.of(workingDirectory).resolve(p).normalize();
    }
}
