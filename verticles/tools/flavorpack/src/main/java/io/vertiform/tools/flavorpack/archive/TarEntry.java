package io.vertiform.tools.flavorpack.archive;

/** One entry of a ustar stream: a relative path (already checked for safety), a directory flag, mode, size, mtime. */
public record TarEntry(String path, boolean directory, int mode, long size, long mtime) {

    public boolean executable() {
        return (mode & 0111) != 0;
    }
}
