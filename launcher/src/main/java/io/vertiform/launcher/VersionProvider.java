package io.vertiform.launcher;

import picocli.CommandLine;

/** Reads the version Maven stamped into the jar manifest; falls back for runs from class directories. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"vertiform " + (v == null ? "dev" : v)};
    }
}
