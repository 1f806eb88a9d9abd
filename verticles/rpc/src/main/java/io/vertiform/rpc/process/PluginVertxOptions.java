package io.vertiform.rpc.process;

import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;

/**
 * The Vert.x options of a plugin process. Class-path file resolving is off: with it on, Vert.x creates a
 * {@code vertx-cache-*} directory in the temp directory at boot and removes it in a shutdown hook, which a plugin
 * killed by its host (go-plugin sends SIGKILL when Shutdown takes too long) never runs, so every such start would
 * leave a directory behind. Nothing in a provider reads class-path resources through {@code vertx.fileSystem()}.
 */
final class PluginVertxOptions {

    private PluginVertxOptions() {
    }

    static VertxOptions create() {
        return new VertxOptions().setFileSystemOptions(new FileSystemOptions()
                .setClassPathResolvingEnabled(false)
                .setFileCachingEnabled(false));
    }
}
