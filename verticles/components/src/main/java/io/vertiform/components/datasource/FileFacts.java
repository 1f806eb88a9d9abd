package io.vertiform.components.datasource;

import io.vertx.core.http.MimeMapping;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * What {@code vertiform_file_info} reports about one path, read with a single attribute call per view.
 * Links are followed for everything but {@code isSymlink}, like {@code stat(1)} after {@code lstat}.
 */
record FileFacts(boolean exists, boolean isSymlink, long size, boolean isDir, boolean isFile, String modifiedTime,
                 String accessTime, String creationTime, String permissions, String owner, String group,
                 String mimeType) {

    /** A path that is not there (or a symbolic link pointing nowhere). */
    static FileFacts absent(boolean isSymlink) {
        return new FileFacts(false, isSymlink, 0, false, false, null, null, null, null, null, null, null);
    }

    /**
     * @throws IOException when the path exists but cannot be examined (no search permission on a parent, …)
     */
    static FileFacts of(Path path) throws IOException {
        boolean link = Files.isSymbolicLink(path);
        BasicFileAttributes basic;
        try {
            basic = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return absent(link);
        } catch (FileSystemException e) {
            // "file.txt/child": JDK 17 reports ENOTDIR as a bare FileSystemException, JDK 25 as NoSuchFile; either
            // way nothing is there (Python's Path.exists() says False too).
            if ("Not a directory".equals(e.getReason())) {
                return absent(link);
            }
            throw e;
        }
        String permissions = null;
        String owner = null;
        String group = null;
        PosixFileAttributes posix = posixOrNull(path);
        if (posix != null) {
            permissions = octal(posix.permissions());
            owner = posix.owner().getName();
            group = posix.group().getName();
        } else {
            owner = Files.getOwner(path).getName();
        }
        String mime = basic.isRegularFile() ? MimeMapping.mimeTypeForFilename(path.getFileName().toString()) : null;
        return new FileFacts(true, link, basic.size(), basic.isDirectory(), basic.isRegularFile(),
                rfc3339(basic.lastModifiedTime()), rfc3339(basic.lastAccessTime()), rfc3339(basic.creationTime()),
                permissions, owner, group, mime);
    }

    private static PosixFileAttributes posixOrNull(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return null;   // Windows: no POSIX view; the owner still comes from the ACL view
        }
    }

    /** "0644"-style: four octal digits, the setuid/setgid/sticky digit being 0 (Java does not expose those bits). */
    static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= switch (p) {
                case OWNER_READ -> 0400;
                case OWNER_WRITE -> 0200;
                case OWNER_EXECUTE -> 0100;
                case GROUP_READ -> 040;
                case GROUP_WRITE -> 020;
                case GROUP_EXECUTE -> 010;
                case OTHERS_READ -> 04;
                case OTHERS_WRITE -> 02;
                case OTHERS_EXECUTE -> 01;
            };
        }
        return String.format("%04o", mode);
    }

    private static String rfc3339(FileTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
