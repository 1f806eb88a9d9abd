package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.session.SessionContext;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Local paths as a Terraform user means them: relative to the directory terraform runs in (the session's, not
 * this JVM's, which may serve several terraform processes), and I/O failures as diagnostics at the attribute.
 */
final class LocalPaths {

    private LocalPaths() {
    }

    /** {@code value} resolved against the session's working directory; errors name {@code attribute}. */
    static Path resolve(SessionContext session, String value, String attribute) {
        if (value == null || value.isEmpty()) {
            throw ProviderException.validation(AttributePath.of(attribute), "Invalid path",
                    "The " + attribute + " must not be empty.");
        }
        Path p;
        try {
            p = Path.of(value);
        } catch (InvalidPathException e) {
            throw ProviderException.validation(AttributePath.of(attribute), "Invalid path",
                    "\"" + value + "\" is not a valid path: " + e.getReason() + ".");
        }
        if (p.isAbsolute()) {
            return p.normalize();
        }
        String cwd = session.workingDirectory();
        if (cwd.isEmpty()) {
            throw ProviderException.validation(AttributePath.of(attribute), "Relative path without working directory",
                    "\"" + value + "\" is relative, but the launching terraform process did not report its working "
                            + "directory. Use an absolute path.");
        }
        return Path.of(cwd).resolve(p).normalize();
    }

    /** An I/O failure on {@code path} while {@code doing} something, as an error at {@code attribute}. */
    static ProviderException failure(String attribute, String doing, Path path, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "a parent directory does not exist";
        } else if (e instanceof NotDirectoryException) {
            why = "a parent is not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "something that is not a directory is in the way";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getReason();
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return ProviderException.validation(AttributePath.of(attribute), "Cannot " + doing,
                "Cannot " + doing + " " + path + ": " + why + ".");
    }
}
